package dev.orginvites.wnology;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** Milliseconds as sent by the service, made into a {@link Duration} without ever throwing. */
final class Lifetimes {
  /** The longest {@link Duration}, in milliseconds. */
  private static final BigDecimal MAX_MILLIS =
      new BigDecimal(Long.MAX_VALUE).add(new BigDecimal("0.999999999")).movePointRight(3);

  /** One nanosecond, in milliseconds: anything shorter is zero. */
  private static final BigDecimal ONE_NANO_IN_MILLIS = new BigDecimal("0.000001");

  private Lifetimes() {}

  /**
   * {@code millis} as a duration, exact to the nanosecond (a smaller fraction is dropped); empty for null, a
   * negative value, or one longer than a {@code Duration} holds. The bounds are checked before any arithmetic,
   * so a value like {@code 1E+999999999} or {@code 1E-999999999} costs no more than {@code 1000}.
   */
  static Optional<Duration> ofMillis(BigDecimal millis) {
    if (millis == null || millis.signum() < 0 || millis.compareTo(MAX_MILLIS) > 0) {
      return Optional.empty();
    }
    if (millis.compareTo(ONE_NANO_IN_MILLIS) < 0) {
      return Optional.of(Duration.ZERO);
    }
    BigDecimal[] secondsAndFraction = millis.movePointLeft(3).divideAndRemainder(BigDecimal.ONE);
    long seconds = secondsAndFraction[0].longValueExact();
    long nanos = secondsAndFraction[1].movePointRight(9).longValue();
    return Optional.of(Duration.ofSeconds(seconds, nanos));
  }
}
