package dev.orginvites.core.bulk;

import java.time.Duration;
import java.util.Objects;

/**
 * How a bulk run behaves. Immutable; the defaults suit a service a few tens of milliseconds away with a rate
 * limit: {@value #DEFAULT_CONCURRENCY} invites in flight, paced by the service's rate-limit headers.
 */
public final class BulkOptions {
  /** Invites in flight at once by default. */
  public static final int DEFAULT_CONCURRENCY = 8;
  /** Sends per email by default: a rate-limit wait or an answer lost on the way sends it again. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  /** The longest rate-limit wait honoured by default; a service asking for more fails the email. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(5);

  private static final BulkOptions DEFAULTS = builder().build();

  private final int concurrency;
  private final int maxAttempts;
  private final Duration maxWait;
  private final boolean pacing;
  private final BulkListener listener;

  private BulkOptions(Builder builder) {
    this.concurrency = builder.concurrency;
    this.maxAttempts = builder.maxAttempts;
    this.maxWait = builder.maxWait;
    this.pacing = builder.pacing;
    this.listener = builder.listener;
  }

  /**
   * The defaults, with no listener.
   *
   * @return the default options: {@value #DEFAULT_CONCURRENCY} in flight, {@value #DEFAULT_MAX_ATTEMPTS} sends per
   *     email, waits up to 5 minutes, pacing on
   */
  public static BulkOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from the defaults.
   *
   * @return a new builder holding the defaults and no listener
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How many invites may be in flight at once.
   *
   * @return the concurrency, 1..64
   */
  public int concurrency() {
    return concurrency;
  }

  /**
   * How many times one email may be sent (after a 429, or after an answer that got lost).
   *
   * @return the most sends per email, at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The longest single rate-limit wait honoured.
   *
   * @return the longest wait, positive; a service asking for more fails the email
   */
  public Duration maxWait() {
    return maxWait;
  }

  /**
   * Whether sends are spread over the rate-limit window the service reports, so that 429s do not happen.
   *
   * @return true when sends are paced by the service's rate-limit headers
   */
  public boolean pacing() {
    return pacing;
  }

  /**
   * Hears each email's outcome.
   *
   * @return the listener, or null for none
   */
  public BulkListener listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "BulkOptions{concurrency=" + concurrency + ", maxAttempts=" + maxAttempts + ", maxWait=" + maxWait
        + ", pacing=" + pacing + ", listener=" + (listener != null) + '}';
  }

  /** Builds {@link BulkOptions}; not thread-safe. */
  public static final class Builder {
    private int concurrency = DEFAULT_CONCURRENCY;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration maxWait = DEFAULT_MAX_WAIT;
    private boolean pacing = true;
    private BulkListener listener;

    private Builder() {}

    /**
     * Invites in flight at once, 1..64; default {@value #DEFAULT_CONCURRENCY}.
     *
     * @param concurrency how many invites may be in flight at once, 1..64
     * @return this builder
     * @throws IllegalArgumentException when {@code concurrency} is below 1 or above 64
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 64) {
        throw new IllegalArgumentException("concurrency must be 1..64: " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Sends per email, at least 1; default {@value #DEFAULT_MAX_ATTEMPTS}.
     *
     * @param maxAttempts how many times one email may be sent, at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code maxAttempts} is below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The longest single rate-limit wait honoured; positive; default 5 minutes. A service asking for a longer
     * wait fails the email.
     *
     * @param maxWait the longest rate-limit wait to honour, positive
     * @return this builder
     * @throws NullPointerException when {@code maxWait} is null
     * @throws IllegalArgumentException when {@code maxWait} is zero or negative
     */
    public Builder maxWait(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait");
      if (maxWait.isNegative() || maxWait.isZero()) {
        throw new IllegalArgumentException("maxWait must be positive: " + maxWait);
      }
      this.maxWait = maxWait;
      return this;
    }

    /**
     * Whether to pace sends by the service's rate-limit headers; default true.
     *
     * @param pacing true to spread sends over the rate-limit window the service reports, false to send as fast as
     *     the concurrency allows
     * @return this builder
     */
    public Builder pacing(boolean pacing) {
      this.pacing = pacing;
      return this;
    }

    /**
     * Hears each email's outcome as it is known.
     *
     * @param listener called once per email with its outcome
     * @return this builder
     * @throws NullPointerException when {@code listener} is null
     */
    public Builder listener(BulkListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The options, immutable.
     *
     * @return options holding this builder's values; later changes to the builder do not affect them
     */
    public BulkOptions build() {
      return new BulkOptions(this);
    }
  }
}
