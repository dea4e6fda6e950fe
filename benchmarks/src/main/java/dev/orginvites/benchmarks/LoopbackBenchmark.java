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
 * Sequential calls over a kept-alive connection to {@link LoopbackServer} on 127.0.0.1: the whole SDK, every
 * interceptor included, plus real HTTP/1.1 framing. SampleTime gives the latency distribution; ops/s is
 * 1 / mean for a single caller thread.
 *
 * <p>One side per JMH fork, so it suits profiling one side ({@code -prof async}); the SDK/baseline ratio of
 * benchmark 2 comes from {@link InterleavedAb}, because forks run minutes apart see different background load.
 * {@code java -jar benchmarks.jar --only jmh-loopback} runs it with the tables.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoopbackBenchmark {
  @State(Scope.Benchmark)
  public static class Server {
    LoopbackServer server;

    @Setup
    public void setUp() throws IOException {
      server = LoopbackServer.start();
    }

    @TearDown
    public void tearDown() {
      server.close();
    }
  }

  /** The SDK with its own OkHttpClient, as an application would build it. */
  @State(Scope.Benchmark)
  public static class Sdk {
    WnologyClient wnologyClient;
    WapikitClient wapikitClient;
    WnologyInvites wnology;
    WapikitInvites wapikit;

    @Setup
    public void setUp(Server server) {
      wnologyClient = WnologyClient.builder().baseUrl(server.server.wnologyBaseUrl()).build();
      wapikitClient = WapikitClient.builder().apiKey(API_KEY).baseUrl(server.server.wapikitBaseUrl()).build();
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
    }
  }

  @State(Scope.Benchmark)
  public static class Hand {
    OkHttpClient client;
    Baseline baseline;

    @Setup
    public void setUp(Server server) throws IOException {
      client = Baseline.httpClient(null);
      baseline = new Baseline(client, server.server.wnologyBaseUrl(), server.server.wapikitBaseUrl(), API_KEY);
      Checks.info(baseline.get(TOKEN, EMAIL));
      Checks.result(baseline.accept(TOKEN, EMAIL));
      Checks.page(baseline.list(1, PAGE_SIZE).getInvites());
    }

    @TearDown
    public void tearDown() {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
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
  public OrgInvitationResult wnologyAccept_sdk(Sdk sdk) {
    return sdk.wnology.accept(TOKEN, EMAIL);
  }

  @Benchmark
  public OrgInvitationResult wnologyAccept_baseline(Hand hand) throws IOException {
    return hand.baseline.accept(TOKEN, EMAIL);
  }

  @Benchmark
  public Page<OrganizationMemberInvite> wapikitList_sdk(Sdk sdk) {
    return sdk.wapikit.list(1, PAGE_SIZE);
  }

  @Benchmark
  public GetOrganizationInvitesResponse wapikitList_baseline(Hand hand) throws IOException {
    return hand.baseline.list(1, PAGE_SIZE);
  }
}
