package dev.orginvites.benchmarks;

import static dev.orginvites.benchmarks.Fixtures.API_KEY;
import static dev.orginvites.benchmarks.Fixtures.EMAIL;
import static dev.orginvites.benchmarks.Fixtures.TOKEN;

import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.WnologyInvites;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A WEGnology look-up answered 404 from memory. The SDK reads the error body, redacts it and throws
 * {@link InviteNotFoundException}; the baseline checks the status and returns null. Not a like-for-like pair:
 * it shows what the SDK's richer failure costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ErrorPathBenchmark {
  private static final String BASE = PureOverheadBenchmark.BASE;

  static CannedInterceptor cannedNotFound() {
    return new CannedInterceptor().on("GET", Fixtures.WNOLOGY_INVITES_PATH, 404, Fixtures.NOT_FOUND);
  }

  @State(Scope.Benchmark)
  public static class Sdk {
    OkHttpClient shared;
    WnologyClient client;
    WnologyInvites wnology;

    @Setup
    public void setUp() {
      shared = Baseline.httpClient(cannedNotFound());
      client = WnologyClient.builder().baseUrl(BASE + "/wnology").okHttpClient(shared).build();
      wnology = client.invites();
      Object outcome = notFound(wnology);
      Checks.require(outcome instanceof InviteNotFoundException, "expected InviteNotFoundException: " + outcome);
    }

    @TearDown
    public void tearDown() {
      client.close();
      shared.dispatcher().executorService().shutdown();
    }
  }

  @State(Scope.Benchmark)
  public static class Hand {
    OkHttpClient shared;
    Baseline baseline;

    @Setup
    public void setUp() throws IOException {
      shared = Baseline.httpClient(cannedNotFound());
      baseline = new Baseline(shared, BASE + "/wnology", BASE + "/wapikit/api", API_KEY);
      Checks.require(baseline.get(TOKEN, EMAIL) == null, "expected null for a 404");
    }

    @TearDown
    public void tearDown() {
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Benchmark
  public Object wnologyGetNotFound_sdk(Sdk sdk) {
    return notFound(sdk.wnology);
  }

  @Benchmark
  public Object wnologyGetNotFound_baseline(Hand hand) throws IOException {
    return hand.baseline.get(TOKEN, EMAIL);
  }

  private static Object notFound(WnologyInvites wnology) {
    try {
      return wnology.get(TOKEN, EMAIL);
    } catch (InviteNotFoundException expected) {
      return expected;
    }
  }
}
