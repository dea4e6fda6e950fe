package dev.orginvites.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the CLI prints on stderr for invalid input (exit code 2, nothing sent): the line
 * {@code invites: <problem>}, a {@code Did you mean ...?} line when an unknown option or command is close to a
 * known one, and a pointer to the command's help. A problem with an option's value names the option and shows
 * the value ({@code --sort: 'up' is not one of asc, desc}); the value of a secret option is never shown.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** The lines for a problem picocli found while parsing, or one a command raised as a ParameterException. */
  static List<String> describe(ParameterException problem) {
    List<String> lines = new ArrayList<>();
    CommandLine command = problem.getCommandLine();
    if (problem instanceof UnmatchedArgumentException) {
      unmatched((UnmatchedArgumentException) problem, lines);
    } else {
      lines.add("invites: " + problem(problem));
    }
    lines.add(helpPointer(command));
    return lines;
  }

  /** The lines for invalid input a command found itself (a {@link UsageException} or the SDK's argument check). */
  static List<String> describe(String problem, CommandLine command) {
    return List.of("invites: " + problem, helpPointer(command));
  }

  private static String helpPointer(CommandLine command) {
    return "See '" + command.getCommandSpec().qualifiedName() + " --help'.";
  }

  private static String problem(ParameterException problem) {
    ArgSpec arg = problem.getArgSpec();
    if (arg instanceof OptionSpec && problem.getCause() != null) {
      OptionSpec option = (OptionSpec) arg;
      if (problem.getCause() instanceof TypeConversionException) {
        // This CLI's converters word the message and never put a secret value into it.
        return option.longestName() + ": " + problem.getCause().getMessage();
      }
      if (isSecret(option)) {
        return option.longestName() + ": invalid value (not shown)";
      }
    }
    return problem.getMessage().replaceFirst("^Error: ", "");
  }

  /** Whether the option's value must never be shown: its converter says so. */
  static boolean isSecret(OptionSpec option) {
    for (CommandLine.ITypeConverter<?> converter : option.converters()) {
      if (converter instanceof SecretValue) {
        return true;
      }
    }
    return false;
  }

  /**
   * Only the first unmatched argument is described: what follows an unknown option is probably its value, and
   * that may be a secret (`--tokn demo-token`). An option's {@code =value} is cut off for the same reason.
   */
  private static void unmatched(UnmatchedArgumentException problem, List<String> lines) {
    CommandLine command = problem.getCommandLine();
    CommandSpec spec = command.getCommandSpec();
    String first = problem.getUnmatched().isEmpty() ? "" : problem.getUnmatched().get(0);
    List<String> suggestions;
    if (first.startsWith("-") && first.length() > 1) {
      String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      lines.add("invites: unknown option " + Echo.value(name));
      suggestions = optionSuggestions(problem, spec, name);
    } else if (!spec.subcommands().isEmpty()) {
      lines.add("invites: unknown command " + Echo.value(first));
      // picocli's own command suggestions (bigram similarity) are too loose: 'nonsense' would suggest 'wnology'.
      suggestions = closest(first, spec.subcommands().keySet(), List.of());
    } else {
      lines.add("invites: unexpected argument (not shown: it may be a secret); quote a value that has spaces");
      suggestions = List.of();
    }
    if (!suggestions.isEmpty()) {
      lines.add("Did you mean " + orList(suggestions) + "?");
    }
  }

  private static List<String> optionSuggestions(UnmatchedArgumentException problem, CommandSpec spec, String name) {
    // -V/--version, say, is an option of the top command only: point there rather than at a look-alike.
    for (CommandSpec parent = spec.parent(); parent != null; parent = parent.parent()) {
      if (parent.findOption(name) != null && spec.findOption(name) == null) {
        return List.of("'" + parent.qualifiedName() + " " + parent.findOption(name).longestName() + "'");
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        names.addAll(List.of(option.names()));
      }
    }
    return closest(name, names, problem.getSuggestions());
  }

  /**
   * Up to three of {@code candidates} closest to {@code typed}: those within a small edit distance (a typo, a
   * swapped pair of letters) or that start with what was typed, then {@code picocli}'s own suggestions (for
   * options: those with the same first two letters).
   */
  static List<String> closest(String typed, Iterable<String> candidates, List<String> picocli) {
    String bare = strip(typed);
    List<String> near = new ArrayList<>();
    for (String candidate : candidates) {
      String other = strip(candidate);
      boolean typo = other.length() >= 3 && distance(bare, other) <= (other.length() <= 4 ? 1 : 2);
      if (bare.length() >= 2 && (typo || other.startsWith(bare))) {
        near.add(candidate);
      }
    }
    near.sort(Comparator.comparingInt(candidate -> distance(bare, strip(candidate))));
    Set<String> all = new LinkedHashSet<>(near);
    all.addAll(picocli);
    return all.stream().limit(3).collect(Collectors.toList());
  }

  private static String strip(String name) {
    return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String orList(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }
}
