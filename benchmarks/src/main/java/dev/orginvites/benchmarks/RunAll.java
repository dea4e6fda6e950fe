package dev.orginvites.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with short settings and prints SDK vs baseline as Markdown tables with ratios and targets:
 * JMH for the in-memory benchmarks (1 fork, 10 x 1 s warm-up, 5 x 1 s measurement), {@link InterleavedAb} in a
 * fresh JVM for loopback and concurrency, and {@link ColdStart}. The main class of {@code benchmarks.jar}. For
 * ad-hoc JMH runs use {@code org.openjdk.jmh.Main} from the same jar.
 *
 * <p>Options: {@code --only pure,error,loopback,concurrent,cold} (default all; {@code jmh-loopback} and
 * {@code jmh-concurrent} add the one-side-per-fork JMH versions of benchmarks 2 and 3), {@code --cold-runs N}
 * (default 10).
 */
public final class RunAll {
  /**
   * Warm-up, in 1 s iterations. The SDK runs more code than the baseline (Retrofit, its interceptors) and the JIT
   * needs a given number of calls to finish compiling it: in-memory calls get there in about 8 s on 2 cores,
   * loopback calls (a few thousand a second) in about 15 s. A shorter warm-up measures the SDK half-compiled.
   */
  private static final int WARMUP_IN_MEMORY = 10;
  private static final int WARMUP_LOOPBACK = 25;
  private static final int MEASUREMENT_ITERATIONS = 5;
  private static final StringBuilder LOAD = new StringBuilder();
  private static final List<String> SECTIONS = List.of("pure", "error", "loopback", "concurrent", "cold");
  private static final List<String> EXTRA_SECTIONS = List.of("jmh-loopback", "jmh-concurrent");

