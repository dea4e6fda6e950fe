package dev.orginvites.benchmarks;

import static dev.orginvites.benchmarks.Fixtures.API_KEY;
import static dev.orginvites.benchmarks.Fixtures.EMAIL;
import static dev.orginvites.benchmarks.Fixtures.TOKEN;

import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.WnologyInvites;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@value #IN_FLIGHT} WEGnology look-ups in flight against {@link LoopbackServer}: the SDK's {@code getAsync} vs
 * the baseline's {@code enqueue}. One benchmark thread starts a call whenever one finishes (a semaphore holds
 * the count), so an op is a started call and, in steady state, a completed one. Both OkHttp dispatchers allow
 * 32 requests per host (the SDK sets that on its own client, the baseline sets it explicitly) and 64 in all.
 *
 * <p>One side per JMH fork, for profiling one side; the ratio of benchmark 3 comes from {@link InterleavedAb}
 * ({@code --only jmh-concurrent} runs this one with its table).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConcurrentBenchmark {
  static final int IN_FLIGHT = 32;

  /** Limits calls in flight and counts failures, which would make the numbers meaningless. */
  @State(Scope.Benchmark)
  public static class Window {
    final Semaphore permits = new Semaphore(IN_FLIGHT);
    final AtomicLong failures = new AtomicLong();
    final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    LoopbackServer server;

    @Setup
    public void setUp() throws IOException {
      server = LoopbackServer.start();
    }

    void start(CompletableFuture<?> call) {
      call.whenComplete((value, failure) -> {
        if (failure != null || value == null) {
          failures.incrementAndGet();
          firstFailure.compareAndSet(null, failure);
        }
        permits.release();
      });
    }

    /** Lets the calls of an iteration finish, so the next one starts from an empty window. */
    @TearDown(Level.Iteration)
    public void drain() throws InterruptedException {
      permits.acquire(IN_FLIGHT);
      permits.release(IN_FLIGHT);
    }

    @TearDown
    public void tearDown() {
      server.close();
      if (failures.get() > 0) {
        throw new IllegalStateException(failures.get() + " calls failed", firstFailure.get());
      }
    }
  }

  @State(Scope.Benchmark)
  public static class Sdk {
    WnologyClient client;
    WnologyInvites wnology;

    @Setup
    public void setUp(Window window) {
      client = WnologyClient.builder().baseUrl(window.server.wnologyBaseUrl()).build();
      wnology = client.invites();
      Checks.info(wnology.getAsync(TOKEN, EMAIL).join());
    }

    @TearDown
    public void tearDown() {
      client.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Hand {
    OkHttpClient client;
    Baseline baseline;

    @Setup
    public void setUp(Window window) {
      client = Baseline.httpClient(null);
      baseline = new Baseline(client, window.server.wnologyBaseUrl(), window.server.wapikitBaseUrl(), API_KEY);
      Checks.info(baseline.getAsync(TOKEN, EMAIL).join());
    }

    @TearDown
    public void tearDown() {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Benchmark
  public void wnologyGetAsync_sdk(Window window, Sdk sdk) throws InterruptedException {
    window.permits.acquire();
    window.start(sdk.wnology.getAsync(TOKEN, EMAIL));
  }

  @Benchmark
  public void wnologyGetAsync_baseline(Window window, Hand hand) throws InterruptedException {
    window.permits.acquire();
    window.start(hand.baseline.getAsync(TOKEN, EMAIL));
  }
}
