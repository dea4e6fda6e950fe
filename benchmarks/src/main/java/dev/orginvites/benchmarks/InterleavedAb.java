package dev.orginvites.benchmarks;

import static dev.orginvites.benchmarks.Fixtures.API_KEY;
import static dev.orginvites.benchmarks.Fixtures.EMAIL;
import static dev.orginvites.benchmarks.Fixtures.PAGE_SIZE;
import static dev.orginvites.benchmarks.Fixtures.TOKEN;

import com.sun.management.OperatingSystemMXBean;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.WapikitInvites;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.WnologyInvites;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;

/**
 * Benchmarks 2 and 3 (loopback round trip, 32 calls in flight) as an interleaved A/B: the SDK and the baseline
 * run in one JVM against one {@link LoopbackServer} and take turns, call by call for the sequential loopback
 * calls and second by second for the concurrent ones. Whatever else the machine does then falls on both sides
 * alike. Measured in separate JMH forks a minute apart, the same code gave throughput ratios from 0.59 to 2.40 on
 * a shared 2-core machine (docs/PERFORMANCE.md): the ratio followed the background load, not the code.
 *
 * <p>{@link RunAll} launches this class in a fresh JVM with the JMH forks' heap settings; it prints the Markdown
 * tables after a {@value #TABLES} line. The JMH classes {@link LoopbackBenchmark} and {@link ConcurrentBenchmark}
 * remain for profiling one side at a time.
 */
public final class InterleavedAb {
  static final String TABLES = "INTERLEAVED_TABLES";
  private static final long ROUND_NANOS = TimeUnit.SECONDS.toNanos(1);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Keeps results alive so that no call can be optimized away. */
  private static long sink;

  private InterleavedAb() {}

  /** One call made by either side; it returns the parsed result. */
  @FunctionalInterface
  interface Call {
    Object run() throws Exception;
  }

  /**
   * Usage: {@code InterleavedAb pure|loopback|concurrent [warm-up seconds] [rounds]}. Defaults: pure 10 s of
   * warm-up and 8 rounds of about 1 s per call; loopback 20 s and 8 rounds of 1 s per call; concurrent 16 s and
   * 8 rounds of 1 s per side.
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "loopback";
    int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1])
        : mode.equals("loopback") ? 20 : mode.equals("pure") ? 10 : 16;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    THREADS.setThreadCpuTimeEnabled(true);
    String tables;
    if (mode.equals("pure")) {
      tables = pure(warmupSeconds, rounds);
    } else {
      try (LoopbackServer server = LoopbackServer.start();
          Sides sides = new Sides(server)) {
        tables = mode.equals("loopback")
            ? loopback(sides, warmupSeconds, rounds)
            : concurrent(sides, warmupSeconds, rounds);
      }
    }
    System.out.println(TABLES);
    System.out.print(tables);
    System.out.println("(sink " + (sink & 1) + ")");
  }

  /** Both sides' clients, built as in the JMH benchmarks: the SDK builds its own OkHttpClient. */
  static final class Sides implements AutoCloseable {
    final WnologyClient wnologyClient;
    final WapikitClient wapikitClient;
    final WnologyInvites wnology;
    final WapikitInvites wapikit;
    final OkHttpClient baselineClient;
    final Baseline baseline;
    final RetrofitOnly retrofit;

    Sides(LoopbackServer server) throws Exception {
      wnologyClient = WnologyClient.builder().baseUrl(server.wnologyBaseUrl()).build();
      wapikitClient = WapikitClient.builder().apiKey(API_KEY).baseUrl(server.wapikitBaseUrl()).build();
      wnology = wnologyClient.invites();
      wapikit = wapikitClient.invites();
      baselineClient = Baseline.httpClient(null);
      baseline = new Baseline(baselineClient, server.wnologyBaseUrl(), server.wapikitBaseUrl(), API_KEY);
      retrofit = new RetrofitOnly(baselineClient, server.wnologyBaseUrl(), server.wapikitBaseUrl(), API_KEY);
      Checks.info(wnology.get(TOKEN, EMAIL));
      Checks.info(baseline.get(TOKEN, EMAIL));
      Checks.result(wnology.accept(TOKEN, EMAIL));
      Checks.result(baseline.accept(TOKEN, EMAIL));
      Checks.page(wapikit.list(1, PAGE_SIZE).items());
      Checks.page(baseline.list(1, PAGE_SIZE).getInvites());
      Checks.info(retrofit.get(TOKEN, EMAIL));
      Checks.result(retrofit.accept(TOKEN, EMAIL));
      Checks.page(retrofit.list(1, PAGE_SIZE).getInvites());
      Checks.info(wnology.getAsync(TOKEN, EMAIL).join());
      Checks.info(baseline.getAsync(TOKEN, EMAIL).join());
      Checks.info(retrofit.getAsync(TOKEN, EMAIL).join());
    }

