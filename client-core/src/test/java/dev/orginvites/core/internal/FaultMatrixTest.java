package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.TimeoutKind;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.UnexpectedStatusException;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.core.testing.TestServers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: every way a call can go wrong, for GET and POST, sync and async, against a real socket
 * (MockWebServer). Each case checks the outcome (exception type, status, timeout kind, retry hint), how many
 * requests the server saw, the waits the retry loop asked for, that the call neither hung nor leaked a
 * connection or a running call, and that no secret reached the exception text or the HTTP log.
 *
 * <p>docs/RELIABILITY.md shows this table; {@link #documentationListsEveryCase()} keeps the two in step.
 */
final class FaultMatrixTest {
  private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final RetryPolicy POLICY = RetryPolicy.builder()
      .maxAttempts(3).baseDelay(Duration.ofMillis(50)).maxDelay(Duration.ofMillis(200)).build();
  /**
   * Generous: a case takes tens of milliseconds, the slowest (three read timeouts) under a second. What it
   * catches is a call that really slept out a hinted wait or read a stalled body to its end.
   */
  private static final Duration HANG_BOUND = Duration.ofSeconds(3);
  private static final String ORG = "Acme";
  private static final String OK_BODY = "{\"orgName\":\"" + ORG + "\",\"email\":\"" + ProbeClient.EMAIL + "\"}";
  /** A hostile error body: it quotes the token back, raw and JSON-escaped, in its message. */
  private static final String ERROR_BODY =
      "{\"type\":\"InviteError\",\"message\":\"token " + ProbeClient.TOKEN + " was refused\"}";

  enum Method { GET, POST }

  enum Mode { SYNC, ASYNC }

  /** How the client under test is set up for a scenario. */
  enum Profile {
    /**
     * connect/read/write 1 s, call 10 s. No timeout fires in these scenarios, so the values cost no time; they
     * are long enough not to fire on a busy machine, and the call deadline leaves room for the hinted waits
     * (which the recording sleeper skips).
     */
    STANDARD,
    /** read 200 ms: a server that never answers hits the read timeout on every attempt. */
    READ_TIMEOUT,
    /** read 10 s, call 1.5 s: headers held for 5 s hit the whole-call deadline first. */
    DEADLINE,
    /** Nothing listens on the port: the connection is refused before anything is sent. */
    REFUSED,
    /** The socket's connect times out (injected socket factory). */
    CONNECT_TIMEOUT,
    /** The socket's writes time out (injected socket factory). */
    WRITE_STALL,
    /** read 300 ms, and the server stalls mid-body (its shutdown is not waited for). */
    STALLING
  }

  // ---------------------------------------------------------------------------------------------------------
  // The matrix

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Scenario scenario : scenarios()) {
      for (Method method : Method.values()) {
        Expect expect = method == Method.GET ? scenario.get : scenario.post;
        if (expect == null) {
          continue;
        }
        for (Mode mode : Mode.values()) {
          cases.add(new Case(scenario, method, mode, expect));
        }
      }
    }
    return cases.stream();
  }

  static List<Scenario> scenarios() {
    List<Scenario> s = new ArrayList<>();
    s.add(scenario("200 with the documented JSON", () -> List.of(ok()),
        value().requests(1), value().requests(1)));

    // Transport failures.
    s.add(scenario("disconnect at start", () -> times(3, () -> ok().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START)),
        fails(TransportException.class).sent(true).requests(3).retries(2),
        fails(TransportException.class).sent(true).requests(1)));
    s.add(scenario("disconnect at start, then 200",
        () -> List.of(ok().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START), ok()),
        value().requests(2).retries(1),
        fails(TransportException.class).sent(true).requests(1)));
    s.add(scenario("disconnect after the request was read",
        () -> times(3, () -> ok().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST)),
        fails(TransportException.class).sent(true).requests(3).retries(2),
        fails(TransportException.class).sent(true).requests(1)));
    s.add(scenario("disconnect mid-body (200)",
        () -> times(3, () -> json(200, padded(OK_BODY, 4096))
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)),
        fails(TransportException.class).sent(true).requests(3).retries(2),
        fails(TransportException.class).sent(true).requests(1)));
    s.add(scenario("no response (read timeout)", Profile.READ_TIMEOUT,
        () -> times(3, () -> ok().setSocketPolicy(SocketPolicy.NO_RESPONSE)),
        fails(TransportException.class).timeout(TimeoutKind.READ).sent(true).requests(3).retries(2),
        fails(TransportException.class).timeout(TimeoutKind.READ).sent(true).requests(1)));
    s.add(scenario("slow headers (call deadline)", Profile.DEADLINE,
        () -> List.of(ok().setHeadersDelay(5, TimeUnit.SECONDS)),
        fails(TransportException.class).timeout(TimeoutKind.CALL).sent(true).requests(1),
        fails(TransportException.class).timeout(TimeoutKind.CALL).sent(true).requests(1)));
    s.add(scenario("503, then slow headers (deadline spans retries)", Profile.DEADLINE,
        () -> List.of(status(503), ok().setHeadersDelay(5, TimeUnit.SECONDS)),
        fails(TransportException.class).timeout(TimeoutKind.CALL).sent(true).requests(2).retries(1),
        fails(ServerErrorException.class).status(503).requests(1)));
    s.add(scenario("connection refused", Profile.REFUSED, Collections::emptyList,
        fails(TransportException.class).sent(false).requests(0).retries(2),
        fails(TransportException.class).sent(false).requests(0).retries(2)));
    s.add(scenario("connect timeout", Profile.CONNECT_TIMEOUT, Collections::emptyList,
        fails(TransportException.class).timeout(TimeoutKind.CONNECT).sent(false).requests(0).retries(2),
        fails(TransportException.class).timeout(TimeoutKind.CONNECT).sent(false).requests(0).retries(2)));
    // Writing fails at once (headers for the GET, headers and body for the POST): a write timeout, after which
    // the request may have been sent, so only the GET is retried.
    s.add(scenario("request write timeout", Profile.WRITE_STALL, Collections::emptyList,
        fails(TransportException.class).timeout(TimeoutKind.WRITE).sent(true).requests(0).retries(2),
        fails(TransportException.class).timeout(TimeoutKind.WRITE).sent(true).requests(0)));

    // Every status, without and with a Retry-After in seconds.
    for (int code : new int[] {408, 429, 500, 502, 503, 504, 400, 404, 410}) {
      boolean retried = code == 408 || code == 429 || code >= 502;
      Class<? extends InviteApiException> type = typeFor(code);
      s.add(scenario("HTTP " + code, () -> times(3, () -> status(code)),
          fails(type).status(code).requests(retried ? 3 : 1).retries(retried ? 2 : 0),
          fails(type).status(code).requests(1)));
      s.add(scenario("HTTP " + code + " + Retry-After: 2",
          () -> times(3, () -> status(code).setHeader("Retry-After", "2")),
          fails(type).status(code).retryAfter(secs(2)).requests(retried ? 3 : 1).waits(retried ? 2 : 0, secs(2)),
          fails(type).status(code).retryAfter(secs(2)).requests(1)));
    }
    // The other hint forms, and the cap, on the two statuses that carry them in practice.
    for (int code : new int[] {429, 503}) {
      Class<? extends InviteApiException> type = typeFor(code);
      String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(3).atOffset(ZoneOffset.UTC));
      s.add(scenario("HTTP " + code + " + Retry-After: HTTP-date (+3 s)",
          () -> times(3, () -> status(code).setHeader("Retry-After", date)),
          fails(type).status(code).retryAfter(secs(3)).requests(3).waits(2, secs(3)),
          fails(type).status(code).retryAfter(secs(3)).requests(1)));
      String reset = Long.toString(NOW.getEpochSecond() + 4);
      s.add(scenario("HTTP " + code + " + X-RateLimit-Reset (+4 s)",
          () -> times(3, () -> status(code).setHeader("X-RateLimit-Reset", reset)),
          // WapiKit sends the header on every response: it is a wait only on a 429.
          code == 429
              ? fails(type).status(code).retryAfter(secs(4)).requests(3).waits(2, secs(4))
              : fails(type).status(code).requests(3).retries(2),
          code == 429
              ? fails(type).status(code).retryAfter(secs(4)).requests(1)
              : fails(type).status(code).requests(1)));
      s.add(scenario("HTTP " + code + " + Retry-After: 120 (over the 30 s cap)",
          () -> times(3, () -> status(code).setHeader("Retry-After", "120")),
          fails(type).status(code).retryAfter(secs(120)).requests(1),
          fails(type).status(code).retryAfter(secs(120)).requests(1)));
    }
    s.add(scenario("HTTP 429 + Retry-After: 20 (past the call deadline)",
        () -> times(3, () -> status(429).setHeader("Retry-After", "20")),
        fails(RateLimitedException.class).status(429).retryAfter(secs(20)).requests(1),
        fails(RateLimitedException.class).status(429).retryAfter(secs(20)).requests(1)));
    // OkHttp itself re-sends a 503 with Retry-After: 0, POST included, unless the SDK stops it.
    s.add(scenario("HTTP 503 + Retry-After: 0", () -> times(3, () -> status(503).setHeader("Retry-After", "0")),
        fails(ServerErrorException.class).status(503).retryAfter(Duration.ZERO).requests(3).waits(2, Duration.ZERO),
        fails(ServerErrorException.class).status(503).retryAfter(Duration.ZERO).requests(1)));

    // Hostile and odd bodies.
    s.add(scenario("200 truncated JSON", () -> List.of(json(200, "{\"orgName\":\"Ac")),
        malformed(200).requests(1), malformed(200).requests(1)));
    s.add(scenario("200 malformed JSON quoting the token",
        () -> List.of(json(200, "{\"orgName\": " + ProbeClient.TOKEN + "}")),
        malformed(200).requests(1), malformed(200).requests(1)));
    s.add(scenario("200 HTML page", () -> List.of(body(200, "text/html", "<html><body>Sign in</body></html>")),
        malformed(200).requests(1), malformed(200).requests(1)));
    s.add(scenario("200 JSON labelled text/plain", () -> List.of(body(200, "text/plain", OK_BODY)),
        value().requests(1), value().requests(1)));
    s.add(scenario("200 empty body", () -> List.of(body(200, "application/json", "")),
        malformed(200).requests(1), malformed(200).requests(1)));
    s.add(scenario("204 no content", () -> List.of(new MockResponse().setResponseCode(204)),
        malformed(204).requests(1), malformed(204).requests(1)));
    s.add(scenario("200 JSON null", () -> List.of(json(200, "null")),
        malformed(200).requests(1), malformed(200).requests(1)));
    s.add(scenario("200 JSON array instead of object", () -> List.of(json(200, "[\"Acme\"]")),
        malformed(200).requests(1), malformed(200).requests(1)));
    s.add(scenario("200 wrong field type", () -> List.of(json(200, "{\"orgName\":{\"name\":\"Acme\"}}")),
        malformed(200).requests(1), malformed(200).requests(1)));
    s.add(scenario("500 HTML error page",
        () -> List.of(body(500, "text/html", "<html><head><title>500 Internal Server Error</title></head>"
            + "<body><h1>Internal Server Error</h1></body></html>")),
        fails(ServerErrorException.class).status(500).message("HTML page: 500 Internal Server Error").requests(1),
        fails(ServerErrorException.class).status(500).message("HTML page: 500 Internal Server Error").requests(1)));
    s.add(scenario("502 empty body", () -> times(3, () -> body(502, "text/plain", "")),
        fails(ServerErrorException.class).status(502).snippet("").requests(3).retries(2),
        fails(ServerErrorException.class).status(502).snippet("").requests(1)));
    s.add(scenario("400 plain-text error", () -> List.of(body(400, "text/plain", "email is invalid\nline two")),
        fails(BadRequestException.class).status(400).message("email is invalid").requests(1),
        fails(BadRequestException.class).status(400).message("email is invalid").requests(1)));
    s.add(scenario("500 huge error body (256 KiB)", () -> List.of(body(500, "text/html", huge())),
        fails(ServerErrorException.class).status(500).boundedSnippet().requests(1),
        fails(ServerErrorException.class).status(500).boundedSnippet().requests(1)));
    s.add(scenario("503 huge error body (256 KiB)", () -> times(3, () -> body(503, "text/html", huge())),
        fails(ServerErrorException.class).status(503).boundedSnippet().requests(3).retries(2),
        fails(ServerErrorException.class).status(503).boundedSnippet().requests(1)));
    // Reading it whole would end in a read timeout; only the bounded prefix is read, so the status wins.
    s.add(scenario("500 error body that stalls after 32 KiB", Profile.STALLING,
        () -> List.of(body(500, "text/html", huge()).throttleBody(32 * 1024, 1, TimeUnit.SECONDS)),
        fails(ServerErrorException.class).status(500).boundedSnippet().requests(1),
        fails(ServerErrorException.class).status(500).boundedSnippet().requests(1)));
    s.add(scenario("404 error body cut off mid-way",
        () -> List.of(json(404, padded(ERROR_BODY, 4096))
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)),
        fails(InviteNotFoundException.class).status(404).requests(1),
        fails(InviteNotFoundException.class).status(404).requests(1)));
    // A 404 that is not the service's own answer: the URL is wrong, not the invite gone.
    for (String[] foreign : new String[][] {
        {"404 HTML page (wrong base URL)", "text/html", "<html><head><title>404 Not Found</title></head></html>"},
        {"404 empty body (wrong base URL)", "text/plain", ""},
        {"404 JSON the service never sends", "application/json", "{\"error\":{\"code\":404}}"}}) {
      s.add(scenario(foreign[0], () -> List.of(body(404, foreign[1], foreign[2])),
          fails(NotFoundException.class).status(404).reason(ErrorReason.ENDPOINT_NOT_FOUND)
              .messageContains("base URL").requests(1),
          fails(NotFoundException.class).status(404).reason(ErrorReason.ENDPOINT_NOT_FOUND)
              .messageContains("base URL").requests(1)));
    }
    s.add(scenario("410 JSON error cut off by the size bound",
        () -> List.of(json(410, "{\"type\":\"Gone\",\"message\":\"invite expired\",\"detail\":\""
            + "x".repeat((int) HttpStack.MAX_ERROR_BODY_BYTES) + "\"}")),
        fails(InviteExpiredException.class).status(410).message("invite expired").requests(1),
        fails(InviteExpiredException.class).status(410).message("invite expired").requests(1)));
    return s;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Running one case

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT)
  void faultMatrix(Case c) throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    RecordingSleeper sleeper = new RecordingSleeper();
    MockWebServer server = TestServers.start();
    c.scenario.responses.get().forEach(server::enqueue);
    OkHttpClient base = null;
    ProbeClient.Builder builder = ProbeClient.builder()
        .baseUrl(server.url("/").toString())
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(1))
        .writeTimeout(Duration.ofSeconds(1))
        .callTimeout(Duration.ofSeconds(10))
        .retryPolicy(POLICY)
        .sleeper(sleeper)
        .clock(CLOCK)
        .httpLogger(log::add)
        .httpLogLevel(HttpLoggingInterceptor.Level.HEADERS);
    switch (c.scenario.profile) {
      case READ_TIMEOUT:
        builder.readTimeout(Duration.ofMillis(200));
        break;
      case STALLING:
        builder.readTimeout(Duration.ofMillis(300));
        break;
      case DEADLINE:
        // The deadline must outlast the first exchange by far, on any machine: it is the held second answer
        // (5 s) that it has to cut, never the first. With 300 ms, a loaded machine sometimes spent the whole
        // deadline before the retry's request was written, and the server saw one request instead of two.
        builder.readTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofMillis(1500));
        break;
      case REFUSED:
        server.shutdown();
        break;
      case CONNECT_TIMEOUT:
        base = new OkHttpClient.Builder().socketFactory(new FaultySockets(true)).build();
        builder.okHttpClient(base);
        break;
      case WRITE_STALL:
        base = new OkHttpClient.Builder().socketFactory(new FaultySockets(false)).build();
        builder.okHttpClient(base);
        break;
      default:
        break;
    }

    try (ProbeClient client = builder.build()) {
      long start = System.nanoTime();
      Object value = null;
      Throwable failure = null;
      try {
        value = invoke(client, c.method, c.mode);
      } catch (InviteApiException e) {
        failure = e;
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      Expect expect = c.expect;
      if (expect.type == null) {
        assertThat(failure).as("outcome").isNull();
        assertThat(((ProbeApi.Invite) value).orgName).isEqualTo(ORG);
      } else {
        assertThat(failure).as("outcome").isExactlyInstanceOf(expect.type);
        InviteApiException error = (InviteApiException) failure;
        assertThat(error.statusCode()).as("status").isEqualTo(expect.status);
        assertThat(error.method()).isEqualTo(c.method.name());
        assertThat(error.retryAfter()).as("retry hint").isEqualTo(Optional.ofNullable(expect.retryAfter));
        if (error instanceof TransportException) {
          TransportException transport = (TransportException) error;
          assertThat(transport.timeout()).as("timeout kind").isEqualTo(Optional.ofNullable(expect.timeout));
          if (expect.sent != null) {
            assertThat(transport.requestSent()).as("request may have been sent").isEqualTo(expect.sent);
          }
        }
        assertThat(error.reason()).as("reason").isEqualTo(expect.impliedReason());
        expect.checks.forEach(check -> check.accept(error));
        assertNoSecret(describe(error), "exception");
      }
      assertThat(requestsSeen(server, expect.requests)).as("requests the server saw").isEqualTo(expect.requests);
      assertThat(sleeper.waits()).as("retry waits").hasSize(expect.retries);
      for (int i = 0; i < sleeper.waits().size(); i++) {
        Duration wait = sleeper.waits().get(i);
        if (expect.wait != null) {
          assertThat(wait).as("hinted wait").isEqualTo(expect.wait);
        } else {
          assertThat(wait).as("backoff wait").isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(POLICY.bound(i + 1));
        }
      }
      assertThat(elapsed).as("elapsed (hang guard, not a performance check)").isLessThan(HANG_BOUND);
      assertNoLeak(client.okHttpClient());
      if (expect.requests > 0) {
        assertThat(log).as("HTTP log").anyMatch(line -> line.startsWith("--> " + c.method));
      }
      assertNoSecret(String.join("\n", log), "HTTP log");
    } finally {
      if (c.scenario.profile == Profile.DEADLINE || c.scenario.profile == Profile.STALLING) {
        // Shutdown waits out the server's delays; nothing is left to check, so don't make the test wait. On a
        // thread of its own: in the common pool (whose single worker JDK 25 uses for every async task on two
        // cores) it blocked the async retries of the cases running next to it for up to 5 s.
        Thread shutdown = new Thread(() -> shutdownQuietly(server), "fault-matrix-shutdown");
        shutdown.setDaemon(true);
        shutdown.start();
      } else {
        server.shutdown();
      }
      if (base != null) {
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
      }
    }
  }

  /** The documentation's table is generated from the same scenarios; a case added here must be added there. */
  @Test
  void documentationListsEveryCase() throws IOException {
    Path doc = Paths.get("..", "docs", "RELIABILITY.md");
    assertThat(doc).as("docs/RELIABILITY.md, read from the client-core module directory").exists();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    List<String> missing = scenarios().stream().flatMap(FaultMatrixTest::documentationRows)
        .filter(row -> !text.contains(row)).collect(Collectors.toList());
    assertThat(missing).as("rows missing from or different in docs/RELIABILITY.md").isEmpty();
  }

  private static void shutdownQuietly(MockWebServer server) {
    try {
      server.shutdown();
    } catch (IOException ignored) {
      // Only the test's own server, after its checks.
    }
  }

  private static Object invoke(ProbeClient client, Method method, Mode mode) throws Exception {
    if (mode == Mode.SYNC) {
      return method == Method.GET ? client.get() : client.post();
    }
    try {
      return (method == Method.GET ? client.getAsync() : client.postAsync()).get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InviteApiException) {
        throw (InviteApiException) e.getCause();
      }
      throw e;
    }
  }

  /**
   * The server's count once it has caught up: it counts a request when it has read it, which on a busy machine
   * can be after the client already gave up on it (a call deadline). The client sends nothing more by then.
   */
  private static int requestsSeen(MockWebServer server, int expected) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while (server.getRequestCount() < expected && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    return server.getRequestCount();
  }

  /** No call still running and no connection still held: every response body was closed. */
  private static void assertNoLeak(OkHttpClient http) throws InterruptedException {
    // An async call is counted as running until its callback returns, just after the future completes.
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    while ((http.dispatcher().runningCallsCount() > 0
        || http.connectionPool().connectionCount() != http.connectionPool().idleConnectionCount())
        && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(http.dispatcher().runningCallsCount()).as("running calls").isZero();
    assertThat(http.connectionPool().connectionCount())
        .as("connections (all idle, at most one)")
        .isEqualTo(http.connectionPool().idleConnectionCount())
        .isLessThanOrEqualTo(1);
  }

  static void assertNoSecret(String text, String where) {
    for (String secret : ProbeClient.SECRETS) {
      assertThat(text).as(where + " must not show a secret").doesNotContain(secret);
    }
  }

  /** Every text an exception exposes: message, toString, parts, and its causes' messages. */
  static String describe(InviteApiException error) {
    StringBuilder text = new StringBuilder()
        .append(error.getMessage()).append('\n').append(error).append('\n')
        .append(error.bodySnippet()).append('\n').append(error.path()).append('\n')
        .append(error.serviceMessage()).append('\n').append(error.errorType()).append('\n')
        .append(error.requestId());
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      text.append('\n').append(cause);
    }
    return text.toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Documentation rows

  static Stream<String> documentationRows(Scenario scenario) {
    List<String> rows = new ArrayList<>();
    for (Method method : Method.values()) {
      Expect expect = method == Method.GET ? scenario.get : scenario.post;
      if (expect != null) {
        rows.add("| " + scenario.name + " | sync, async | " + method + " | " + expect.outcome() + " | "
            + expect.requests + " | " + expect.retries + " | `FaultMatrixTest#faultMatrix` |");
      }
    }
    return rows.stream();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Responses

  private static MockResponse ok() {
    return json(200, OK_BODY);
  }

  private static MockResponse status(int code) {
    return json(code, ERROR_BODY);
  }

  private static MockResponse json(int code, String body) {
    return body(code, "application/json; charset=utf-8", body);
  }

  private static MockResponse body(int code, String contentType, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", contentType).setBody(body);
  }

  /** {@code json} centred in spaces, so that a cut half-way lands inside the JSON. */
  private static String padded(String json, int length) {
    int before = Math.max(0, length / 2 - json.length() / 2);
    return " ".repeat(before) + json + " ".repeat(Math.max(0, length - before - json.length()));
  }

  private static String huge() {
    return "<html><body>" + ("<p>" + ProbeClient.TOKEN + " overloaded</p>").repeat(256 * 1024 / 37)
        + "</body></html>";
  }

  private static List<MockResponse> times(int n, Supplier<MockResponse> response) {
    List<MockResponse> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(response.get());
    }
    return list;
  }

  private static Duration secs(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  private static Class<? extends InviteApiException> typeFor(int code) {
    switch (code) {
      case 400:
        return BadRequestException.class;
      case 404:
        return InviteNotFoundException.class;
      case 410:
        return InviteExpiredException.class;
      case 429:
        return RateLimitedException.class;
      default:
        return code >= 500 ? ServerErrorException.class : UnexpectedStatusException.class;
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Case model

  private static Scenario scenario(String name, Supplier<List<MockResponse>> responses, Expect get, Expect post) {
    return new Scenario(name, Profile.STANDARD, responses, get, post);
  }

  private static Scenario scenario(String name, Profile profile, Supplier<List<MockResponse>> responses,
      Expect get, Expect post) {
    return new Scenario(name, profile, responses, get, post);
  }

  private static Expect value() {
    return new Expect(null);
  }

  private static Expect fails(Class<? extends InviteApiException> type) {
    return new Expect(type);
  }

  private static Expect malformed(int status) {
    return fails(MalformedResponseException.class).status(status);
  }

  /** One row of the matrix: what the server does, and what a GET and a POST must end in (null: not run). */
  static final class Scenario {
    final String name;
    final Profile profile;
    final Supplier<List<MockResponse>> responses;
    final Expect get;
    final Expect post;

    Scenario(String name, Profile profile, Supplier<List<MockResponse>> responses, Expect get, Expect post) {
      this.name = name;
      this.profile = profile;
      this.responses = responses;
      this.get = get;
      this.post = post;
    }
  }

  /** One parameterized invocation. */
  static final class Case {
    final Scenario scenario;
    final Method method;
    final Mode mode;
    final Expect expect;

    Case(Scenario scenario, Method method, Mode mode, Expect expect) {
      this.scenario = scenario;
      this.method = method;
      this.mode = mode;
      this.expect = expect;
    }

    @Override
    public String toString() {
      return method + " " + mode.name().toLowerCase(java.util.Locale.ROOT) + "] [" + scenario.name;
    }
  }

  /** The expected outcome of one method in one scenario. */
  static final class Expect {
    final Class<? extends InviteApiException> type;
    int status;
    TimeoutKind timeout;
    Boolean sent;
    Duration retryAfter;
    int requests;
    int retries;
    Duration wait;
    ErrorReason reason;
    final List<Consumer<InviteApiException>> checks = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Expect(Class<? extends InviteApiException> type) {
      this.type = type;
    }

    Expect status(int status) {
      this.status = status;
      return this;
    }

    Expect timeout(TimeoutKind timeout) {
      this.timeout = timeout;
      return this;
    }

    Expect sent(boolean sent) {
      this.sent = sent;
      return this;
    }

    Expect retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    Expect requests(int requests) {
      this.requests = requests;
      return this;
    }

    /** {@code retries} waits, each a jittered backoff within the policy's bound. */
    Expect retries(int retries) {
      this.retries = retries;
      return this;
    }

    /** {@code retries} waits, each exactly {@code wait} (a service hint). */
    Expect waits(int retries, Duration wait) {
      this.retries = retries;
      this.wait = retries == 0 ? null : wait;
      return this;
    }

    /** The reason, when not the one the exception type implies ({@link #impliedReason}). */
    Expect reason(ErrorReason reason) {
      this.reason = reason;
      notes.add("reason " + reason);
      return this;
    }

    Expect messageContains(String part) {
      checks.add(e -> assertThat(e.getMessage()).as("message").contains(part));
      notes.add("message contains \"" + part + "\"");
      return this;
    }

    /** The reason an exception of this expectation's type carries unless the body says more. */
    ErrorReason impliedReason() {
      if (reason != null) {
        return reason;
      }
      if (type == TransportException.class) {
        return ErrorReason.TRANSPORT;
      }
      if (type == MalformedResponseException.class) {
        return ErrorReason.MALFORMED_RESPONSE;
      }
      if (type == InviteNotFoundException.class) {
        return ErrorReason.INVITE_NOT_FOUND;
      }
      if (type == InviteExpiredException.class) {
        return ErrorReason.INVITE_EXPIRED;
      }
      if (type == RateLimitedException.class) {
        return ErrorReason.RATE_LIMITED;
      }
      if (type == ServerErrorException.class) {
        return ErrorReason.SERVER_ERROR;
      }
      if (type == BadRequestException.class) {
        return ErrorReason.INVALID_INPUT;
      }
      return ErrorReason.UNKNOWN;
    }

    Expect message(String message) {
      checks.add(e -> assertThat(e.serviceMessage()).as("service message").isEqualTo(message));
      notes.add("message \"" + message + "\"");
      return this;
    }

    Expect snippet(String snippet) {
      checks.add(e -> assertThat(e.bodySnippet()).as("body snippet").isEqualTo(snippet));
      notes.add(snippet.isEmpty() ? "empty snippet" : "snippet \"" + snippet + "\"");
      return this;
    }

    Expect boundedSnippet() {
      checks.add(e -> assertThat(e.bodySnippet().length()).as("body snippet length")
          .isGreaterThan(0).isLessThanOrEqualTo(ErrorBodies.SNIPPET_CHARS + 3));
      notes.add("snippet <= " + ErrorBodies.SNIPPET_CHARS + " chars");
      return this;
    }

    /** The outcome as the documentation's table shows it. */
    String outcome() {
      if (type == null) {
        return "value";
      }
      StringBuilder text = new StringBuilder(type.getSimpleName());
      if (status != 0) {
        text.append(' ').append(status);
      }
      if (timeout != null) {
        text.append(' ').append(timeout);
      }
      if (sent != null) {
        text.append(sent ? ", sent" : ", not sent");
      }
      if (retryAfter != null) {
        text.append(", retryAfter ").append(retryAfter.getSeconds()).append(" s");
      }
      if (wait != null) {
        text.append(", waits ").append(wait.getSeconds()).append(" s");
      }
      for (String note : notes) {
        text.append(", ").append(note);
      }
      return text.toString();
    }
  }

  /** Sockets whose connect, or whose writes, time out at once: a real socket timeout without real waiting. */
  private static final class FaultySockets extends SocketFactory {
    private final boolean failConnect;

    FaultySockets(boolean failConnect) {
      this.failConnect = failConnect;
    }

    @Override
    public Socket createSocket() {
      return failConnect ? new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          throw new SocketTimeoutException("connect timed out");
        }
      } : new Socket() {
        @Override
        public OutputStream getOutputStream() {
          Socket socket = this;
          return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
              write(new byte[] {(byte) b}, 0, 1);
            }

            /** As a real write timeout: Okio's watchdog closes the socket, then the write fails. */
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              socket.close();
              throw new SocketTimeoutException("timeout");
            }
          };
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException();
    }
  }
}
