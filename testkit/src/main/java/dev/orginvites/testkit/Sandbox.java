package dev.orginvites.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
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

  private final HttpServer server;
  private final ExecutorService executor;
  private final WnologyFake wnology;
  private final WapikitFake wapikit;
  private final SandboxOutbox outbox;

  private Sandbox(HttpServer server, ExecutorService executor, WnologyFake wnology, WapikitFake wapikit,
      SandboxOutbox outbox) {
    this.server = server;
    this.executor = executor;
    this.wnology = wnology;
    this.wapikit = wapikit;
    this.outbox = outbox;
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

  /** Starts a sandbox whose fakes read time from {@code clock}, so tests can expire invites and windows. */
  static Sandbox start(int port, Clock clock) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    SpecValidator.preload(WnologyFake.NAME, WapikitFake.NAME);
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
    server.createContext("/", new UnknownMount());
    server.start();
    return new Sandbox(server, executor, wnology, wapikit, outbox);
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
   * SandboxFixtures#DEMO_EMAIL} and a pending WapiKit invite with slug {@link SandboxFixtures#DEMO_SLUG}.
   * Replaces invites with the same keys, so calling it again restores them.
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
   * Every spec violation recorded by either fake, WEGnology's first, each in arrival order.
   *
   * @return the violations, possibly empty
   */
  public List<Violation> violations() {
    List<Violation> all = new ArrayList<>(wnology.violations());
    all.addAll(wapikit.violations());
    return List.copyOf(all);
  }

  /** Throws an {@link AssertionError} listing every recorded spec violation, if there is any. */
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
   * Resets both fakes to their just-started state (see {@link WnologyFake#reset()}, {@link WapikitFake#reset()})
   * and empties the {@link #outbox()}.
   *
   * @return this sandbox
   */
  public Sandbox reset() {
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