    @Override
    public void close() {
      wnologyClient.close();
      wapikitClient.close();
      baselineClient.dispatcher().executorService().shutdown();
      baselineClient.connectionPool().evictAll();
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Benchmark 1, cross-check of the JMH time: in-memory calls, alternating in batches.

  private static String pure(int warmupSeconds, int rounds) throws Exception {
    PureOverheadBenchmark.Sdk sdk = new PureOverheadBenchmark.Sdk();
    PureOverheadBenchmark.Hand hand = new PureOverheadBenchmark.Hand();
    sdk.setUp();
    hand.setUp();
    try {
      Call[][] calls = calls(sdk.wnology, sdk.wapikit, hand.baseline, hand.retrofit);
      // A call takes microseconds: timing batches keeps the clock's own cost out of the result.
      int[] batch = {200, 200, 10};
      long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
      while (System.nanoTime() < warmUntil) {
        for (int i = 0; i < calls.length; i++) {
          for (Call call : calls[i]) {
            batch(call, batch[i]);
          }
        }
      }
      StringBuilder out = new StringBuilder();
      out.append("| call | SDK ns/op | baseline ns/op | Retrofit-only ns/op | SDK / baseline (<= 1.2) "
          + "| ratio per round: median (min-max) | Retrofit-only / baseline | SDK / Retrofit-only |\n");
      out.append("|---|---:|---:|---:|---:|---|---:|---:|\n");
      for (int i = 0; i < NAMES.length; i++) {
        long[] nanos = new long[3];
        long[] ops = new long[3];
        double[] roundRatios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
          long[] roundNanos = new long[3];
          long until = System.nanoTime() + ROUND_NANOS;
          for (int turn = 0; System.nanoTime() < until; turn++) {
            for (int k = 0; k < 3; k++) {
              int side = (turn + k) % 3;
              long elapsed = batch(calls[i][side], batch[i]);
              roundNanos[side] += elapsed;
              nanos[side] += elapsed;
              ops[side] += batch[i];
            }
          }
          roundRatios[round] = (double) roundNanos[0] / roundNanos[1];
        }
        double sdkNs = (double) nanos[0] / ops[0];
        double baseNs = (double) nanos[1] / ops[1];
        double generatedNs = (double) nanos[2] / ops[2];
        out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %s | %.2f (%.2f-%.2f) | %.2f | %.2f |%n",
            NAMES[i], sdkNs, baseNs, generatedNs, RunAll.verdict(sdkNs / baseNs, 1.2, false), median(roundRatios),
            min(roundRatios), max(roundRatios), generatedNs / baseNs, sdkNs / generatedNs));
      }
      out.append(String.format(Locale.ROOT, "%n%d s of warm-up, then %d rounds of 1 s per call in which SDK, "
          + "baseline and Retrofit-only take turns in batches (200 calls, 10 for the list), over the same canned "
          + "OkHttpClient set-up as the JMH benchmark.%n", warmupSeconds, rounds));
      return out.toString();
    } finally {
      sdk.tearDown();
      hand.tearDown();
    }
  }

  private static final String[] NAMES = {"wnologyGet", "wnologyAccept", "wapikitList"};

  /** The three calls in {@link #NAMES}, each as {SDK, baseline, Retrofit-only}. */
  private static Call[][] calls(WnologyInvites wnology, WapikitInvites wapikit, Baseline baseline,
      RetrofitOnly retrofit) {
    return new Call[][] {
      {() -> wnology.get(TOKEN, EMAIL), () -> baseline.get(TOKEN, EMAIL), () -> retrofit.get(TOKEN, EMAIL)},
      {() -> wnology.accept(TOKEN, EMAIL), () -> baseline.accept(TOKEN, EMAIL), () -> retrofit.accept(TOKEN, EMAIL)},
      {() -> wapikit.list(1, PAGE_SIZE), () -> baseline.list(1, PAGE_SIZE), () -> retrofit.list(1, PAGE_SIZE)}
    };
  }

  /** Runs {@code call} {@code times} times; returns the nanoseconds taken. */
  private static long batch(Call call, int times) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      Object result = call.run();
      if (result == null) {
        throw new IllegalStateException("a call returned nothing");
      }
      sink += System.identityHashCode(result);
    }
    return System.nanoTime() - start;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Benchmark 2: sequential loopback calls, alternating call by call.

  private static String loopback(Sides sides, int warmupSeconds, int rounds) throws Exception {
    Call[][] calls = calls(sides.wnology, sides.wapikit, sides.baseline, sides.retrofit);
    // Warm-up: every call of every side in turn, until the JIT has compiled the SDK's whole path (it takes
    // about 12-15 s of loopback calls on 2 cores, see docs/PERFORMANCE.md).
    long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
    Samples ignored = new Samples();
    while (System.nanoTime() < warmUntil) {
      for (Call[] sidesOfCall : calls) {
        for (Call call : sidesOfCall) {
          timed(call, ignored);
        }
      }
      ignored.clear();
    }

    StringBuilder out = new StringBuilder();
    out.append("| call | SDK ops/s | baseline ops/s | throughput ratio (>= 0.95) | ratio per round: median (min-max) "
        + "| SDK p50 us | baseline p50 us | SDK p99 us | baseline p99 us | SDK caller CPU us/op "
        + "| baseline caller CPU us/op | Retrofit-only ops/s | Retrofit-only caller CPU us/op "
        + "| SDK / Retrofit-only throughput |\n");
    out.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < NAMES.length; i++) {
      Samples[] samples = {new Samples(), new Samples(), new Samples()};
      double[] roundRatios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        int[] before = new int[3];
        long[] wallBefore = new long[3];
        for (int side = 0; side < 3; side++) {
          before[side] = samples[side].count;
          wallBefore[side] = samples[side].wallTotal;
        }
        long until = System.nanoTime() + ROUND_NANOS;
        // The side that goes first rotates, so none always follows another's garbage or cache misses.
        for (int turn = 0; System.nanoTime() < until; turn++) {
          for (int k = 0; k < 3; k++) {
            int side = (turn + k) % 3;
            timed(calls[i][side], samples[side]);
          }
        }
        double sdkMean = (double) (samples[0].wallTotal - wallBefore[0]) / (samples[0].count - before[0]);
        double baseMean = (double) (samples[1].wallTotal - wallBefore[1]) / (samples[1].count - before[1]);
        roundRatios[round] = baseMean / sdkMean;
      }
      double sdkOps = 1e9 / samples[0].meanWall();
      double baseOps = 1e9 / samples[1].meanWall();
      double retrofitOps = 1e9 / samples[2].meanWall();
      out.append(String.format(Locale.ROOT,
          "| %s | %.0f | %.0f | %s | %.2f (%.2f-%.2f) | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %.1f | %.2f |%n",
          NAMES[i], sdkOps, baseOps, RunAll.verdict(sdkOps / baseOps, 0.95, true), median(roundRatios),
          min(roundRatios), max(roundRatios), samples[0].percentileMicros(50), samples[1].percentileMicros(50),
          samples[0].percentileMicros(99), samples[1].percentileMicros(99), samples[0].meanCpu() / 1000,
          samples[1].meanCpu() / 1000, retrofitOps, samples[2].meanCpu() / 1000, sdkOps / retrofitOps));
    }
    out.append(String.format(Locale.ROOT, "%nEach call: %d s of warm-up shared by all calls, then %d rounds of 1 s "
        + "in which SDK, baseline and Retrofit-only take turns call by call; ops/s = 1 / mean latency (one caller "
        + "thread). Caller CPU is the calling thread's CPU time per call (OkHttp runs a synchronous call on it).%n",
        warmupSeconds, rounds));
    return out.toString();
  }

  private static void timed(Call call, Samples samples) throws Exception {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Object result = call.run();
    long wall = System.nanoTime() - start;
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
    if (result == null) {
      throw new IllegalStateException("a call returned nothing");
    }
    sink += System.identityHashCode(result);
    samples.add(wall, cpu);
  }

  /** Latency and caller CPU of every call of one side, in nanoseconds. */
  static final class Samples {
    long[] wall = new long[1 << 14];
    long wallTotal;
    long cpuTotal;
    int count;

    void add(long wallNanos, long cpuNanos) {
      if (count == wall.length) {
        wall = Arrays.copyOf(wall, count * 2);
      }
      wall[count++] = wallNanos;
      wallTotal += wallNanos;
      cpuTotal += cpuNanos;
    }

    void clear() {
      count = 0;
      wallTotal = 0;
      cpuTotal = 0;
    }

    double meanWall() {
      return (double) wallTotal / count;
    }

    double meanCpu() {
      return (double) cpuTotal / count;
    }

    double percentileMicros(double percentile) {
      long[] sorted = Arrays.copyOf(wall, count);
      Arrays.sort(sorted);
      int index = (int) Math.min(count - 1, Math.ceil(percentile / 100.0 * count) - 1);
      return sorted[Math.max(0, index)] / 1000.0;
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Benchmark 3: 32 calls in flight, alternating second by second.

  private static String concurrent(Sides sides, int warmupSeconds, int rounds) throws Exception {
    Window window = new Window();
    // {SDK, baseline, Retrofit only}
    Call[] starters = {
      () -> window.start(sides.wnology.getAsync(TOKEN, EMAIL)),
      () -> window.start(sides.baseline.getAsync(TOKEN, EMAIL)),
      () -> window.start(sides.retrofit.getAsync(TOKEN, EMAIL))
    };
    long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
    while (System.nanoTime() < warmUntil) {
      for (Call starter : starters) {
        window.run(starter, ROUND_NANOS / 2);
      }
    }
    List<List<double[]>> bySide = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    double[] roundRatios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      // The order rotates from round to round, so a trend in the background load falls on every side.
      double[][] result = new double[3][];
      for (int k = 0; k < 3; k++) {
        int side = (round + k) % 3;
        result[side] = window.run(starters[side], ROUND_NANOS);
        bySide.get(side).add(result[side]);
      }
      roundRatios[round] = result[0][0] / result[1][0];
    }
    window.check();
    double[] ops = new double[3];
    double[] cpuPerCall = new double[3];
    for (int side = 0; side < 3; side++) {
      ops[side] = total(bySide.get(side), 1) / total(bySide.get(side), 2) * 1e9;
      cpuPerCall[side] = total(bySide.get(side), 3) / total(bySide.get(side), 1) / 1000;
    }
    StringBuilder out = new StringBuilder();
    out.append("| call | SDK ops/s | baseline ops/s | throughput ratio (>= 0.95) | ratio per round: median (min-max) "
        + "| SDK CPU us/op | baseline CPU us/op | Retrofit-only ops/s | Retrofit-only CPU us/op "
        + "| SDK / Retrofit-only throughput |\n");
    out.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
    out.append(String.format(Locale.ROOT, "| wnology getAsync vs enqueue | %.0f | %.0f | %s | %.2f (%.2f-%.2f) "
        + "| %.1f | %.1f | %.0f | %.1f | %.2f |%n", ops[0], ops[1], RunAll.verdict(ops[0] / ops[1], 0.95, true),
        median(roundRatios), min(roundRatios), max(roundRatios), cpuPerCall[0], cpuPerCall[1], ops[2],
        cpuPerCall[2], ops[0] / ops[2]));
    out.append(String.format(Locale.ROOT, "%n%d s of warm-up in half-second turns, then %d rounds of 1 s per side "
        + "in rotating order, %d calls in flight. CPU is the whole process's (the clients' threads, the server, JIT, "
        + "GC) during that side's turns, per completed call.%n", warmupSeconds, rounds,
        ConcurrentBenchmark.IN_FLIGHT));
    return out.toString();
  }

  private static double total(List<double[]> rounds, int field) {
    return rounds.stream().mapToDouble(r -> r[field]).sum();
  }

  /** Keeps {@value ConcurrentBenchmark#IN_FLIGHT} calls in flight for one side at a time. */
  static final class Window {
    final Semaphore permits = new Semaphore(ConcurrentBenchmark.IN_FLIGHT);
    final AtomicLong completed = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    /** Counts {@code call} when it completes; returns it. */
    CompletableFuture<?> start(CompletableFuture<?> call) {
      return call.whenComplete((value, failure) -> {
        if (failure != null || value == null) {
          failures.incrementAndGet();
          firstFailure.compareAndSet(null, failure);
        } else {
          completed.incrementAndGet();
        }
        permits.release();
      });
    }

    /**
     * Starts calls for {@code nanos}, then waits for the last ones to finish. Returns {ops/s, completed calls,
     * elapsed ns, process CPU ns}.
     */
    double[] run(Call starter, long nanos) throws Exception {
      long completedBefore = completed.get();
      long cpuBefore = OS.getProcessCpuTime();
      long start = System.nanoTime();
      long until = start + nanos;
      while (System.nanoTime() < until) {
        if (permits.tryAcquire(10, TimeUnit.MILLISECONDS)) {
          starter.run();
        }
      }
      permits.acquire(ConcurrentBenchmark.IN_FLIGHT);
      permits.release(ConcurrentBenchmark.IN_FLIGHT);
      long elapsed = System.nanoTime() - start;
      double calls = completed.get() - completedBefore;
      double cpu = OS.getProcessCpuTime() - cpuBefore;
      check();
      return new double[] {calls / elapsed * 1e9, calls, elapsed, cpu};
    }

    void check() {
      if (failures.get() > 0) {
        throw new IllegalStateException(failures.get() + " calls failed", firstFailure.get());
      }
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }
}
