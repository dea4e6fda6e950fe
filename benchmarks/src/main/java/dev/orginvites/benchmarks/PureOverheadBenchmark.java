package dev.orginvites.benchmarks;

import static dev.orginvites.benchmarks.Fixtures.API_KEY;
import static dev.orginvites.benchmarks.Fixtures.EMAIL;
import static dev.orginvites.benchmarks.Fixtures.PAGE_SIZE;
import static dev.orginvites.benchmarks.Fixtures.TOKEN;

import dev.orginvites.core.Page;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.WapikitInvites;
import dev.orginvites.wapikit.model.GetOrganizationInvitesResponse;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.WnologyInvites;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
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
 * The SDK's own cost per call: both sides get their response from {@link CannedInterceptor}, without a socket,
 * so what is left is URL and request building, the interceptor chain and JSON reading. Run with {@code -prof gc}
 * for bytes allocated per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PureOverheadBenchmark {
  /** Never contacted: the canned interceptor answers first. Port 9 fails fast if it ever did not. */
  static final String BASE = "http://127.0.0.1:9";

  static CannedInterceptor cannedSuccesses() {
    Headers rateLimit = Headers.of("X-RateLimit-Limit", "1000", "X-RateLimit-Remaining", "999",
        "X-RateLimit-Reset", "1767225600");
    return new CannedInterceptor()
        .on("GET", Fixtures.WNOLOGY_INVITES_PATH, 200, Fixtures.INVITE_INFO)
        .on("POST", Fixtures.WNOLOGY_INVITES_PATH, 200, Fixtures.INVITE_RESULT)
        .on("GET", Fixtures.WAPIKIT_LIST_PATH, 200, Fixtures.INVITE_PAGE, rateLimit);
  }

  /** The SDK's clients, derived (as an application would) from a shared OkHttpClient that holds the canned answers. */
  @State(Scope.Benchmark)
  public static class Sdk {
    OkHttpClient shared;
    WnologyClient wnologyClient;
    WapikitClient wapikitClient;
    WnologyInvites wnology;
    WapikitInvites wapikit;

    @Setup
    public void setUp() {
      shared = Baseline.httpClient(cannedSuccesses());
      wnologyClient = WnologyClient.builder().baseUrl(BASE + "/wnology").okHttpClient(shared).build();
      wapikitClient = WapikitClient.builder().apiKey(API_KEY).baseUrl(BASE + "/wapikit/api").okHttpClient(shared)
          .build();
      wnology = wnologyClient.invites();
      wapikit = wapikitClient.invites();
      Checks.info(wnology.get(TOKEN, EMAIL));
      Checks.result(wnology.accept(TOKEN, EMAIL));
      Checks.page(wapikit.list(1, PAGE_SIZE).items());
    }

    @TearDown
    public void tearDown() {
      wnologyClient.close();
      wapikitClient.close();
      shared.dispatcher().executorService().shutdown();
    }
  }

  /**
   * The hand-written client, and the control (the generated Retrofit interfaces alone), over the same kind of
   * shared OkHttpClient.
   */
  @State(Scope.Benchmark)
  public static class Hand {
    OkHttpClient shared;
    Baseline baseline;
    RetrofitOnly retrofit;

    @Setup
    public void setUp() throws IOException {
      shared = Baseline.httpClient(cannedSuccesses());
      baseline = new Baseline(shared, BASE + "/wnology", BASE + "/wapikit/api", API_KEY);
      retrofit = new RetrofitOnly(shared, BASE + "/wnology", BASE + "/wapikit/api", API_KEY);
      Checks.info(baseline.get(TOKEN, EMAIL));
      Checks.result(baseline.accept(TOKEN, EMAIL));
      Checks.page(baseline.list(1, PAGE_SIZE).getInvites());
      Checks.info(retrofit.get(TOKEN, EMAIL));
      Checks.result(retrofit.accept(TOKEN, EMAIL));
      Checks.page(retrofit.list(1, PAGE_SIZE).getInvites());
    }

    @TearDown
    public void tearDown() {
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Benchmark
  public OrgInvitationInfo wnologyGet_sdk(Sdk sdk) {
    return sdk.wnology.get(TOKEN, EMAIL);
  }

  @Benchmark
  public OrgInvitationInfo wnologyGet_baseline(Hand hand) throws IOException {
    return hand.baseline.get(TOKEN, EMAIL);
  }

  @Benchmark
  public OrgInvitationInfo wnologyGet_retrofit(Hand hand) throws IOException {
    return hand.retrofit.get(TOKEN, EMAIL);
  }

  @Benchmark
  public OrgInvitationResult wnologyAccept_sdk(Sdk sdk) {
    return sdk.wnology.accept(TOKEN, EMAIL);
  }

  @Benchmark
  public OrgInvitationResult wnologyAccept_baseline(Hand hand) throws IOException {
    return hand.baseline.accept(TOKEN, EMAIL);
  }

  @Benchmark
  public OrgInvitationResult wnologyAccept_retrofit(Hand hand) throws IOException {
    return hand.retrofit.accept(TOKEN, EMAIL);
  }

  @Benchmark
  public Page<OrganizationMemberInvite> wapikitList_sdk(Sdk sdk) {
    return sdk.wapikit.list(1, PAGE_SIZE);
  }

  @Benchmark
  public GetOrganizationInvitesResponse wapikitList_baseline(Hand hand) throws IOException {
    return hand.baseline.list(1, PAGE_SIZE);
  }

  @Benchmark
  public GetOrganizationInvitesResponse wapikitList_retrofit(Hand hand) throws IOException {
    return hand.retrofit.list(1, PAGE_SIZE);
  }
}
