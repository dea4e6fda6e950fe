package dev.orginvites.wnology;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An invite that WEGnology describes by when it was sent ({@code inviteDate}) and how long it stays valid
 * ({@code ttl}, in milliseconds). The generated models with these two fields implement it (through the
 * {@code x-implements} extension in {@code openapi/wnology.yaml}), so the expiry is worked out once, here, and not
 * by every caller.
 *
 * <p>Odd values never throw: a missing date or lifetime, a negative lifetime, or one that ends beyond what a
 * date-time can hold gives an empty result. A fraction of a millisecond is kept down to the nanosecond.
 *
 * <p>The method names have no {@code get}/{@code is} prefix, so JSON serialization of a model does not pick them
 * up as properties.
 */
public interface ExpiringInvite {
  /**
   * When the invite was sent, with the offset the service used.
   *
   * @return the invite date, or {@code null} when the service left it out
   */
  OffsetDateTime getInviteDate();

  /**
   * How long the invite stays valid after {@link #getInviteDate()}, in milliseconds, exactly as sent.
   *
   * @return the lifetime in milliseconds, or {@code null} when the service left it out
   */
  BigDecimal getTtl();

  /**
   * How long the invite stays valid after it was sent: {@link #getTtl()} as a {@link Duration}, exact to the
   * nanosecond (a smaller fraction is dropped).
   *
   * @return the lifetime; empty when the ttl is missing, negative, or longer than a {@code Duration} holds
   */
  default Optional<Duration> lifetime() {
    return Lifetimes.ofMillis(getTtl());
  }

  /**
   * When the invite stops being valid: {@link #getInviteDate()} plus {@link #lifetime()}.
   *
   * @return the expiry; empty when the date or lifetime is missing or unusable (see {@link #lifetime()}), or when
   *     the expiry is beyond what a date-time at the invite's offset can hold (after the year 999,999,999)
   */
  default Optional<Instant> expiresAt() {
    OffsetDateTime sent = getInviteDate();
    if (sent == null) {
      return Optional.empty();
    }
    return lifetime().flatMap(lifetime -> {
      try {
        return Optional.of(sent.plus(lifetime).toInstant());
      } catch (DateTimeException | ArithmeticException beyondTheCalendar) {
        return Optional.empty();
      }
    });
  }

  /**
   * Whether the invite has expired at {@code now}: true from the {@link #expiresAt() expiry} on, false before it
   * and when the expiry is not known. The service has the last word: an accept or reject of an expired invite
   * fails with {@link dev.orginvites.core.InviteExpiredException}.
   *
   * @param now the moment to check, e.g. {@code Instant.now()}
   * @return whether the invite's expiry is known and not after {@code now}
   * @throws NullPointerException when {@code now} is null
   */
  default boolean hasExpiredAt(Instant now) {
    Objects.requireNonNull(now, "now must not be null");
    return expiresAt().map(expiry -> !now.isBefore(expiry)).orElse(false);
  }
}
