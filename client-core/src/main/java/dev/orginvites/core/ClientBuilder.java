package dev.orginvites.core;

import dev.orginvites.core.internal.ClientConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Settings both clients share. Every setting has a safe default; a builder is not thread-safe, the client it
 * builds is immutable and meant to be shared.
 *
 * <p>The default timeouts keep a call to a wrong URL short: connect (and TLS handshake) 5 s, read and write
 * 10 s, and 15 s for the whole call with its retries and waits.
 *
 * @param <B> the concrete builder, so that chained calls keep its type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /** Default connect timeout, which also bounds the TLS handshake. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** Default read timeout. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
  /** Default write timeout. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);
  /** Default deadline of a whole call, retries and waits between them included. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);

  private final String environmentPrefix;
  private HttpUrl baseUrl;
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = DEFAULT_READ_TIMEOUT;
  private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
  private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private OkHttpClient okHttpClient;
  private HttpLoggingInterceptor.Logger httpLogger;
  private HttpLoggingInterceptor.Level httpLogLevel = HttpLoggingInterceptor.Level.BASIC;
  private String applicationName;
  private Sleeper sleeper = Sleeper.system();
  private Clock clock = Clock.systemUTC();

  /**
   * Starts with every setting at its default and {@code defaultBaseUrl} as the service's URL.
   *
   * @param environmentPrefix the service's prefix of environment variables, e.g. {@code WAPIKIT} for
   *     {@code WAPIKIT_BASE_URL}; see {@link #fromEnvironment()}
   * @param defaultBaseUrl the production URL of the service
   */
  protected ClientBuilder(String defaultBaseUrl, String environmentPrefix) {
    this.baseUrl = HttpUrl.get(defaultBaseUrl);
    this.environmentPrefix = Objects.requireNonNull(environmentPrefix, "environmentPrefix");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The URL the documented paths are relative to, e.g. a sandbox's {@code http://127.0.0.1:8080/wnology}.
   * Defaults to the production service.
   *
   * @param baseUrl an absolute http or https URL
   * @return this builder
   * @throws IllegalArgumentException when it is not one (the value is not echoed)
   */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    this.baseUrl = parseBaseUrl(baseUrl, "baseUrl");
    return self();
  }

  /**
   * Applies the settings found in the process environment: {@code PREFIX_BASE_URL} and the service's
   * credentials (see the concrete builder), where {@code PREFIX} is {@code WNOLOGY} or {@code WAPIKIT}. Unset or
   * blank variables leave the setting as it is. Settings made after this call override the environment.
   *
   * @throws IllegalArgumentException naming the variable when a value is unusable (never showing a secret)
   * @return this builder
   */
  public B fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * {@link #fromEnvironment()} with the variables of {@code environment}, for tests and launchers.
   *
   * @param environment variable names and values
   * @return this builder
   */
  public B fromEnvironment(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    String url = environment.get(environmentPrefix + "_BASE_URL");
    if (url != null && !url.isBlank()) {
      this.baseUrl = parseBaseUrl(url, environmentPrefix + "_BASE_URL");
    }
    readEnvironment(environment);
    return self();
  }

  /**
   * Reads the concrete client's own variables (its credentials) for {@link #fromEnvironment(Map)}; the default
   * reads none.
   *
   * @param environment variable names and values
   */
  protected void readEnvironment(Map<String, String> environment) {}

  /**
   * The prefix of this service's environment variables, e.g. {@code WAPIKIT}.
   *
   * @return the prefix, without the underscore
   */
  protected final String environmentPrefix() {
    return environmentPrefix;
  }

  /**
   * Whether the base URL is plain http to a host other than this machine (credentials would travel bare).
   *
   * @return true for {@code http://} to a host that is not a loopback address
   */
  protected final boolean isInsecureRemote() {
    return !baseUrl.isHttps() && !isLoopback(baseUrl.host());
  }

  /**
   * The host of the base URL, for messages.
   *
   * @return the host name or address
   */
  protected final String baseUrlHost() {
    return baseUrl.host();
  }

  private static HttpUrl parseBaseUrl(String value, String name) {
    HttpUrl parsed = HttpUrl.parse(value.trim());
    // The rejected value is not echoed: a mistyped URL may still carry credentials.
    if (parsed == null) {
      throw new IllegalArgumentException(name + " must be an absolute http or https URL");
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      // They would be logged with every request line; credentials go through the client's own settings.
      throw new IllegalArgumentException(name + " must not contain a user name or password");
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException(name + " must not have a query or fragment: " + parsed.redact());
    }
    return parsed;
  }

  private static boolean isLoopback(String host) {
    String name = host.toLowerCase(java.util.Locale.ROOT);
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return true;
    }
    // Only literal addresses are checked: resolving a name here would be a DNS call while building.
    if (!name.matches("[0-9.]+") && !name.contains(":")) {
      return false;
    }
    try {
      return java.net.InetAddress.getByName(name).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /**
   * How long to wait for a connection, TLS handshake included; default 5 s.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * How long to wait for each read from the service; default 10 s.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return self();
  }

  /**
   * How long to wait for each write to the service; default 10 s.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = positive(timeout, "writeTimeout");
    return self();
  }

  /**
   * The deadline of a whole call, retries and waits between them included; default 15 s.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /**
   * When to retry; default {@link RetryPolicy#defaults()}. Use {@link RetryPolicy#disabled()} to turn off.
   *
   * @param retryPolicy the policy
   * @return this builder
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * An OkHttpClient whose connection pool and dispatcher the client shares. The client adds its own settings
   * on a derived copy and never shuts the shared one down.
   *
   * @param okHttpClient the client to derive from
   * @return this builder
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
    return self();
  }

  /**
   * Logs HTTP exchanges to {@code logger} (OkHttp's logging-interceptor) at {@code BASIC} level unless
   * {@link #httpLogLevel} says otherwise. Tokens, API keys and session tokens are redacted from every line.
   *
   * @param logger where the lines go
   * @return this builder
   */
  public B httpLogger(HttpLoggingInterceptor.Logger logger) {
    this.httpLogger = Objects.requireNonNull(logger, "httpLogger");
    return self();
  }

  /**
   * How much {@link #httpLogger} shows; default {@code BASIC}.
   *
   * @param level how much to log
   * @return this builder
   */
  public B httpLogLevel(HttpLoggingInterceptor.Level level) {
    this.httpLogLevel = Objects.requireNonNull(level, "httpLogLevel");
    return self();
  }

  /**
   * Added to the User-Agent, e.g. {@code "onboarding-service/2.3"}.
   *
   * @param applicationName non-blank printable ASCII
   * @return this builder
   */
  public B applicationName(String applicationName) {
    Objects.requireNonNull(applicationName, "applicationName");
    if (applicationName.isBlank() || !applicationName.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("applicationName must be non-blank printable ASCII");
    }
    this.applicationName = applicationName.trim();
    return self();
  }

  /**
   * How retries wait; replace in tests to make them instant. Default: really waits.
   *
   * @param sleeper how to wait
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * The clock used to read HTTP-date and Unix-time retry hints; default UTC system clock.
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * The settings so far, for the concrete builder's {@code build()}.
   *
   * @return the validated settings
   */
  protected final ClientConfig config() {
    return new ClientConfig(baseUrl, connectTimeout, readTimeout, writeTimeout, callTimeout, retryPolicy,
        okHttpClient, httpLogger, httpLogLevel, applicationName, sleeper, clock);
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }
}
