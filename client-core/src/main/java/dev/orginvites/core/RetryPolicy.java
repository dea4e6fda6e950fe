package dev.orginvites.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to wait before trying a call again. Immutable and shared freely.
 *
 * <p>What is retried: a call whose connection failed before the request was sent (any method), and a GET
 * answered 408, 429, 502, 503 or 504 or cut off by a network failure. An accept, reject or create (POST) is
 * never sent again once it may have reached the service. Waits grow exponentially from {@link #baseDelay()}
 * up to {@link #maxDelay()} with full jitter; a {@code Retry-After} or {@code X-RateLimit-Reset} hint from the
 * service replaces the computed wait, unless it is longer than {@link #maxRetryAfter()}: then the call fails at
 * once with the hint in {@link InviteApiException#retryAfter()}. No retry outlives the client's call timeout.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy DISABLED = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.maxRetryAfter = builder.maxRetryAfter;
  }

  /**
   * Three attempts, waits from 200 ms up to 5 s, service hints honoured up to 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * One attempt only.
   *
   * @return a policy that never retries
   */
  public static RetryPolicy disabled() {
    return DISABLED;
  }

  /**
   * Starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Attempts in all, the first included; 1 means no retry.
   *
   * @return 1..20
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The bound of the first retry's wait; each later retry doubles it, up to {@link #maxDelay()}.
   *
   * @return the base delay
   */
  public Duration baseDelay() {
    return baseDelay;
  }

  /**
   * The largest computed wait between two attempts (service hints are capped by {@link #maxRetryAfter()}).
   *
   * @return the maximum delay
   */
  public Duration maxDelay() {
    return maxDelay;
  }

  /**
   * The longest service-requested wait that is honoured; a longer one fails the call with the hint.
   *
   * @return the longest honoured hint
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Whether any retry can happen.
   *
   * @return true when more than one attempt is allowed
   */
  public boolean enabled() {
    return maxAttempts > 1;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry): a uniformly random duration between
   * zero and the capped exponential bound ("full jitter"). {@code unitRandom} is in [0, 1).
   *
   * @param retry the retry number, from 1
   * @param unitRandom a random number in [0, 1)
   * @return the wait
   */
  public Duration backoff(int retry, double unitRandom) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1: " + retry);
    }
    if (!(unitRandom >= 0 && unitRandom < 1)) {
      throw new IllegalArgumentException("unitRandom must be in [0, 1): " + unitRandom);
    }
    return Duration.ofMillis((long) (bound(retry).toMillis() * unitRandom));
  }

  /**
   * The upper end of the wait before retry number {@code retry}: {@code baseDelay * 2^(retry-1)}, but never
   * more than {@link #maxDelay()}. The wait itself is drawn from [0, bound).
   *
   * @param retry the retry number, from 1
   * @return the exclusive upper end of the wait
   */
  public Duration bound(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1: " + retry);
    }
    long base = baseDelay.toMillis();
    long cap = maxDelay.toMillis();
    int doublings = Math.min(retry - 1, 62);
    // Compared before shifting: base << doublings can overflow into a negative wait.
    return Duration.ofMillis(base > (cap >> doublings) ? cap : Math.min(cap, base << doublings));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
        + ", maxRetryAfter=" + maxRetryAfter + '}';
  }

  /** Builds a {@link RetryPolicy}; every setting starts at the default. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Attempts in all, the first included (1 turns retries off).
     *
     * @param maxAttempts 1..20
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new IllegalArgumentException("maxAttempts must be 1..20: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The bound of the first retry's wait; default 200 ms.
     *
     * @param baseDelay not negative
     * @return this builder
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /**
     * The largest computed wait; default 5 s. Must not be shorter than the base delay.
     *
     * @param maxDelay not negative
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /**
     * The longest service-requested wait that is honoured; default 30 s.
     *
     * @param maxRetryAfter not negative
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * The policy with these settings.
     *
     * @return the policy
     * @throws IllegalArgumentException when the max delay is shorter than the base delay
     */
    public RetryPolicy build() {
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("maxDelay must not be shorter than baseDelay");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }
  }
}
