package dev.orginvites.core.internal;

import java.time.Clock;
import java.util.function.LongSupplier;
import okhttp3.Headers;

/**
 * What a client has learned about the service's rate limit from the {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} headers of its responses: the current window's
 * limit, the fewest calls the service said were left in it, and when it ends (in this JVM's {@code nanoTime}).
 * A bulk run's {@link Pacer} reads it to spread its calls over the window; {@link HttpStack}'s network hop feeds
 * it every response. Thread-safe; one per client.
 */
public final class RateLimitMeter {
  /** The window the newest reset time belongs to. Immutable. */
  static final class Window {
    final long resetEpochSeconds;
    final int limit;
    final int minRemaining;
    /** The end of the window in {@code nanoTime}, from the reset time and the clock at the response. */
    final long endNanos;

    Window(long resetEpochSeconds, int limit, int minRemaining, long endNanos) {
      this.resetEpochSeconds = resetEpochSeconds;
      this.limit = limit;
      this.minRemaining = minRemaining;
      this.endNanos = endNanos;
    }
  }

  private final Clock clock;
  private final LongSupplier nanoTime;
  private Window current;
  private long responses;

  RateLimitMeter(Clock clock, LongSupplier nanoTime) {
    this.clock = clock;
    this.nanoTime = nanoTime;
  }

  /** A meter on the system's clocks. */
  static RateLimitMeter system(Clock clock) {
    return new RateLimitMeter(clock, System::nanoTime);
  }

  /** Reads one response's headers; responses without all three (or with unreadable ones) only count. */
  void record(Headers headers) {
    Long limit = number(headers.get("X-RateLimit-Limit"));
    Long remaining = number(headers.get("X-RateLimit-Remaining"));
    Long reset = number(headers.get("X-RateLimit-Reset"));
    long now = nanoTime.getAsLong();
    long wallMillis = clock.millis();
    synchronized (this) {
      responses++;
      if (limit == null || remaining == null || reset == null || limit < 1 || remaining < 0) {
        return;
      }
      long endNanos = now + Math.max(0, Math.multiplyExact(Math.min(reset, 4_000_000_000L), 1000L) - wallMillis)
          * 1_000_000L;
      int cappedLimit = (int) Math.min(limit, Integer.MAX_VALUE);
      int cappedRemaining = (int) Math.min(remaining, cappedLimit);
      if (current == null || reset > current.resetEpochSeconds) {
        current = new Window(reset, cappedLimit, cappedRemaining, endNanos);
      } else if (reset == current.resetEpochSeconds && cappedRemaining < current.minRemaining) {
        current = new Window(reset, current.limit, cappedRemaining, current.endNanos);
      }
      // An older window's answer arriving late says nothing about the current one.
    }
  }

  /** The newest window seen, or null before any response carried the headers. */
  synchronized Window current() {
    return current;
  }

  /** How many responses the meter has seen, with or without the headers. */
  synchronized long responses() {
    return responses;
  }

  private static Long number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
