package dev.orginvites.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: wall time from launching a fresh JVM to its first completed WEGnology look-up against a
 * {@link LoopbackServer} in this JVM, for {@link ColdStartSdk} and {@link ColdStartBaseline}. Runs alternate
 * between the two (so drift hits both alike) after one discarded round that warms the page cache and the server.
 */
final class ColdStart {
  static final String DONE = "FIRST_CALL_DONE";
  static final String TOKEN = Fixtures.TOKEN;
  static final String EMAIL = Fixtures.EMAIL;

  /** The runs of one side, in milliseconds. */
  static final class Side {
    final String name;
    final List<Double> wallMillis = new ArrayList<>();
    final List<Double> inMainMillis = new ArrayList<>();

    Side(String name) {
      this.name = name;
    }

    double medianWall() {
      return median(wallMillis);
    }

    double medianInMain() {
      return median(inMainMillis);
    }

    double minWall() {
      return wallMillis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double maxWall() {
      return wallMillis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  private ColdStart() {}

  /** Runs each side {@code runs} times (plus one discarded warm-up round) and returns {SDK, baseline}. */
  static Side[] measure(int runs) throws IOException, InterruptedException {
    Side sdk = new Side("SDK");
    Side baseline = new Side("baseline");
    try (LoopbackServer server = LoopbackServer.start()) {
      try (InputStream warm = new URL(server.wnologyBaseUrl() + "/invites?token=t&email=e@x").openStream()) {
        warm.readAllBytes();
      }
      for (int round = 0; round <= runs; round++) {
        boolean keep = round > 0;
        boolean sdkFirst = round % 2 == 0;
        Side first = sdkFirst ? sdk : baseline;
        Side second = sdkFirst ? baseline : sdk;
        launch(first, server, keep);
        launch(second, server, keep);
      }
    }
    return new Side[] {sdk, baseline};
  }

  private static void launch(Side side, LoopbackServer server, boolean keep)
      throws IOException, InterruptedException {
    Class<?> main = side.name.equals("SDK") ? ColdStartSdk.class : ColdStartBaseline.class;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        main.getName(), server.wnologyBaseUrl()).redirectErrorStream(true);
    long start = System.nanoTime();
    Process process = builder.start();
    String done = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(DONE) && done == null) {
          done = line;
          if (keep) {
            side.wallMillis.add((System.nanoTime() - start) / 1e6);
          }
        } else {
          output.append(line).append('\n');
        }
      }
    } finally {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    if (done == null || process.exitValue() != 0) {
      throw new IllegalStateException(side.name + " cold-start run failed:\n" + output);
    }
    if (keep) {
      side.inMainMillis.add(Long.parseLong(done.split(" ")[1]) / 1e6);
    }
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