  private RunAll() {}

  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    Set<String> only = new LinkedHashSet<>(SECTIONS);
    List<String> known = new ArrayList<>(SECTIONS);
    known.addAll(EXTRA_SECTIONS);
    int coldRuns = 10;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--only") && i + 1 < args.length) {
        only = new LinkedHashSet<>(List.of(args[++i].split(",")));
        if (!known.containsAll(only)) {
          System.err.println("unknown section in " + only + "; known: " + known);
          System.exit(2);
        }
      } else if (args[i].equals("--cold-runs") && i + 1 < args.length) {
        coldRuns = Integer.parseInt(args[++i]);
      } else {
        System.err.println("usage: java -jar benchmarks.jar [--only " + String.join(",", SECTIONS) + ","
            + String.join(",", EXTRA_SECTIONS) + "] [--cold-runs N]");
        System.exit(2);
      }
    }
    long started = System.nanoTime();

    Map<String, RunResult> pure = new HashMap<>();
    if (only.contains("pure") || only.contains("error")) {
      List<Class<?>> classes = new ArrayList<>();
      if (only.contains("pure")) {
        classes.add(PureOverheadBenchmark.class);
      }
      if (only.contains("error")) {
        classes.add(ErrorPathBenchmark.class);
      }
      pure = run(classes, WARMUP_IN_MEMORY, true);
    }
    String pureInterleaved = only.contains("pure") ? interleaved("pure") : null;
    String loopback = only.contains("loopback") ? interleaved("loopback") : null;
    String concurrent = only.contains("concurrent") ? interleaved("concurrent") : null;
    Map<String, RunResult> jmhLoopback = only.contains("jmh-loopback")
        ? run(List.of(LoopbackBenchmark.class), WARMUP_LOOPBACK, false) : Map.of();
    Map<String, RunResult> jmhConcurrent = only.contains("jmh-concurrent")
        ? run(List.of(ConcurrentBenchmark.class), WARMUP_LOOPBACK, false) : Map.of();
    ColdStart.Side[] cold = null;
    if (only.contains("cold")) {
      LOAD.append(String.format(Locale.ROOT, "- load average before cold start: %s%n", loadAverage()));
      cold = ColdStart.measure(coldRuns);
    }

    StringBuilder out = new StringBuilder();
    machine(out);
    if (only.contains("pure")) {
      pureTable(out, pure);
    }
    if (pureInterleaved != null) {
      out.append("\n### 1b. Pure overhead time, interleaved in one JVM (cross-check of the JMH time)\n\n")
          .append(pureInterleaved);
    }
    if (only.contains("error")) {
      errorTable(out, pure);
    }
    if (loopback != null) {
      out.append("\n## 2. Loopback round trip (127.0.0.1, keep-alive, sequential; interleaved in one JVM)\n\n")
          .append(loopback);
    }
    if (concurrent != null) {
      out.append("\n## 3. Concurrency (" + ConcurrentBenchmark.IN_FLIGHT + " calls in flight, loopback; "
          + "interleaved in one JVM; both: maxRequestsPerHost=32, maxRequests=64, 32 idle connections kept)\n\n")
          .append(concurrent);
    }
    if (only.contains("jmh-loopback")) {
      loopbackTable(out, jmhLoopback);
    }
    if (only.contains("jmh-concurrent")) {
      concurrentTable(out, jmhConcurrent);
    }
    if (cold != null) {
      coldTable(out, cold, coldRuns);
    }
    out.append(String.format(Locale.ROOT, "%nTotal run time: %.0f s%n", (System.nanoTime() - started) / 1e9));
    System.out.println();
    System.out.println(out);
  }

  /**
   * Runs {@link InterleavedAb} in a fresh JVM with the JMH forks' heap settings, passing its output through, and
   * returns the tables it printed.
   */
  private static String interleaved(String mode) throws IOException, InterruptedException {
    LOAD.append(String.format(Locale.ROOT, "- load average before interleaved %s: %s%n", mode, loadAverage()));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        InterleavedAb.class.getName(), mode).redirectErrorStream(true).start();
    StringBuilder tables = null;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        System.out.println(line);
        if (line.equals(InterleavedAb.TABLES)) {
          tables = new StringBuilder();
        } else if (tables != null && !line.startsWith("(sink")) {
          tables.append(line).append('\n');
        }
      }
    }
    if (process.waitFor() != 0 || tables == null) {
      throw new IllegalStateException("interleaved " + mode + " run failed (exit " + process.exitValue() + ")");
    }
    return tables.toString();
  }

  /** Runs the benchmarks of {@code classes}; results by "Class.method". */
  private static Map<String, RunResult> run(List<Class<?>> classes, int warmupIterations, boolean gcProfile)
      throws RunnerException {
    LOAD.append(String.format(Locale.ROOT, "- load average before %s: %s%n", names(classes), loadAverage()));
    ChainedOptionsBuilder options = new OptionsBuilder()
        .forks(1)
        .warmupIterations(warmupIterations)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(MEASUREMENT_ITERATIONS)
        .measurementTime(TimeValue.seconds(1))
        // A fixed heap keeps GC behaviour, and so the numbers, the same from one run to the next.
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .shouldFailOnError(true);
    for (Class<?> type : classes) {
      options.include("\\." + type.getSimpleName() + "\\.");
    }
    options.addProfiler(CpuTimeProfiler.class);
    if (gcProfile) {
      options.addProfiler(GCProfiler.class);
    }
    Options built = options.build();
    Collection<RunResult> results = new Runner(built).run();
    Map<String, RunResult> byName = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String[] parts = benchmark.split("\\.");
      byName.put(parts[parts.length - 2] + "." + parts[parts.length - 1], result);
    }
    return byName;
  }

  private static void machine(StringBuilder out) {
    out.append("## Machine\n\n");
    out.append("- nproc: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
    out.append("- java: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
        .append(")\n");
    out.append("- CPU: ").append(cpuModel()).append('\n');
    out.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append('\n');
    out.append("- JMH (benchmarks 1 and 5): 1 fork per benchmark, warm-up " + WARMUP_IN_MEMORY + " x 1 s, measurement "
        + MEASUREMENT_ITERATIONS + " x 1 s, -Xms1g -Xmx1g; benchmarks 2 and 3: InterleavedAb in a fresh JVM, "
        + "-Xms1g -Xmx1g\n");
    // Other processes on a 2-core machine move wall times; the load average says whether they did.
    out.append(LOAD).append("- load average at the end: ").append(loadAverage()).append('\n');
  }

  private static String names(List<Class<?>> classes) {
    List<String> names = new ArrayList<>();
    classes.forEach(type -> names.add(type.getSimpleName()));
    return String.join(", ", names);
  }

  /** The 1, 5 and 15 minute load averages, or "unknown". */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(line -> line.startsWith("model name")).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void pureTable(StringBuilder out, Map<String, RunResult> results) {
    out.append("\n## 1. Pure overhead (canned response, no socket; AverageTime, -prof gc)\n\n");
    out.append("| call | SDK ns/op | baseline ns/op | time ratio (<= 1.2) | SDK B/op | baseline B/op "
        + "| alloc ratio (<= 1.3) | SDK CPU ns/op | baseline CPU ns/op | CPU ratio |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String call : List.of("wnologyGet", "wnologyAccept", "wapikitList")) {
      pureRow(out, results, "PureOverheadBenchmark." + call, call, 1.2, 1.3);
    }
    out.append("\nThe same calls through the generated Retrofit interfaces alone (RetrofitOnly: no facade, same "
        + "shared client as the baseline), splitting the SDK's cost into the generated layer and the SDK's own:\n\n");
    out.append("| call | Retrofit-only ns/op | Retrofit-only B/op | Retrofit-only / baseline time | "
        + "Retrofit-only / baseline alloc | SDK / Retrofit-only time | SDK / Retrofit-only alloc |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String call : List.of("wnologyGet", "wnologyAccept", "wapikitList")) {
      String key = "PureOverheadBenchmark." + call;
      RunResult sdk = results.get(key + "_sdk");
      RunResult base = results.get(key + "_baseline");
      RunResult generated = results.get(key + "_retrofit");
      if (sdk == null || base == null || generated == null) {
        out.append("| ").append(call).append(" | missing | | | | | |\n");
        continue;
      }
      double generatedTime = generated.getPrimaryResult().getScore();
      out.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f | %.2f | %.2f |%n", call,
          withError(generated.getPrimaryResult()), alloc(generated),
          generatedTime / base.getPrimaryResult().getScore(), alloc(generated) / alloc(base),
          sdk.getPrimaryResult().getScore() / generatedTime, alloc(sdk) / alloc(generated)));
    }
  }

  private static void errorTable(StringBuilder out, Map<String, RunResult> results) {
    out.append("\n## 5. Error path (canned 404; SDK throws InviteNotFoundException, baseline checks the status)\n\n");
    out.append("| call | SDK ns/op | baseline ns/op | time ratio (no target) | SDK B/op | baseline B/op "
        + "| alloc ratio (no target) | SDK CPU ns/op | baseline CPU ns/op | CPU ratio |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    pureRow(out, results, "ErrorPathBenchmark.wnologyGetNotFound", "wnologyGet -> 404", Double.NaN, Double.NaN);
  }

  private static void pureRow(StringBuilder out, Map<String, RunResult> results, String key, String label,
      double timeTarget, double allocTarget) {
    RunResult sdk = results.get(key + "_sdk");
    RunResult base = results.get(key + "_baseline");
    if (sdk == null || base == null) {
      out.append("| ").append(label).append(" | missing | | | | | | | | |\n");
      return;
    }
    double sdkAlloc = alloc(sdk);
    double baseAlloc = alloc(base);
    double timeRatio = sdk.getPrimaryResult().getScore() / base.getPrimaryResult().getScore();
    double allocRatio = sdkAlloc / baseAlloc;
    double sdkCpu = cpu(sdk);
    double baseCpu = cpu(base);
    out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.0f | %.0f | %s | %.0f | %.0f | %.2f |%n", label,
        withError(sdk.getPrimaryResult()), withError(base.getPrimaryResult()),
        verdict(timeRatio, timeTarget, false), sdkAlloc, baseAlloc, verdict(allocRatio, allocTarget, false),
        sdkCpu, baseCpu, sdkCpu / baseCpu));
  }

  private static void loopbackTable(StringBuilder out, Map<String, RunResult> results) {
    out.append("\n## 2b. Loopback round trip, JMH, one side per fork (127.0.0.1, keep-alive, sequential; SampleTime)"
        + "\n\n");
    out.append("| call | SDK ops/s | baseline ops/s | throughput ratio (>= 0.95) | SDK p50 us | baseline p50 us "
        + "| p50 ratio baseline/SDK | SDK p99 us | baseline p99 us | SDK CPU us/op | baseline CPU us/op |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String call : List.of("wnologyGet", "wnologyAccept", "wapikitList")) {
      RunResult sdk = results.get("LoopbackBenchmark." + call + "_sdk");
      RunResult base = results.get("LoopbackBenchmark." + call + "_baseline");
      if (sdk == null || base == null) {
        out.append("| ").append(call).append(" | missing | | | | | | | | | |\n");
        continue;
      }
      // One caller thread: throughput is the inverse of the mean latency (reported in microseconds).
      double sdkOps = 1e6 / sdk.getPrimaryResult().getScore();
      double baseOps = 1e6 / base.getPrimaryResult().getScore();
      // The mean follows the slow tail, which other processes on the machine make; the median mostly does not.
      out.append(String.format(Locale.ROOT,
          "| %s | %.0f | %.0f | %s | %.1f | %.1f | %.2f | %.1f | %.1f | %.1f | %.1f |%n",
          call, sdkOps, baseOps, verdict(sdkOps / baseOps, 0.95, true), percentile(sdk, 50), percentile(base, 50),
          percentile(base, 50) / percentile(sdk, 50), percentile(sdk, 99), percentile(base, 99), cpu(sdk) / 1000,
          cpu(base) / 1000));
    }
  }

  private static void concurrentTable(StringBuilder out, Map<String, RunResult> results) {
    out.append("\n## 3b. Concurrency, JMH, one side per fork (" + ConcurrentBenchmark.IN_FLIGHT
        + " calls in flight, loopback; both: maxRequestsPerHost=32, maxRequests=64, 32 idle connections kept)\n\n");
    out.append("| call | SDK ops/s | baseline ops/s | throughput ratio (>= 0.95) | SDK CPU us/op "
        + "| baseline CPU us/op |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    RunResult sdk = results.get("ConcurrentBenchmark.wnologyGetAsync_sdk");
    RunResult base = results.get("ConcurrentBenchmark.wnologyGetAsync_baseline");
    if (sdk == null || base == null) {
      out.append("| getAsync vs enqueue | missing | | | | |\n");
      return;
    }
    double ratio = sdk.getPrimaryResult().getScore() / base.getPrimaryResult().getScore();
    out.append(String.format(Locale.ROOT, "| wnology getAsync vs enqueue | %s | %s | %s | %.1f | %.1f |%n",
        withError(sdk.getPrimaryResult()), withError(base.getPrimaryResult()), verdict(ratio, 0.95, true),
        cpu(sdk) / 1000, cpu(base) / 1000));
  }

  private static void coldTable(StringBuilder out, ColdStart.Side[] sides, int runs) {
    out.append("\n## 4. Cold start (fresh JVM to first completed wnology get, loopback; ").append(runs)
        .append(" runs each, alternating, after 1 discarded round)\n\n");
    out.append("| side | median wall ms | min ms | max ms | median ms inside main() |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (ColdStart.Side side : sides) {
      out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", side.name, side.medianWall(),
          side.minWall(), side.maxWall(), side.medianInMain()));
    }
    double ratio = sides[0].medianWall() / sides[1].medianWall();
    out.append(String.format(Locale.ROOT, "%nCold start ratio SDK / baseline (median wall, <= 1.3): %s; "
        + "inside main(): %.2f%n", verdict(ratio, 1.3, false), sides[0].medianInMain() / sides[1].medianInMain()));
  }

  private static double alloc(RunResult result) {
    Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.getScore();
  }

  /** JVM CPU time per op from {@link CpuTimeProfiler}, in ns. */
  private static double cpu(RunResult result) {
    Result<?> norm = result.getSecondaryResults().get(CpuTimeProfiler.RESULT);
    return norm == null ? Double.NaN : norm.getScore();
  }

  private static double percentile(RunResult result, double p) {
    return result.getPrimaryResult().getStatistics().getPercentile(p);
  }

  private static String withError(Result<?> result) {
    double error = result.getScoreError();
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, "%.0f", result.getScore())
        : String.format(Locale.ROOT, "%.0f ± %.0f", result.getScore(), error);
  }

  /** The ratio, and whether it meets the target (at least it when {@code atLeast}, otherwise at most it). */
  static String verdict(double ratio, double target, boolean atLeast) {
    if (Double.isNaN(target)) {
      return String.format(Locale.ROOT, "%.2f", ratio);
    }
    boolean met = atLeast ? ratio >= target : ratio <= target;
    // Next to the target, two decimals could print the target itself beside a MISS.
    String format = Math.abs(ratio - target) < 0.005 ? "%.3f %s" : "%.2f %s";
    return String.format(Locale.ROOT, format, ratio, met ? "ok" : "MISS");
  }
}
