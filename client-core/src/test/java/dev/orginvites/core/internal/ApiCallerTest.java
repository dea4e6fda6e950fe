package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.Sleeper;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.core.testing.TestServers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retry and execution behaviour beyond the fault matrix: attempt counts, waiting, cancelling, closing. */
final class ApiCallerTest {
  private static final String OK_BODY = "{\"orgName\":\"Acme\"}";

  private MockWebServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = TestServers.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  @Test
  void maxAttemptsIsExactlyTheNumberOfRequests() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse().setResponseCode(503));
    }
    RecordingSleeper sleeper = new RecordingSleeper();
    try (ProbeClient client = client(RetryPolicy.builder().maxAttempts(5).build(), sleeper)) {
      assertThatThrownBy(client::get).isInstanceOf(ServerErrorException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(sleeper.waits()).hasSize(4);
  }

  @Test
  void aDisabledPolicySendsOnce() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody(OK_BODY));
    try (ProbeClient client = client(RetryPolicy.disabled(), new RecordingSleeper())) {
      assertThatThrownBy(client::get).isInstanceOf(ServerErrorException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /** OkHttp re-sends a 503 with Retry-After: 0 by itself, even a POST; the SDK must keep the count its own. */
  @Test
  void okHttpsOwnRetryOfA503WithRetryAfterZeroIsSuppressed() throws Exception {
    OkHttpClient raw = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));
    server.enqueue(new MockResponse().setBody(OK_BODY));
    try (Response response = raw.newCall(new Request.Builder().url(server.url("/invites")).build()).execute()) {
      assertThat(response.code()).as("plain OkHttp retried by itself").isEqualTo(200);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);

    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));
    server.enqueue(new MockResponse().setBody(OK_BODY));
    try (ProbeClient client = client(RetryPolicy.disabled(), new RecordingSleeper())) {
      assertThatThrownBy(client::post).isInstanceOfSatisfying(ServerErrorException.class,
          e -> assertThat(e.retryAfter()).contains(Duration.ZERO));
    }
    assertThat(server.getRequestCount()).as("2 before, plus exactly one").isEqualTo(3);
    raw.dispatcher().executorService().shutdown();
  }

  /**
   * OkHttp silently retries a request that failed on a pooled connection the server had closed; a shared
   * client has that on by default. The SDK turns it off, so one attempt is one attempt.
   */
  @Test
  void aStalePooledConnectionIsReplacedWithoutOkHttpsBlindRetry() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    assertThat(shared.retryOnConnectionFailure()).isTrue();
    try (ProbeClient client = ProbeClient.builder().baseUrl(server.url("/").toString())
        .okHttpClient(shared).retryPolicy(RetryPolicy.disabled()).build()) {
      assertThat(client.okHttpClient().retryOnConnectionFailure()).as("the SDK's copy of the shared client").isFalse();
      server.enqueue(new MockResponse().setBody(OK_BODY).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
      server.enqueue(new MockResponse().setBody(OK_BODY));
      assertThat(client.get().orgName).isEqualTo("Acme");
      // Lets the server's close arrive, so that the pooled connection is stale when reused.
      Thread.sleep(50);
      assertThat(client.okHttpClient().connectionPool().idleConnectionCount()).isEqualTo(1);
      // The stale connection kept the request from the server, so it is sent again on a fresh one although the
      // policy allows no retry; a POST the server may have received is never re-sent (FaultMatrixTest).
      assertThat(client.get().orgName).isEqualTo("Acme");
      assertThat(server.getRequestCount()).as("requests the server received").isEqualTo(2);
    } finally {
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  /** The async path waits on the sleeper's timer: while it waits, no thread and no call is held. */
  @Test
  void asyncRetriesWaitWithoutHoldingAThread() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1"));
    server.enqueue(new MockResponse().setBody(OK_BODY));
    ManualSleeper sleeper = new ManualSleeper();
    try (ProbeClient client = client(RetryPolicy.defaults(), sleeper)) {
      CompletableFuture<ProbeApi.Invite> result = client.getAsync();
      CompletableFuture<Void> timer = sleeper.pending.get(5, TimeUnit.SECONDS);
      assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(1));
      awaitNoRunningCalls(client.okHttpClient());
      assertThat(result).isNotDone();
      assertThat(server.getRequestCount()).isEqualTo(1);

      timer.complete(null);
      assertThat(result.get(5, TimeUnit.SECONDS).orgName).isEqualTo("Acme");
      assertThat(sleeper.blockingSleeps.get()).as("the async path never blocks in sleep()").isZero();
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void aFailedTimerEndsTheAsyncCallWithTheLastError() {
    server.enqueue(new MockResponse().setResponseCode(503));
    Sleeper brokenTimer = new Sleeper() {
      @Override
      public void sleep(Duration duration) {}

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.failedFuture(new IllegalStateException("timer shut down"));
      }
    };
    try (ProbeClient client = client(RetryPolicy.defaults(), brokenTimer)) {
      assertThatThrownBy(() -> client.getAsync().get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ServerErrorException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anInterruptedWaitEndsTheSyncCallWithTheLastErrorAndKeepsTheInterrupt() {
    server.enqueue(new MockResponse().setResponseCode(503));
    Sleeper interrupted = new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException();
      }

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        return new CompletableFuture<>();
      }
    };
    try (ProbeClient client = client(RetryPolicy.defaults(), interrupted)) {
      assertThatThrownBy(client::get).isInstanceOf(ServerErrorException.class);
      assertThat(Thread.interrupted()).as("interrupt flag restored (and cleared here)").isTrue();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (ProbeClient client = ProbeClient.builder().baseUrl(server.url("/").toString())
        .readTimeout(Duration.ofSeconds(30)).build()) {
      CompletableFuture<ProbeApi.Invite> result = client.getAsync();
      server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(result.cancel(true)).isTrue();
      awaitNoRunningCalls(client.okHttpClient());
      assertThat(client.okHttpClient().dispatcher().runningCallsCount()).isZero();
    }
  }

  @Test
  void aClosedClientRefusesCalls() throws Exception {
    ProbeClient client = client(RetryPolicy.defaults(), new RecordingSleeper());
    client.close();
    assertThatThrownBy(client::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> client.getAsync().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aMissingFieldIsAMalformedResponse() {
    server.enqueue(new MockResponse().setBody("{\"email\":\"ann@example.com\"}"));
    try (ProbeClient client = client(RetryPolicy.defaults(), new RecordingSleeper())) {
      assertThatThrownBy(client::orgName).isInstanceOfSatisfying(MalformedResponseException.class,
          e -> assertThat(e.getMessage()).contains("no 'orgName'"));
    }
  }

  /** A facade's reading that throws on an odd body is a malformed response, and its message is not shown. */
  @Test
  void aThrowingExtractionIsAMalformedResponseWithoutItsMessage() {
    server.enqueue(new MockResponse().setBody(OK_BODY));
    try (ProbeClient client = client(RetryPolicy.defaults(), new RecordingSleeper())) {
      assertThatThrownBy(() -> client.stack().caller().execute(
          Operation.<ProbeApi.Invite, String>read(dev.orginvites.core.ErrorReason.INVITE_NOT_FOUND, "orgName",
              invite -> {
                throw new IllegalStateException("session token sess-0123456789");
              }),
          client.api().lookUp(ProbeClient.TOKEN, ProbeClient.EMAIL), ProbeClient.TOKEN))
          .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
            assertThat(e.getMessage()).contains("IllegalStateException").doesNotContain("sess-0123456789");
            assertThat(e.getCause()).isNull();
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aMalformedBodyKeepsItsRealStatus() {
    server.enqueue(new MockResponse().setResponseCode(201).setBody("{\"orgName\":"));
    try (ProbeClient client = client(RetryPolicy.defaults(), new RecordingSleeper())) {
      assertThatThrownBy(client::post).isInstanceOfSatisfying(MalformedResponseException.class, e -> {
        assertThat(e.statusCode()).isEqualTo(201);
        assertThat(e.getMessage()).contains("JsonEOFException");
      });
    }
  }

  /** Logging every body is a debugging aid; it must neither change an outcome nor read a huge body whole. */
  @Test
  void bodyLevelLoggingKeepsTheStatusAndTheBound() {
    List<String> log = new CopyOnWriteArrayList<>();
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody(" ".repeat(2000) + "{\"message\":\"gone\"}" + " ".repeat(2000))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setResponseCode(500).setBody("x".repeat(512 * 1024)));
    try (ProbeClient client = ProbeClient.builder().baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.disabled()).httpLogger(log::add)
        .httpLogLevel(HttpLoggingInterceptor.Level.BODY).build()) {
      // {"message"} is not this dialect's own outline: a plain NotFoundException, not an invite that is gone.
      assertThatThrownBy(client::get).isExactlyInstanceOf(NotFoundException.class);
      assertThatThrownBy(client::get).isInstanceOf(ServerErrorException.class);
    }
    assertThat(log).anyMatch(line -> line.startsWith("<-- 500"));
    assertThat(log).allMatch(line -> line.length() <= HttpStack.MAX_ERROR_BODY_BYTES);
  }

  @Test
  void theSystemSleeperReallyWaitsAndCompletes() throws Exception {
    Sleeper.system().sleep(Duration.ofMillis(1));
    assertThat(Sleeper.system().delay(Duration.ofMillis(5)).get(5, TimeUnit.SECONDS)).isNull();
  }

  /** Phases are kept in a plain map, so every way an attempt ends must release its entry. */
  @Test
  void everyAttemptReleasesItsPhase() throws Exception {
    server.enqueue(new MockResponse().setBody(OK_BODY));
    server.enqueue(new MockResponse().setResponseCode(404));
    server.enqueue(new MockResponse().setBody(OK_BODY));
    server.enqueue(new MockResponse().setResponseCode(404));
    server.enqueue(new MockResponse().setBody("{not json"));
    server.enqueue(new MockResponse().setBody(OK_BODY));
    try (ProbeClient client = client(RetryPolicy.disabled(), new RecordingSleeper())) {
      ApiCaller caller = client.stack().caller();
      assertThat(client.get().orgName).isEqualTo("Acme");
      assertThatThrownBy(client::get).isInstanceOf(NotFoundException.class);
      assertThat(client.getAsync().get(5, TimeUnit.SECONDS).orgName).isEqualTo("Acme");
      assertThatThrownBy(() -> client.getAsync().get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(NotFoundException.class);
      assertThatThrownBy(client::get).isInstanceOf(MalformedResponseException.class);

      // A call that cannot start: Retrofit refuses to enqueue a call that was already executed.
      retrofit2.Call<ProbeApi.Invite> used = client.stack().create(ProbeApi.class).lookUp("t0ken-1234", "a@b.c");
      used.execute().body();
      CompletableFuture<ProbeApi.Invite> refused = caller.executeAsync(ProbeClient.LOOK_UP, used, "t0ken-1234");
      assertThatThrownBy(() -> refused.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);

      assertThat(caller.trackedAttempts()).isZero();
    }
  }

  /** The SDK follows OkHttp's events for its own bookkeeping; a shared client's listener must still hear them. */
  @Test
  void aSharedClientsEventListenerStillHearsEveryEvent() {
    List<String> events = new CopyOnWriteArrayList<>();
    OkHttpClient shared = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void callStart(Call call) {
        events.add("callStart");
      }

      @Override
      public void requestHeadersStart(Call call) {
        events.add("requestHeadersStart");
      }

      @Override
      public void responseHeadersEnd(Call call, Response response) {
        events.add("responseHeadersEnd " + response.code());
      }

      @Override
      public void callEnd(Call call) {
        events.add("callEnd");
      }
    }).build();
    server.enqueue(new MockResponse().setBody(OK_BODY));
    try (ProbeClient client = ProbeClient.builder().baseUrl(server.url("/").toString()).okHttpClient(shared).build()) {
      assertThat(client.get().orgName).isEqualTo("Acme");
    }
    assertThat(events).containsExactly("callStart", "requestHeadersStart", "responseHeadersEnd 200", "callEnd");
  }

  private ProbeClient client(RetryPolicy policy, Sleeper sleeper) {
    return ProbeClient.builder().baseUrl(server.url("/").toString())
        .readTimeout(Duration.ofSeconds(5)).retryPolicy(policy).sleeper(sleeper).build();
  }

  private static void awaitNoRunningCalls(OkHttpClient http) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (http.dispatcher().runningCallsCount() > 0 && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(http.dispatcher().runningCallsCount()).as("running calls").isZero();
  }

  /** A sleeper whose timer the test fires by hand. */
  private static final class ManualSleeper implements Sleeper {
    final CompletableFuture<CompletableFuture<Void>> pending = new CompletableFuture<>();
    final List<Duration> delays = new CopyOnWriteArrayList<>();
    final AtomicInteger blockingSleeps = new AtomicInteger();

    @Override
    public void sleep(Duration duration) {
      blockingSleeps.incrementAndGet();
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      delays.add(duration);
      CompletableFuture<Void> timer = new CompletableFuture<>();
      pending.complete(timer);
      return timer;
    }
  }
}
