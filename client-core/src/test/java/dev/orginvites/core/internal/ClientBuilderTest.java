package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.Sleeper;
import dev.orginvites.core.testing.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared builder settings, through the test client's builder (the facades' builders inherit them). */
final class ClientBuilderTest {
  @Test
  void defaultsAreSafe() {
    ClientConfig config = ProbeClient.builder().settings();
    assertThat(config.baseUrl().toString()).isEqualTo("https://probe.invalid/");
    assertThat(config.connectTimeout).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.readTimeout).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.writeTimeout).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.callTimeout).isEqualTo(Duration.ofSeconds(15));
    assertThat(config.retryPolicy).isSameAs(RetryPolicy.defaults());
    assertThat(config.sleeper).isSameAs(Sleeper.system());
    assertThat(config.clock).isEqualTo(Clock.systemUTC());
    assertThat(config.httpLogger).isNull();
    assertThat(config.httpLogLevel).isEqualTo(HttpLoggingInterceptor.Level.BASIC);
    assertThat(config.sharedClient).isNull();
    assertThat(config.applicationName).isNull();
  }

  /**
   * A call to a wrong URL ends within the call deadline whatever goes wrong (a host that never accepts, a server
   * that never answers, retries and their waits): by default, about 15 s.
   */
  @Test
  void noDefaultLetsACallToAWrongUrlTakeLongerThanAboutFifteenSeconds() {
    ClientConfig config = ProbeClient.builder().settings();
    assertThat(config.callTimeout).isLessThanOrEqualTo(Duration.ofSeconds(15));
    // Even without the deadline, three connect attempts that time out stay near it.
    Duration connectAttempts = config.connectTimeout.multipliedBy(config.retryPolicy.maxAttempts())
        .plus(config.retryPolicy.bound(1)).plus(config.retryPolicy.bound(2));
    assertThat(connectAttempts).isLessThanOrEqualTo(Duration.ofSeconds(16));
  }

  @Test
  void theEnvironmentSetsTheBaseUrlByTheServicesPrefix() {
    ClientConfig config = ProbeClient.builder()
        .fromEnvironment(Map.of("PROBE_BASE_URL", " http://127.0.0.1:8080/probe ", "OTHER_BASE_URL", "x"))
        .settings();
    assertThat(config.baseUrl().toString()).isEqualTo("http://127.0.0.1:8080/probe");
  }

  @Test
  void unsetOrBlankVariablesLeaveTheDefaults() {
    assertThat(ProbeClient.builder().fromEnvironment(Map.of()).settings().baseUrl().toString())
        .isEqualTo("https://probe.invalid/");
    assertThat(ProbeClient.builder().fromEnvironment(Map.of("PROBE_BASE_URL", "  ")).settings().baseUrl()
        .toString()).isEqualTo("https://probe.invalid/");
  }

  @Test
  void aBadVariableIsNamedAndItsValueNotShown() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProbeClient.builder().fromEnvironment(Map.of("PROBE_BASE_URL", "secret-ish:host")))
        .withMessage("PROBE_BASE_URL must be an absolute http or https URL");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProbeClient.builder().fromEnvironment(Map.of("PROBE_BASE_URL", "https://u:pw@h/")))
        .withMessage("PROBE_BASE_URL must not contain a user name or password");
  }

  @Test
  void everySettingIsKept() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).build();
    Sleeper sleeper = new RecordingSleeper();
    Clock clock = Clock.systemDefaultZone();
    OkHttpClient shared = new OkHttpClient();
    HttpLoggingInterceptor.Logger logger = line -> {};
    ClientConfig config = ProbeClient.builder()
        .baseUrl("  http://127.0.0.1:8080/wnology  ")
        .connectTimeout(Duration.ofMillis(1)).readTimeout(Duration.ofMillis(2))
        .writeTimeout(Duration.ofMillis(3)).callTimeout(Duration.ofMillis(4))
        .retryPolicy(policy).sleeper(sleeper).clock(clock).okHttpClient(shared)
        .httpLogger(logger).httpLogLevel(HttpLoggingInterceptor.Level.HEADERS)
        .applicationName(" onboarding/2.3 ")
        .settings();
    assertThat(config.baseUrl().toString()).isEqualTo("http://127.0.0.1:8080/wnology");
    assertThat(config.connectTimeout).isEqualTo(Duration.ofMillis(1));
    assertThat(config.readTimeout).isEqualTo(Duration.ofMillis(2));
    assertThat(config.writeTimeout).isEqualTo(Duration.ofMillis(3));
    assertThat(config.callTimeout).isEqualTo(Duration.ofMillis(4));
    assertThat(config.retryPolicy).isSameAs(policy);
    assertThat(config.sleeper).isSameAs(sleeper);
    assertThat(config.clock).isSameAs(clock);
    assertThat(config.sharedClient).isSameAs(shared);
    assertThat(config.httpLogger).isSameAs(logger);
    assertThat(config.httpLogLevel).isEqualTo(HttpLoggingInterceptor.Level.HEADERS);
    assertThat(config.applicationName).isEqualTo("onboarding/2.3");
  }

  @Test
  void timeoutsMustBePositive() {
    assertRejected(b -> b.connectTimeout(Duration.ZERO), "connectTimeout");
    assertRejected(b -> b.readTimeout(Duration.ofMillis(-1)), "readTimeout");
    assertRejected(b -> b.writeTimeout(Duration.ZERO), "writeTimeout");
    assertRejected(b -> b.callTimeout(Duration.ofSeconds(-5)), "callTimeout");
  }

  @Test
  void nullsAreRejectedWithTheSettingsName() {
    assertNull(b -> b.baseUrl(null), "baseUrl");
    assertNull(b -> b.connectTimeout(null), "connectTimeout");
    assertNull(b -> b.readTimeout(null), "readTimeout");
    assertNull(b -> b.writeTimeout(null), "writeTimeout");
    assertNull(b -> b.callTimeout(null), "callTimeout");
    assertNull(b -> b.retryPolicy(null), "retryPolicy");
    assertNull(b -> b.okHttpClient(null), "okHttpClient");
    assertNull(b -> b.httpLogger(null), "httpLogger");
    assertNull(b -> b.httpLogLevel(null), "httpLogLevel");
    assertNull(b -> b.applicationName(null), "applicationName");
    assertNull(b -> b.sleeper(null), "sleeper");
    assertNull(b -> b.clock(null), "clock");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not a url", "ftp://example.com/", "//example.com/", "example.com/api"})
  void baseUrlMustBeAnAbsoluteHttpUrl(String url) {
    assertRejected(b -> b.baseUrl(url), "absolute http or https URL");
  }

  @Test
  void baseUrlMustNotHaveAQueryOrFragment() {
    assertRejected(b -> b.baseUrl("https://api.example/?token=s3cr3t-value"), "query or fragment");
    assertRejected(b -> b.baseUrl("https://api.example/#part"), "query or fragment");
  }

  @Test
  void baseUrlMustNotCarryCredentialsNorEchoThem() {
    assertThatThrownBy(() -> ProbeClient.builder().baseUrl("https://user:s3cr3t-pass@api.example/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user name or password")
        .hasMessageNotContaining("s3cr3t-pass");
    assertThatThrownBy(() -> ProbeClient.builder().baseUrl("https://s3cr3t-key@api.example/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("s3cr3t-key");
  }

  @Test
  void aRejectedQueryIsNotEchoed() {
    assertThatThrownBy(() -> ProbeClient.builder().baseUrl("https://api.example/?token=s3cr3t-value"))
        .hasMessageNotContaining("s3cr3t-value");
    assertThatThrownBy(() -> ProbeClient.builder().baseUrl("not a url with s3cr3t-value"))
        .hasMessageNotContaining("s3cr3t-value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "caf\u00e9/1.0", "tab\there", "new\nline"})
  void applicationNameMustBePrintableAscii(String name) {
    assertRejected(b -> b.applicationName(name), "applicationName");
  }

  @Test
  void theUserAgentNamesTheApplicationFirst() {
    assertThat(HttpStack.userAgent("probe", null)).startsWith("org-invites-java/").contains("(probe; Java ");
    assertThat(HttpStack.userAgent("probe", "onboarding/2.3")).startsWith("onboarding/2.3 org-invites-java/");
  }

  private static void assertRejected(Consumer<ProbeClient.Builder> setting, String messagePart) {
    assertThatThrownBy(() -> setting.accept(ProbeClient.builder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(messagePart);
  }

  private static void assertNull(Consumer<ProbeClient.Builder> setting, String name) {
    assertThatThrownBy(() -> setting.accept(ProbeClient.builder()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(name);
  }
}
