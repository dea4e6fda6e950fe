package dev.orginvites.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The misbehaviour a test can switch on for one fake: a delay, forced failures and a rate limit. All
 * methods are synchronized because the HTTP server answers on several threads while the test flips switches.
 */
final class Switches {
  /** What the headers advertise while no limit is set: generous enough that nobody ever hits it. */
  static final int NOMINAL_LIMIT = 1000;

  private static final Duration NOMINAL_WINDOW = Duration.ofMinutes(1);

  private Duration delay = Duration.ZERO;
  private int failuresLeft;
  private int answersToLose;
  private int failureStatus;
  private int limit; // 0 = no limit
  private Duration window = NOMINAL_WINDOW;
  private Instant windowEnd = Instant.MIN;
  private int used;

  synchronized void delay(Duration value) {
    Objects.requireNonNull(value, "delay");
    if (value.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + value);
    }
    delay = value;
  }

  synchronized Duration delay() {
    return delay;
  }

  synchronized void failNext(int count, int status) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be a 4xx or 5xx: " + status);
    }
    failuresLeft = count;
    failureStatus = status;
  }

  /** The status to fail this call with, consuming one forced failure; empty when none is pending. */
  synchronized OptionalInt takeFailure() {
    if (failuresLeft == 0) {
      return OptionalInt.empty();
    }
    failuresLeft--;
    return OptionalInt.of(failureStatus);
  }

  synchronized void loseNextAnswers(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    answersToLose = count;
  }

  /** Whether this call's answer is to be lost after the call took effect, consuming one. */
  synchronized boolean takeLostAnswer() {
    if (answersToLose == 0) {
      return false;
    }
    answersToLose--;
    return true;
  }

  synchronized void rateLimit(int callsPerWindow, Duration windowLength) {
    Objects.requireNonNull(windowLength, "window");
    if (callsPerWindow < 1) {
      throw new IllegalArgumentException("callsPerWindow must be at least 1: " + callsPerWindow);
    }
    if (windowLength.isNegative() || windowLength.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + windowLength);
    }
    limit = callsPerWindow;
    window = windowLength;
    windowEnd = Instant.MIN;
    used = 0;
  }

  synchronized void noRateLimit() {
    limit = 0;
    window = NOMINAL_WINDOW;
    windowEnd = Instant.MIN;
    used = 0;
  }

  /**
   * Counts one call against a fixed window. A window opens with the first call after the previous one ended, at
   * that call's whole second when the length is whole seconds (so the reset time a 429 reports, in whole seconds,
   * is exact), and lasts the configured length. Opening on a call rather than on the wall clock's multiples keeps
   * calls made right after {@link #rateLimit} in one window: a test that sets one call a minute and makes two gets
   * its 429 every time, not only when no minute boundary fell between them. Calls refused with 429 do not use up
   * the window.
   */
  synchronized Quota consume(Instant now) {
    if (!now.isBefore(windowEnd)) {
      Instant start = window.toMillis() % 1000 == 0 ? now.truncatedTo(ChronoUnit.SECONDS) : now;
      windowEnd = start.plus(window);
      used = 0;
    }
    if (limit == 0) {
      return new Quota(false, true, NOMINAL_LIMIT, NOMINAL_LIMIT, windowEnd, now);
    }
    if (used >= limit) {
      return new Quota(true, false, limit, 0, windowEnd, now);
    }
    used++;
    return new Quota(true, true, limit, limit - used, windowEnd, now);
  }

  synchronized void reset() {
    delay = Duration.ZERO;
    failuresLeft = 0;
    answersToLose = 0;
    failureStatus = 0;
    noRateLimit();
  }

  /** The outcome of counting one call, and what to put in the X-RateLimit-* headers. */
  record Quota(boolean enforced, boolean allowed, int limit, int remaining, Instant resetAt, Instant now) {

    /** The reset moment in Unix seconds, rounded up so that a client waiting until then is never early. */
    long resetEpochSeconds() {
      long seconds = resetAt.getEpochSecond();
      return resetAt.getNano() > 0 ? seconds + 1 : seconds;
    }

    /** Whole seconds until the window ends, rounded up and at least 1, as Retry-After requires. */
    long retryAfterSeconds() {
      long millis = Math.max(0, Duration.between(now, resetAt).toMillis());
      return Math.max(1, (millis + 999) / 1000);
    }

    Reply addHeaders(Reply reply) {
      return reply
          .header("X-RateLimit-Limit", Integer.toString(limit))
          .header("X-RateLimit-Remaining", Integer.toString(remaining))
          .header("X-RateLimit-Reset", Long.toString(resetEpochSeconds()));
    }
  }
}
