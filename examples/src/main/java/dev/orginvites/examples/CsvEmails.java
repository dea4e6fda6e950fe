package dev.orginvites.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The emails of a bulk-invite CSV: the first column of each line. Blank lines, {@code #} comments and a
 * header whose first cell is {@code email} are skipped; repeats (any case) are kept once.
 */
final class CsvEmails {
  private CsvEmails() {}

  static List<String> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      String reason =
          e instanceof NoSuchFileException
              ? "no such file"
              : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
      throw new UsageException("--csv: cannot read " + Echo.value(file.toString()) + " (" + reason + ")");
    }
    Map<String, String> unique = new LinkedHashMap<>();
    for (String line : lines) {
      String cell = firstCell(line);
      if (cell.isEmpty() || cell.startsWith("#") || cell.equalsIgnoreCase("email")) {
        continue;
      }
      unique.putIfAbsent(cell.toLowerCase(Locale.ROOT), cell);
    }
    return new ArrayList<>(unique.values());
  }

  private static String firstCell(String line) {
    String cell = line.strip();
    if (cell.startsWith("\uFEFF")) {
      cell = cell.substring(1); // a byte-order mark from spreadsheet exports
    }
    int comma = cell.indexOf(',');
    if (comma >= 0) {
      cell = cell.substring(0, comma).strip();
    }
    if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
      cell = cell.substring(1, cell.length() - 1).strip();
    }
    return cell;
  }
}
