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

  /** The defaults, with no listener. */
  public static BulkOptions defaults() {
    return DEFAULTS;
  }

  /** Starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many invites may be in flight at once. */
  public int concurrency() {
    return concurrency;
  }

  /** How many times one email may be sent (after a 429, or after an answer that got lost). */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The longest single rate-limit wait honoured. */
  public Duration maxWait() {
    return maxWait;
  }

  /** Whether sends are spread over the rate-limit window the service reports, so that 429s do not happen. */
  public boolean pacing() {
    return pacing;
  }

  /** Hears each email's outcome; null for none. */
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

    /** Invites in flight at once, 1..64; default {@value #DEFAULT_CONCURRENCY}. */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 64) {
        throw new IllegalArgumentException("concurrency must be 1..64: " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /** Sends per email, at least 1; default {@value #DEFAULT_MAX_ATTEMPTS}. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The longest single rate-limit wait honoured; positive; default 5 minutes. */
    public Builder maxWait(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait");
      if (maxWait.isNegative() || maxWait.isZero()) {
        throw new IllegalArgumentException("maxWait must be positive: " + maxWait);
      }
      this.maxWait = maxWait;
      return this;
    }

    /** Whether to pace sends by the service's rate-limit headers; default true. */
    public Builder pacing(boolean pacing) {
      this.pacing = pacing;
      return this;
    }

    /** Hears each email's outcome as it is known. */
    public Builder listener(BulkListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The options, immutable. */
    public BulkOptions build() {
      return new BulkOptions(this);
    }
  }
}
