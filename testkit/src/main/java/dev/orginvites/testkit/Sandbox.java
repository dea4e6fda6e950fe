package dev.orginvites.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * In-process fakes of both invite services on one loopback HTTP server: WEGnology under {@code /wnology},
 * WapiKit under {@code /wapikit/api}. Stateful, spec-validating, silent.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.withDemoFixtures()) {
 *   // point a client at sandbox.wnologyBaseUrl() / sandbox.wapikitBaseUrl(), call it, then:
 *   sandbox.assertNoViolations();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Binds 127.0.0.1 only.
 */
public final class Sandbox implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Where {@link #stats()} is served on the sandbox's port. */
  public static final String STATS_PATH = "/__sandbox/stats";

  private final HttpServer server;
  private final ExecutorService executor;
  private final WnologyFake wnology;
  private final WapikitFake wapikit;
  private final SandboxOutbox outbox;
  private final SandboxClock clock;

  private Sandbox(HttpServer server, ExecutorService executor, WnologyFake wnology, WapikitFake wapikit,
      SandboxOutbox outbox, SandboxClock clock) {
    this.server = server;
    this.executor = executor;
    this.wnology = wnology;
    this.wapikit = wapikit;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Starts an empty sandbox on an ephemeral port.
   *
   * @return the running sandbox
   */
  public static Sandbox start() {
    return start(0);
  }

  /**
   * Starts an empty sandbox on {@code port} (0 = ephemeral).
   *
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @return the running sandbox
   */
  public static Sandbox start(int port) {
    return start(port, Clock.systemUTC());
  }

  /** Starts a sandbox whose fakes read time from {@code base}, so tests can expire invites and windows. */
  static Sandbox start(int port, Clock base) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    // The JDK's server writes an answer's headers and body separately; with Nagle's algorithm on, the body waits
    // for the client's delayed ACK, some 40 ms on every reused connection: a latency no real service adds. The
    // server reads the setting once, when its first instance starts in this JVM; an explicit setting is kept.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    SpecValidator.preload(WnologyFake.NAME, WapikitFake.NAME);
    SandboxClock clock = new SandboxClock(base);
    SandboxOutbox outbox = new SandboxOutbox(clock);
    WnologyFake wnology = new WnologyFake(clock, outbox);
    WapikitFake wapikit = new WapikitFake(clock, outbox);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
    // Daemon threads, so a test that forgets close() cannot keep the JVM alive; unbounded so that a
    // switched-on delay does not serialise concurrent calls.
    ExecutorService executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "testkit-sandbox-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext(WnologyFake.MOUNT, wnology.endpoint());
    server.createContext(WapikitFake.MOUNT, wapikit.endpoint());
    server.createContext(SandboxOutbox.PATH, outbox.endpoint());
    server.createContext(STATS_PATH, exchange -> serveStats(exchange, wnology, wapikit));
    server.createContext("/", new UnknownMount());
    server.start();
    return new Sandbox(server, executor, wnology, wapikit, outbox, clock);
  }

  /**
   * Starts a sandbox on an ephemeral port, seeded with the {@link SandboxFixtures demo fixtures}.
   *
   * @return the running sandbox
   */
  public static Sandbox withDemoFixtures() {
    return start().seedDemoFixtures();
  }

  /**
   * Seeds the demo fixtures (see {@link SandboxFixtures}): a valid and an expired WEGnology invite for {@link
   * SandboxFixtures#DEMO_EMAIL} into {@link SandboxFixtures#DEMO_ORG_NAME} (which also lists them as pending), a
   * member {@link SandboxFixtures#DEMO_MEMBER_EMAIL} of that organization; a pending WapiKit invite with slug
   * {@link SandboxFixtures#DEMO_SLUG}, the demo member {@link SandboxFixtures#DEMO_MEMBER_ID}, the unassigned role
   * {@link SandboxFixtures#DEMO_ROLE_ID} and the tag {@link SandboxFixtures#DEMO_TAG_ID}. Replaces invites,
   * members, roles and tags with the same keys, so calling it again restores them.
   *
   * @return this sandbox
   */
  public Sandbox seedDemoFixtures() {
    SandboxFixtures.seed(this);
    return this;
  }

  /**
   * The port the sandbox listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The WEGnology base URL, {@code http://127.0.0.1:PORT/wnology}.
   *
   * @return the base URL
   */
  public String wnologyBaseUrl() {
    return "http://127.0.0.1:" + port() + WnologyFake.MOUNT;
  }

  /**
   * The WapiKit base URL, {@code http://127.0.0.1:PORT/wapikit/api}.
   *
   * @return the base URL
   */
  public String wapikitBaseUrl() {
    return "http://127.0.0.1:" + port() + WapikitFake.MOUNT;
  }

  /**
   * The WEGnology fake, to seed invites, flip switches and inspect what it received.
   *
   * @return the fake
   */
  public WnologyFake wnology() {
    return wnology;
  }

  /**
   * The WapiKit fake, to seed invites, flip switches and inspect what it received.
   *
   * @return the fake
   */
  public WapikitFake wapikit() {
    return wapikit;
  }

  /**
   * The emails the services would have sent: each invite created through either fake leaves its link (and
   * token or slug) here. Also served at {@code GET /__sandbox/outbox}.
   *
   * @return the outbox
   */
  public SandboxOutbox outbox() {
    return outbox;
  }

  /**
   * {@code http://127.0.0.1:PORT/__sandbox/outbox}.
   *
   * @return the outbox URL
   */
  public String outboxUrl() {
    return "http://127.0.0.1:" + port() + SandboxOutbox.PATH;
  }

  /**
   * The sandbox's time now: what the fakes read to date invites, expire them and count rate-limit windows.
   *
   * @return the current instant of the fakes, moved by {@link #advanceClock(Duration)}
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Moves the fakes' time forward by {@code by}, so that a test can let invites expire (WEGnology answers 410 to
   * the invited person and lists the invite with {@code hasExpired: true}) or a rate-limit window pass, without
   * waiting. {@link #reset()} moves the time back to the real one.
   *
   * <pre>{@code
   * sandbox.advanceClock(WnologyFake.DEFAULT_TTL);   // every invite sent until now has expired
   * }</pre>
   *
   * @param by how far, zero or more
   * @return this sandbox
   * @throws NullPointerException when {@code by} is null
   * @throws IllegalArgumentException when {@code by} is negative: time in the sandbox does not go back
   */
  public Sandbox advanceClock(Duration by) {
    Checks.requireNonNull(by, "by");
    if (by.isNegative()) {
      throw new IllegalArgumentException("by must not be negative: " + by);
    }
    clock.advance(by);
    return this;
  }

  /**
   * Switches on the same rate limit for both services: {@code callsPerWindow} calls per fixed window of length
   * {@code window} (opened by the first call), X-RateLimit-* headers on every answer, 429 beyond it. See
   * {@link FakeService#rateLimit(int, Duration)}.
   *
   * @param callsPerWindow calls allowed in each window, per service
   * @param window the window's length
   * @return this sandbox
   * @throws NullPointerException when {@code window} is null
   * @throws IllegalArgumentException when {@code callsPerWindow} is below 1 or {@code window} is not positive
   */
  public Sandbox rateLimit(int callsPerWindow, java.time.Duration window) {
    wnology.rateLimit(callsPerWindow, window);
    wapikit.rateLimit(callsPerWindow, window);
    return this;
  }

  /**
   * Delays every answer of both services by {@code latency}, as a service far away would.
   *
   * @param latency how long each answer waits, zero or more ({@link Duration#ZERO} switches the delay off)
   * @return this sandbox
   * @throws NullPointerException when {@code latency} is null
   * @throws IllegalArgumentException when {@code latency} is negative
   */
  public Sandbox latency(java.time.Duration latency) {
    wnology.delay(latency);
    wapikit.delay(latency);
    return this;
  }

  /**
   * The answers each service sent, by HTTP status, since start or the last reset: {@code {wnology={200=3},
   * wapikit={200=300, 429=1}}}. Also served at {@code GET /__sandbox/stats} as JSON of the same shape.
   *
   * @return a snapshot mapping {@code "wnology"} and {@code "wapikit"} to their answers by status, in status order
   */
  public java.util.Map<String, java.util.SortedMap<Integer, Long>> stats() {
    return stats(wnology, wapikit);
  }

  private static java.util.Map<String, java.util.SortedMap<Integer, Long>> stats(WnologyFake wnology,
      WapikitFake wapikit) {
    java.util.Map<String, java.util.SortedMap<Integer, Long>> all = new java.util.LinkedHashMap<>();
    all.put(WnologyFake.NAME, wnology.answersByStatus());
    all.put(WapikitFake.NAME, wapikit.answersByStatus());
    return all;
  }

  private static void serveStats(com.sun.net.httpserver.HttpExchange exchange, WnologyFake wnology,
      WapikitFake wapikit) {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      com.fasterxml.jackson.databind.node.ObjectNode body = Json.object();
      stats(wnology, wapikit).forEach((service, counts) -> {
        com.fasterxml.jackson.databind.node.ObjectNode byStatus = body.putObject(service);
        counts.forEach((status, count) -> byStatus.put(Integer.toString(status), count));
      });
      byte[] bytes = Json.bytes(body);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (IOException clientWentAway) {
      // Nothing left to answer.
    }
  }

  /**
   * Every spec violation recorded by either fake, WEGnology's first, each in arrival order.
   *
   * @return the violations, unmodifiable; empty when every request conformed
   */
  public List<Violation> violations() {
    List<Violation> all = new ArrayList<>(wnology.violations());
    all.addAll(wapikit.violations());
    return List.copyOf(all);
  }

  /**
   * Throws an {@link AssertionError} listing every recorded spec violation, if there is any.
   *
   * @throws AssertionError when either fake recorded a violation, with one line per violation
   */
  public void assertNoViolations() {
    List<Violation> all = violations();
    if (!all.isEmpty()) {
      throw new AssertionError(
          all.size()
              + " request(s) broke the OpenAPI spec:"
              + System.lineSeparator()
              + all.stream().map(v -> "  - " + v).collect(Collectors.joining(System.lineSeparator())));
    }
  }

  /**
   * Resets both fakes to their just-started state (see {@link WnologyFake#reset()}, {@link WapikitFake#reset()}),
   * empties the {@link #outbox()} and undoes {@link #advanceClock(Duration)}.
   *
   * @return this sandbox
   */
  public Sandbox reset() {
    clock.resetOffset();
    wnology.reset();
    wapikit.reset();
    outbox.clear();
    return this;
  }

  /** Violations in the fakes' own responses; the testkit's tests keep the fakes honest with it. */
  List<Violation> responseViolations() {
    List<Violation> all = new ArrayList<>(wnology.endpoint().responseViolations());
    all.addAll(wapikit.endpoint().responseViolations());
    return all;
  }

  /** Stops listening at once and ends the server threads, interrupting any delayed answer. Idempotent. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "Sandbox[" + wnologyBaseUrl() + ", " + wapikitBaseUrl() + "]";
  }
}
