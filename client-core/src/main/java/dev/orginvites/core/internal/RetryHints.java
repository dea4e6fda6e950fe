package dev.orginvites.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;

/** Reads how long a service asked the caller to wait: {@code Retry-After} first, then {@code X-RateLimit-Reset}. */
final class RetryHints {
  /** Below this, an X-RateLimit-Reset value is read as seconds from now rather than a Unix time. */
  private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

  private RetryHints() {}

  static Duration parse(int status, Headers headers, Clock clock) {
    Duration retryAfter = retryAfter(headers.get("Retry-After"), clock);
    if (retryAfter != null) {
      return retryAfter;
    }
    // Every WapiKit response carries X-RateLimit-Reset; it only says "wait" on a 429.
    return status == 429 ? rateLimitReset(headers.get("X-RateLimit-Reset"), clock) : null;
  }

  static Duration retryAfter(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    try {
      double seconds = Double.parseDouble(text);
      if (seconds >= 0 && !Double.isInfinite(seconds) && !Double.isNaN(seconds)) {
        return Duration.ofMillis((long) Math.ceil(Math.min(seconds, 1e9) * 1000));
      }
      return null;
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return nonNegative(Duration.between(clock.instant(), at));
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  static Duration rateLimitReset(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long number = Long.parseLong(value.trim());
      if (number < 0) {
        return null;
      }
      if (number < EPOCH_SECONDS_THRESHOLD) {
        return Duration.ofSeconds(number);
      }
      return nonNegative(Duration.between(clock.instant(), Instant.ofEpochSecond(number)));
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
