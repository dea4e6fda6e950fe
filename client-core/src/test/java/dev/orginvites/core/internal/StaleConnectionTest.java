package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.testing.KeepAliveServer;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.core.testing.TestServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls on connections that the server closed while they sat in the pool (docs/RELIABILITY.md, "Stale pooled
 * connections"), against real loopback servers that close idle keep-alive connections. Each case checks that
 * the call succeeds on its first attempt from the caller's view (no retry wait), that the server received the
 * request exactly once, and that the pool really held the dead connections when the call was made.
 */
final class StaleConnectionTest {
  private static final String OK_BODY = "{\"orgName\":\"Acme\",\"email\":\"" + ProbeClient.EMAIL + "\"}";
  private static final RetryPolicy POLICY = RetryPolicy.builder()
      .maxAttempts(3).baseDelay(Duration.ofMillis(50)).maxDelay(Duration.ofMillis(200)).build();
  private static final int BURST = 32;

  enum Method { GET, POST }

  enum Mode { SYNC, ASYNC }

  /** How the server ends its connections, and when the measured call comes. */
  enum Scenario {
    IDLE_1S("the server closes idle connections after 1 s; the call comes after 1.5 s", 1, false),
    IDLE_5S("the server closes idle connections after 5 s; the call comes after 7.5 s", 5, false),
    CLOSE_ANNOUNCED("the server closes after each response and says so (Connection: close)", 0, false),
    CLOSE_UNANNOUNCED("the server closes after each response without saying so", 0, false),
    BURST_THEN_IDLE_1S("32 calls in flight, then the whole pool dies (idle close after 1 s, call after 1.5 s)", 1,
        true);

    final String title;
    final int idleSeconds;
    final boolean burst;

    Scenario(String title, int idleSeconds, boolean burst) {
      this.title = title;
      this.idleSeconds = idleSeconds;
      this.burst = burst;
    }

    /** Idle connections the pool holds when the measured call starts: every one of them dead. */
    int deadPooledConnections() {
      if (this == CLOSE_ANNOUNCED) {
        return 0; // OkHttp honours Connection: close and never pools the connection
      }
      return burst ? BURST : 1;
    }
  }

  static Stream<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (Scenario scenario : Scenario.values()) {
      for (Method method : Method.values()) {
        for (Mode mode : Mode.values()) {
          cases.add(new Object[] {scenario, method, mode});
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "[{1} {2}] [{0}]")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT)
  void aCallAfterThePoolDiedSucceedsAndReachesTheServerOnce(Scenario scenario, Method method, Mode mode)
      throws Exception {
    Duration idle = Duration.ofSeconds(scenario.idleSeconds == 0 ? 60 : scenario.idleSeconds);
    RecordingSleeper sleeper = new RecordingSleeper();
    try (KeepAliveServer server = KeepAliveServer.start(idle, OK_BODY);
        ProbeClient client = client(server.url(), sleeper)) {
      if (scenario == Scenario.CLOSE_ANNOUNCED || scenario == Scenario.CLOSE_UNANNOUNCED) {
        server.closeAfterEachResponse(scenario == Scenario.CLOSE_ANNOUNCED);
      }
      int warmUps = scenario.burst ? BURST : 1;
      if (scenario.burst) {
        server.holdUntil(BURST);
      }
      List<CompletableFuture<ProbeApi.Invite>> warming = new ArrayList<>();
      for (int i = 0; i < warmUps; i++) {
        warming.add(client.getAsync());
      }
      for (CompletableFuture<ProbeApi.Invite> call : warming) {
        assertThat(call.get(10, TimeUnit.SECONDS).orgName).isEqualTo("Acme");
      }
      long warmedAt = System.nanoTime();
      assertThat(server.connectionsAccepted()).as("connections opened by the warm-up").isEqualTo(warmUps);

      server.awaitNoOpenConnections(idle.plusSeconds(5));
      if (scenario.idleSeconds > 0) {
        long callAt = warmedAt + idle.toNanos() * 3 / 2;
        TimeUnit.NANOSECONDS.sleep(Math.max(0, callAt - System.nanoTime()));
      }
      assertThat(client.okHttpClient().connectionPool().idleConnectionCount())
          .as("dead connections in the pool when the call starts").isEqualTo(scenario.deadPooledConnections());

      ProbeApi.Invite invite = call(client, method, mode);

      assertThat(invite.orgName).isEqualTo("Acme");
      assertThat(sleeper.waits()).as("retry waits: the call succeeded on its first attempt").isEmpty();
      assertThat(server.count(method.name()))
          .as("%s requests the server read", method)
          .isEqualTo(method == Method.GET ? warmUps + 1 : 1);
      assertNoCallLeft(client.okHttpClient());
    }
  }

  /**
   * Honest about what may have happened: on a reused connection whose response had begun (headers arrived, the
   * body was cut off), the server may have acted on the request. A POST is not sent again and says so; a GET is
   * retried as the RetryPolicy allows.
   */
  @ParameterizedTest(name = "[{0} {1}]")
  @MethodSource("methodsAndModes")
  void aResponseCutOffOnAReusedConnectionMayHaveBeenProcessed(Method method, Mode mode) throws Exception {
    RecordingSleeper sleeper = new RecordingSleeper();
    try (KeepAliveServer server = KeepAliveServer.start(Duration.ofSeconds(60), OK_BODY).cutResponse(2);
        ProbeClient client = client(server.url(), sleeper)) {
      assertThat(client.get().orgName).isEqualTo("Acme");

      if (method == Method.GET) {
        assertThat(call(client, method, mode).orgName).isEqualTo("Acme");
        assertThat(sleeper.waits()).as("a normal retry, with its backoff").hasSize(1);
        assertThat(server.count("GET")).isEqualTo(3);
      } else {
        assertThatThrownBy(() -> call(client, method, mode)).isInstanceOfSatisfying(TransportException.class,
            e -> assertThat(e.requestSent()).as("request may have been sent").isTrue());
        assertThat(sleeper.waits()).isEmpty();
        assertThat(server.count("POST")).as("POST requests the server read").isEqualTo(1);
      }
      assertNoCallLeft(client.okHttpClient());
    }
  }

  /** HTTP/2 guarantees that a refused stream was not processed: the request goes again at once. */
  @ParameterizedTest(name = "[{0} {1}]")
  @MethodSource("methodsAndModes")
  void anHttp2StreamRefusedByTheServerIsSentAgainAtOnce(Method method, Mode mode) throws Exception {
    MockWebServer server = TestServers.noDelay();
    server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
    server.start();
    // A request with a body waits for the server's go-ahead (Expect: 100-continue), so no body is in flight when the
    // stream is refused. MockWebServer forgets a stream as soon as it refuses it and answers a body frame arriving
    // after that with a PROTOCOL_ERROR reset (a server must ignore it), which can reach the client before the
    // REFUSED_STREAM one: seen on JDK 25 under load, and a reset after which a POST is rightly not sent again.
    OkHttpClient http2 = new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE))
        .addInterceptor(chain -> chain.request().body() == null
            ? chain.proceed(chain.request())
            : chain.proceed(chain.request().newBuilder().header("Expect", "100-continue").build()))
        .build();
    RecordingSleeper sleeper = new RecordingSleeper();
    try (ProbeClient client = ProbeClient.builder().baseUrl(server.url("/").toString()).okHttpClient(http2)
        .retryPolicy(RetryPolicy.disabled()).sleeper(sleeper).build()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.RESET_STREAM_AT_START)
          .setHttp2ErrorCode(ErrorCode.REFUSED_STREAM.getHttpCode()));
      server.enqueue(new MockResponse().setBody(OK_BODY).setSocketPolicy(SocketPolicy.EXPECT_CONTINUE));

      assertThat(call(client, method, mode).orgName).isEqualTo("Acme");
      assertThat(sleeper.waits()).isEmpty();
      assertThat(server.getRequestCount()).as("the refused stream and the one that was answered").isEqualTo(2);
      if (method == Method.POST) {
        server.takeRequest(1, TimeUnit.SECONDS); // the refused stream: headers only
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8()).as("the answered POST's body")
            .isNotEmpty();
      }
    } finally {
      server.shutdown();
      http2.dispatcher().executorService().shutdown();
      http2.connectionPool().evictAll();
    }
  }

  /** docs/RELIABILITY.md names every scenario of this class. */
  @Test
  void documentationListsEveryScenario() throws IOException {
    Path doc = Paths.get("..", "docs", "RELIABILITY.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    List<String> missing = Stream.of(Scenario.values()).map(s -> s.title)
        .filter(title -> !text.contains(title)).collect(Collectors.toList());
    assertThat(missing).as("scenarios missing from docs/RELIABILITY.md").isEmpty();
  }

  static Stream<Object[]> methodsAndModes() {
    List<Object[]> cases = new ArrayList<>();
    for (Method method : Method.values()) {
      for (Mode mode : Mode.values()) {
        cases.add(new Object[] {method, mode});
      }
    }
    return cases.stream();
  }

  private static ProbeClient client(String url, RecordingSleeper sleeper) {
    return ProbeClient.builder()
        .baseUrl(url)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .writeTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(20))
        .retryPolicy(POLICY)
        .sleeper(sleeper)
        .build();
  }

  private static ProbeApi.Invite call(ProbeClient client, Method method, Mode mode) throws Exception {
    if (mode == Mode.SYNC) {
      return method == Method.GET ? client.get() : client.post();
    }
    try {
      return (method == Method.GET ? client.getAsync() : client.postAsync()).get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  private static void assertNoCallLeft(OkHttpClient http) throws InterruptedException {
    // An async call is counted as running until its callback returns, just after the future completes.
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while ((http.dispatcher().runningCallsCount() > 0
        || http.connectionPool().connectionCount() != http.connectionPool().idleConnectionCount())
        && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(http.dispatcher().runningCallsCount()).as("running calls").isZero();
    assertThat(http.connectionPool().connectionCount()).as("connections in use")
        .isEqualTo(http.connectionPool().idleConnectionCount());
  }
}
