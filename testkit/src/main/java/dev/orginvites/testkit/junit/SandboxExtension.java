package dev.orginvites.testkit.junit;

import dev.orginvites.core.RetryPolicy;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.SandboxOutbox;
import dev.orginvites.testkit.Violation;
import dev.orginvites.testkit.WapikitFake;
import dev.orginvites.testkit.WnologyFake;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wnology.WnologyClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The {@link Sandbox} as a JUnit 5 extension: both fakes on loopback for a test class, restored before each test,
 * checked against the OpenAPI specs after each test, with clients already pointed at them.
 *
 * <pre>{@code
 * class OnboardingTest {
 *   @RegisterExtension
 *   static SandboxExtension sandbox = SandboxExtension.create();
 *
 *   @Test
 *   void joinsTheDemoOrg() {
 *     OrgInvitationResult result = sandbox.wnologyClient().invites().accept(DEMO_TOKEN, DEMO_EMAIL);
 *     assertThat(result.getOrgId()).isEqualTo(SandboxFixtures.DEMO_ORG_ID);
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>The sandbox starts once per test class (before all its tests, {@code @Nested} classes included) and stops
 *       after them; the clients it handed out are closed then too.
 *   <li>Before each test both fakes are {@linkplain Sandbox#reset() reset} (no invites, switches, recordings or
 *       violations) and the {@linkplain SandboxFixtures demo fixtures} are seeded again, unless the extension was
 *       made with {@link #withoutFixtures()}. No state leaks from one test into the next.
 *   <li>After each test, a request that broke a spec fails that test, with every {@link Violation} named.
 *   <li>{@link #wnologyClient()} and {@link #wapikitClient()} are shared by the tests of the class; build others
 *       from {@link #wnologyClientBuilder()} and {@link #wapikitClientBuilder()} (and close them).
 * </ul>
 *
 * <p>Register it on a {@code static} field. The tests of one class must not run concurrently with each other,
 * since each starts from a reset sandbox; test classes may run in parallel, each with its own extension.
 */
public final class SandboxExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  /** The whole-call deadline of the clients handed out: a call to the loopback fakes takes milliseconds. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The retry policy of the clients handed out: the default number of attempts, with waits of at most 50 ms, and a
   * service's request to wait longer than a second (a rate limit) failing the call at once with a
   * {@code RateLimitedException}.
   */
  public static final RetryPolicy RETRY_POLICY = RetryPolicy.builder()
      .baseDelay(Duration.ofMillis(10))
      .maxDelay(Duration.ofMillis(50))
      .maxRetryAfter(Duration.ofSeconds(1))
      .build();

  private final boolean seedFixtures;

  private Sandbox sandbox;
  private int depth;
  private WnologyClient wnologyClient;
  private WapikitClient wapikitClient;

  private SandboxExtension(boolean seedFixtures) {
    this.seedFixtures = seedFixtures;
  }

  /**
   * An extension that restores the {@linkplain SandboxFixtures demo fixtures} before each test.
   *
   * @return a new extension, to register on a static field
   */
  public static SandboxExtension create() {
    return new SandboxExtension(true);
  }

  /**
   * An extension that starts each test from an empty sandbox: no invites until the test seeds its own.
   *
   * @return a new extension, to register on a static field
   */
  public static SandboxExtension withoutFixtures() {
    return new SandboxExtension(false);
  }

  /**
   * Starts the sandbox before the first test of the class (once, also when {@code @Nested} classes inherit it).
   *
   * @param context the test class's context
   */
  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (depth++ == 0) {
      sandbox = Sandbox.start();
    }
  }

  /**
   * Resets the sandbox and seeds the fixtures again.
   *
   * @param context the test's context
   * @throws ExtensionConfigurationException when the extension is not on a static field, or the tests of its class
   *     run concurrently
   */
  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (sandbox == null) {
      throw new ExtensionConfigurationException(
          "SandboxExtension starts the sandbox once per test class: register it on a static field, "
              + "@RegisterExtension static SandboxExtension sandbox = SandboxExtension.create();");
    }
    if (context.getExecutionMode() == ExecutionMode.CONCURRENT
        && context.getConfigurationParameter("junit.jupiter.execution.parallel.enabled")
            .map(Boolean::parseBoolean).orElse(false)) {
      throw new ExtensionConfigurationException(
          "the tests sharing a SandboxExtension must not run concurrently (each starts from a reset sandbox): "
              + "annotate " + context.getRequiredTestClass().getSimpleName() + " with "
              + "@Execution(ExecutionMode.SAME_THREAD)");
    }
    sandbox.reset();
    if (seedFixtures) {
      sandbox.seedDemoFixtures();
    }
  }

  /**
   * Fails the test when a request it made broke a spec, naming every violation.
   *
   * @param context the test's context
   * @throws AssertionError when the sandbox recorded a violation during the test
   */
  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (sandbox == null) {
      return; // beforeEach already failed the test and said why
    }
    List<Violation> violations = sandbox.violations();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          violations.size() + " request(s) in " + context.getDisplayName()
              + " broke the OpenAPI spec of the service they were sent to:" + System.lineSeparator()
              + violations.stream().map(v -> "  - " + v).collect(Collectors.joining(System.lineSeparator())));
    }
  }

  /**
   * Closes the clients handed out and stops the sandbox after the last test of the class.
   *
   * @param context the test class's context
   */
  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (--depth > 0) {
      return;
    }
    try {
      if (wnologyClient != null) {
        wnologyClient.close();
      }
      if (wapikitClient != null) {
        wapikitClient.close();
      }
    } finally {
      wnologyClient = null;
      wapikitClient = null;
      Sandbox stopping = sandbox;
      sandbox = null;
      if (stopping != null) {
        stopping.close();
      }
    }
  }

  /**
   * The running sandbox: both fakes, their switches and recordings, the outbox.
   *
   * @return the sandbox of the current test class
   * @throws IllegalStateException outside the test class's lifecycle
   */
  public synchronized Sandbox sandbox() {
    if (sandbox == null) {
      throw new IllegalStateException(
          "the sandbox runs only while the tests of the class run (from beforeAll to afterAll)");
    }
    return sandbox;
  }

  /**
   * The WEGnology fake, to seed invites, flip switches and inspect what it received.
   *
   * @return {@code sandbox().wnology()}
   */
  public WnologyFake wnology() {
    return sandbox().wnology();
  }

  /**
   * The WapiKit fake, to seed invites, flip switches and inspect what it received.
   *
   * @return {@code sandbox().wapikit()}
   */
  public WapikitFake wapikit() {
    return sandbox().wapikit();
  }

  /**
   * The emails the services would have sent (invite links, tokens, slugs).
   *
   * @return {@code sandbox().outbox()}
   */
  public SandboxOutbox outbox() {
    return sandbox().outbox();
  }

  /**
   * Where the WEGnology fake listens.
   *
   * @return {@code http://127.0.0.1:PORT/wnology}
   */
  public String wnologyBaseUrl() {
    return sandbox().wnologyBaseUrl();
  }

  /**
   * Where the WapiKit fake listens.
   *
   * @return {@code http://127.0.0.1:PORT/wapikit/api}
   */
  public String wapikitBaseUrl() {
    return sandbox().wapikitBaseUrl();
  }

  /**
   * A WEGnology client of the sandbox, shared by the tests of the class and closed after them: test timeouts
   * ({@link #CALL_TIMEOUT}) and retries ({@link #RETRY_POLICY}).
   *
   * @return the shared client
   */
  public synchronized WnologyClient wnologyClient() {
    if (wnologyClient == null) {
      wnologyClient = wnologyClientBuilder().build();
    }
    return wnologyClient;
  }

  /**
   * A WapiKit client of the sandbox with its API key ({@link SandboxFixtures#API_KEY}), shared by the tests of the
   * class and closed after them: test timeouts ({@link #CALL_TIMEOUT}) and retries ({@link #RETRY_POLICY}).
   *
   * @return the shared client
   */
  public synchronized WapikitClient wapikitClient() {
    if (wapikitClient == null) {
      wapikitClient = wapikitClientBuilder().build();
    }
    return wapikitClient;
  }

  /**
   * A builder with the settings of {@link #wnologyClient()}, for a test that needs a client of its own (other
   * retries, a logger...); the test closes what it builds.
   *
   * @return a new builder pointed at the sandbox
   */
  public WnologyClient.Builder wnologyClientBuilder() {
    return WnologyClient.builder()
        .baseUrl(wnologyBaseUrl())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .writeTimeout(Duration.ofSeconds(5))
        .callTimeout(CALL_TIMEOUT)
        .retryPolicy(RETRY_POLICY);
  }

  /**
   * A builder with the settings of {@link #wapikitClient()} (API key included), for a test that needs a client of
   * its own; the test closes what it builds.
   *
   * @return a new builder pointed at the sandbox
   */
  public WapikitClient.Builder wapikitClientBuilder() {
    return WapikitClient.builder()
        .baseUrl(wapikitBaseUrl())
        .apiKey(SandboxFixtures.API_KEY)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .writeTimeout(Duration.ofSeconds(5))
        .callTimeout(CALL_TIMEOUT)
        .retryPolicy(RETRY_POLICY);
  }

  /**
   * Names the sandbox when it runs.
   *
   * @return {@code "SandboxExtension[...]"}
   */
  @Override
  public synchronized String toString() {
    return "SandboxExtension[" + (sandbox == null ? "not running" : sandbox.toString()) + "]";
  }
}
