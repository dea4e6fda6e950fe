package dev.orginvites.core;

import dev.orginvites.core.internal.ClientConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Settings both clients share. Every setting has a safe default; a builder is not thread-safe, the client it
 * builds is immutable and meant to be shared.
 *
 * @param <B> the concrete builder, so that chained calls keep its type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private HttpUrl baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration writeTimeout = Duration.ofSeconds(30);
  private Duration callTimeout = Duration.ofSeconds(60);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private OkHttpClient okHttpClient;
  private HttpLoggingInterceptor.Logger httpLogger;
  private HttpLoggingInterceptor.Level httpLogLevel = HttpLoggingInterceptor.Level.BASIC;
  private String applicationName;
  private Sleeper sleeper = Sleeper.system();
  private Clock clock = Clock.systemUTC();

  /** Starts with every setting at its default and {@code defaultBaseUrl} as the service's URL. */
  protected ClientBuilder(String defaultBaseUrl) {
    this.baseUrl = HttpUrl.get(defaultBaseUrl);
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The URL the documented paths are relative to, e.g. a sandbox's {@code http://127.0.0.1:8080/wnology}.
   * Defaults to the production service.
   */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
    // The rejected value is not echoed: a mistyped URL may still carry credentials.
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http or https URL");
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      // They would be logged with every request line; credentials go through the client's own settings.
      throw new IllegalArgumentException("baseUrl must not contain a user name or password");
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + parsed.redact());
    }
    this.baseUrl = parsed;
    return self();
  }

  /** How long to wait for a connection; default 10 s. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /** How long to wait for each read from the service; default 30 s. */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return self();
  }

  /** How long to wait for each write to the service; default 30 s. */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = positive(timeout, "writeTimeout");
    return self();
  }

  /** The deadline of a whole call, retries and waits between them included; default 60 s. */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /** When to retry; default {@link RetryPolicy#defaults()}. Use {@link RetryPolicy#disabled()} to turn off. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * An OkHttpClient whose connection pool and dispatcher the client shares. The client adds its own settings
   * on a derived copy and never shuts the shared one down.
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
    return self();
  }

  /**
   * Logs HTTP exchanges to {@code logger} (OkHttp's logging-interceptor) at {@code BASIC} level unless
   * {@link #httpLogLevel} says otherwise. Tokens, API keys and session tokens are redacted from every line.
   */
  public B httpLogger(HttpLoggingInterceptor.Logger logger) {
    this.httpLogger = Objects.requireNonNull(logger, "httpLogger");
    return self();
  }

  /** How much {@link #httpLogger} shows; default {@code BASIC}. */
  public B httpLogLevel(HttpLoggingInterceptor.Level level) {
    this.httpLogLevel = Objects.requireNonNull(level, "httpLogLevel");
    return self();
  }

  /** Added to the User-Agent, e.g. {@code "onboarding-service/2.3"}. */
  public B applicationName(String applicationName) {
    Objects.requireNonNull(applicationName, "applicationName");
    if (applicationName.isBlank() || !applicationName.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("applicationName must be non-blank printable ASCII");
    }
    this.applicationName = applicationName.trim();
    return self();
  }

  /** How retries wait; replace in tests to make them instant. Default: really waits. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /** The clock used to read HTTP-date and Unix-time retry hints; default UTC system clock. */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /** The settings so far, for the concrete builder's {@code build()}. */
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
