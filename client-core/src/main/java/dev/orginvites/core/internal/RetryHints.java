package dev.orginvites.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Reads how long a service asked the caller to wait: {@code Retry-After} first (delay-seconds, also with a
 * decimal fraction, or an HTTP-date), then {@code X-RateLimit-Reset} (a Unix time in seconds). A value that
 * cannot be read is ignored, never an error: a hint is advice, and a hostile one must not break the call.
 */
final class RetryHints {
  /** Below this, an X-RateLimit-Reset value is read as seconds from now rather than a Unix time. */
  private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;
  /** Longer hints are clamped here: any of them is far past every cap, and the arithmetic stays in range. */
  private static final long MAX_SECONDS = 1_000_000_000L;
  private static final Pattern DECIMAL_SECONDS = Pattern.compile("\\d{1,40}(?:\\.\\d{1,9})?");

  private RetryHints() {}

  static Duration parse(int status, Headers headers, Clock clock) {
    Duration retryAfter = retryAfter(headers.get("Retry-After"), clock);
    if (retryAfter != null) {
      return retryAfter;
    }
    // Every WapiKit response carries X-RateLimit-Reset; it only says "wait" on a 429.
    return status == 429 ? rateLimitReset(headers.get("X-RateLimit-Reset"), clock) : null;
  }

  /** A {@code Retry-After} value: seconds ("120", "1.5") or an HTTP-date; null when absent or unreadable. */
  static Duration retryAfter(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    if (DECIMAL_SECONDS.matcher(text).matches()) {
      return seconds(new BigDecimal(text));
    }
    Instant at = httpDate(text);
    return at == null ? null : until(at, clock);
  }

  /** An {@code X-RateLimit-Reset} value: a Unix time in seconds (or, when small, seconds from now). */
  static Duration rateLimitReset(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    if (!DECIMAL_SECONDS.matcher(text).matches()) {
      return null;
    }
    BigDecimal number = new BigDecimal(text);
    if (number.compareTo(BigDecimal.valueOf(EPOCH_SECONDS_THRESHOLD)) < 0) {
      return seconds(number);
    }
    if (number.compareTo(BigDecimal.valueOf(clock.instant().getEpochSecond() + MAX_SECONDS)) > 0) {
      return Duration.ofSeconds(MAX_SECONDS);
    }
    long millis = number.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    return until(Instant.ofEpochMilli(millis), clock);
  }

  private static Duration seconds(BigDecimal seconds) {
    if (seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
      return Duration.ofSeconds(MAX_SECONDS);
    }
    // Rounded up: waiting a millisecond longer than asked is harmless, a millisecond shorter may be refused.
    return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact());
  }

  private static Instant httpDate(String text) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException notRfc1123) {
      // The obsolete forms (RFC 850, asctime) that HTTP still asks recipients to accept; OkHttp parses them.
      try {
        Date date = Headers.of("Retry-After", text).getDate("Retry-After");
        return date == null ? null : date.toInstant();
      } catch (IllegalArgumentException notAsciiHeaderValue) {
        return null;
      }
    }
  }

  private static Duration until(Instant at, Clock clock) {
    Duration wait = Duration.between(clock.instant(), at);
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.getSeconds() > MAX_SECONDS ? Duration.ofSeconds(MAX_SECONDS) : wait;
  }
}
