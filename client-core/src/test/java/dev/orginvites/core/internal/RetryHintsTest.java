package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class RetryHintsTest {
  /** Sun, 06 Nov 1994 08:49:30 GMT: the example date of the HTTP spec, seven seconds before it. */
  private static final Instant NOW = Instant.parse("1994-11-06T08:49:30Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  /** 2030-01-15T10:00:00Z, Unix time 1894701600: resets are Unix times, read as such from 1e9 (2001) on. */
  private static final Clock RESET_CLOCK = Clock.fixed(Instant.ofEpochSecond(1_894_701_600L), ZoneOffset.UTC);

  @ParameterizedTest(name = "Retry-After: \"{0}\" -> {1} ms")
  @CsvSource(delimiter = '|', value = {
      "0 | 0",
      "2 | 2000",
      "' 120 ' | 120000",
      "1.5 | 1500",
      "0.0001 | 1",
      "Sun, 06 Nov 1994 08:49:37 GMT | 7000",
      "Sunday, 06-Nov-94 08:49:37 GMT | 7000",
      "Sun Nov  6 08:49:37 1994 | 7000",
      "Sun, 06 Nov 1994 08:49:00 GMT | 0",
      "99999999999999999999999 | 1000000000000"})
  void retryAfterReadsSecondsDecimalsAndHttpDates(String value, long expectedMillis) {
    assertThat(RetryHints.retryAfter(value, CLOCK)).isEqualTo(Duration.ofMillis(expectedMillis));
  }

  @ParameterizedTest(name = "Retry-After: \"{0}\" is ignored")
  @ValueSource(strings = {"", "  ", "soon", "-5", "+5", "1e3", "2d", "NaN", "Infinity", "0x10", "1.", ".5",
      "5 seconds", "Sun, 06 Foo 1994 08:49:37 GMT", "1994-11-06T08:49:37Z", "éé"})
  void retryAfterIgnoresWhatItCannotRead(String value) {
    assertThat(RetryHints.retryAfter(value, CLOCK)).isNull();
  }

  @Test
  void retryAfterIgnoresAMissingHeader() {
    assertThat(RetryHints.retryAfter(null, CLOCK)).isNull();
  }

  @ParameterizedTest(name = "X-RateLimit-Reset: \"{0}\" -> {1} ms")
  @CsvSource(delimiter = '|', value = {
      "1894701607 | 7000",
      "1894701600 | 0",
      "1894700000 | 0",
      "1894701607.5 | 7500",
      "30 | 30000",
      "' 30 ' | 30000",
      "99999999999999999999 | 1000000000000"})
  void rateLimitResetReadsUnixSecondsAndSmallDeltas(String value, long expectedMillis) {
    assertThat(RetryHints.rateLimitReset(value, RESET_CLOCK)).isEqualTo(Duration.ofMillis(expectedMillis));
  }

  @ParameterizedTest(name = "X-RateLimit-Reset: \"{0}\" is ignored")
  @ValueSource(strings = {"", "later", "-1", "1e9", "Sun, 06 Nov 1994 08:49:37 GMT"})
  void rateLimitResetIgnoresWhatItCannotRead(String value) {
    assertThat(RetryHints.rateLimitReset(value, RESET_CLOCK)).isNull();
  }

  @Test
  void retryAfterWinsOverTheRateLimitReset() {
    Headers headers = Headers.of("Retry-After", "2", "X-RateLimit-Reset", "1894701607");
    assertThat(RetryHints.parse(429, headers, RESET_CLOCK)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void theRateLimitResetIsAHintOnlyOnA429() {
    Headers headers = Headers.of("X-RateLimit-Reset", "1894701607");
    assertThat(RetryHints.parse(429, headers, RESET_CLOCK)).isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryHints.parse(503, headers, RESET_CLOCK)).isNull();
    assertThat(RetryHints.parse(200, headers, RESET_CLOCK)).isNull();
  }

  @Test
  void anUnreadableRetryAfterFallsBackToTheRateLimitReset() {
    Headers headers = Headers.of("Retry-After", "soon", "X-RateLimit-Reset", "1894701607");
    assertThat(RetryHints.parse(429, headers, RESET_CLOCK)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void noHeadersNoHint() {
    assertThat(RetryHints.parse(429, Headers.of(), CLOCK)).isNull();
  }
}
