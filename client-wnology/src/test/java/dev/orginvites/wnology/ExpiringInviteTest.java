package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orginvites.core.internal.Json;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expiry and lifetime from inviteDate + ttl, worked out by the library, odd values included. */
class ExpiringInviteTest extends TestClients.ClientTest {
  private static final OffsetDateTime SENT = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
  private static final BigDecimal WEEK_MS = new BigDecimal("604800000");
  /** The longest Duration, in milliseconds. */
  private static final BigDecimal MAX_DURATION_MS = new BigDecimal(Long.MAX_VALUE).movePointRight(3)
      .add(new BigDecimal("999.999999"));

  private static OrgInvitationInfo invite(OffsetDateTime sent, BigDecimal ttl) {
    return new OrgInvitationInfo().inviteDate(sent).ttl(ttl);
  }

  @Test
  void theGeneratedModelIsAnExpiringInvite() {
    assertThat(ExpiringInvite.class).isAssignableFrom(OrgInvitationInfo.class);
  }

  @Test
  void aWeekAfterTheInviteDate() {
    OrgInvitationInfo invite = invite(SENT, WEEK_MS);

    assertThat(invite.lifetime()).contains(Duration.ofDays(7));
    assertThat(invite.expiresAt()).contains(Instant.parse("2026-11-08T12:00:00Z"));
    assertThat(invite.hasExpiredAt(Instant.parse("2026-11-08T11:59:59.999999999Z"))).isFalse();
    assertThat(invite.hasExpiredAt(Instant.parse("2026-11-08T12:00:00Z"))).as("at the expiry").isTrue();
    assertThat(invite.hasExpiredAt(Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
    assertThat(invite.hasExpiredAt(Instant.parse("2026-10-01T00:00:00Z"))).as("before it was sent").isFalse();
  }

  @Test
  void theOffsetOfTheInviteDateDoesNotShiftTheInstant() {
    OffsetDateTime sentInIndia = OffsetDateTime.parse("2026-11-01T17:30:00+05:30");

    assertThat(invite(sentInIndia, WEEK_MS).expiresAt()).contains(Instant.parse("2026-11-08T12:00:00Z"));
  }

  @Test
  void readFromTheServiceAndLeftOutOfTheJson() throws JsonProcessingException {
    server.enqueue(json(200, "{\"inviteDate\":\"2026-11-01T09:00:00-03:00\",\"ttl\":259200000.5}"));

    OrgInvitationInfo info = client.invites().get("t0ken", "ann@example.com");

    assertThat(info.lifetime()).contains(Duration.ofDays(3).plusNanos(500_000));
    assertThat(info.expiresAt()).contains(Instant.parse("2026-11-04T12:00:00.0005Z"));
    JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(info));
    assertThat(written.has("expiresAt")).isFalse();
    assertThat(written.has("lifetime")).isFalse();
    assertThat(written.has("ttl")).isTrue();
  }

  @Test
  void nothingIsKnownWithoutATtl() {
    OrgInvitationInfo invite = invite(SENT, null);

    assertThat(invite.lifetime()).isEmpty();
    assertThat(invite.expiresAt()).isEmpty();
    assertThat(invite.hasExpiredAt(Instant.MAX)).isFalse();
  }

  @Test
  void aLifetimeButNoExpiryWithoutAnInviteDate() {
    OrgInvitationInfo invite = invite(null, WEEK_MS);

    assertThat(invite.lifetime()).contains(Duration.ofDays(7));
    assertThat(invite.expiresAt()).isEmpty();
    assertThat(invite.hasExpiredAt(Instant.MAX)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.000001", "-604800000", "-1E+30"})
  void aNegativeTtlIsNotALifetime(String ttl) {
    OrgInvitationInfo invite = invite(SENT, new BigDecimal(ttl));

    assertThat(invite.lifetime()).isEmpty();
    assertThat(invite.expiresAt()).isEmpty();
    assertThat(invite.hasExpiredAt(SENT.toInstant().plusSeconds(1))).isFalse();
  }

  @Test
  void aZeroTtlExpiresWhenSent() {
    OrgInvitationInfo invite = invite(SENT, BigDecimal.ZERO);

    assertThat(invite.lifetime()).contains(Duration.ZERO);
    assertThat(invite.expiresAt()).contains(SENT.toInstant());
    assertThat(invite.hasExpiredAt(SENT.toInstant())).isTrue();
  }

  @ParameterizedTest(name = "{0} ms")
  @CsvSource({
      "1500.25, 1, 500250000",
      "0.000001, 0, 1",
      "0.0000019, 0, 1",
      "0.0000001, 0, 0",
      "1E-9, 0, 0",
      "999.9999999, 0, 999999999",
      "1, 0, 1000000",
      "9007199254740993, 9007199254740, 993000000",
  })
  void fractionsAreKeptToTheNanosecond(String ttl, long seconds, long nanos) {
    assertThat(invite(SENT, new BigDecimal(ttl)).lifetime()).contains(Duration.ofSeconds(seconds, nanos));
  }

  @Test
  void theLongestDurationIsTheLastLifetime() {
    assertThat(invite(SENT, MAX_DURATION_MS).lifetime()).contains(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
    assertThat(invite(SENT, MAX_DURATION_MS.add(new BigDecimal("0.000001"))).lifetime()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+20", "1E+30", "9223372036854775807000", "1E+999999999"})
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void anExpiryBeyondTheCalendarIsEmptyWithoutThrowing(String ttl) {
    OrgInvitationInfo invite = invite(SENT, new BigDecimal(ttl));

    assertThat(invite.expiresAt()).isEmpty();
    assertThat(invite.hasExpiredAt(Instant.MAX)).isFalse();
  }

  @Test
  void anExpiryNearTheEndOfTheCalendarIsStillKnown() {
    OffsetDateTime late = OffsetDateTime.of(999_999_999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    assertThat(invite(late, new BigDecimal("3600000")).expiresAt())
        .contains(late.plusHours(1).toInstant());
    assertThat(invite(late, new BigDecimal("86400000")).expiresAt()).as("a day later is past the last year")
        .isEmpty();
    // The expiry can always be shown at the invite date's own offset.
    assertThat(invite(SENT.withOffsetSameInstant(ZoneOffset.MAX), new BigDecimal("1E+15")).expiresAt()
        .map(at -> at.atOffset(ZoneOffset.MAX))).isPresent();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void aVanishinglySmallTtlIsZeroAndCheap() {
    assertThat(invite(SENT, new BigDecimal("1E-999999999")).lifetime()).contains(Duration.ZERO);
  }

  @Test
  void hasExpiredAtNeedsAMoment() {
    assertThatNullPointerException().isThrownBy(() -> invite(SENT, WEEK_MS).hasExpiredAt(null))
        .withMessageContaining("now");
  }

  /** A later model with the same two fields (WEGnology's organization-side pending invites) reuses it as is. */
  record PendingInvite(OffsetDateTime getInviteDate, BigDecimal getTtl) implements ExpiringInvite {}

  @Test
  void anyTypeWithTheTwoFieldsGetsTheSameAnswers() {
    PendingInvite pending = new PendingInvite(SENT, WEEK_MS);

    assertThat(pending.expiresAt()).isEqualTo(invite(SENT, WEEK_MS).expiresAt());
    assertThat(pending.lifetime()).isEqualTo(Optional.of(Duration.ofDays(7)));
  }

  @Property(tries = 300)
  void wholeMillisecondsMatchInstantPlusMillis(
      @ForAll @LongRange(min = 0, max = 3_000_000_000_000_000L) long ttl,
      @ForAll @LongRange(min = -2_000_000_000_000L, max = 2_000_000_000_000L) long sentMillis) {
    Instant sent = Instant.ofEpochMilli(sentMillis);
    OrgInvitationInfo invite = invite(sent.atOffset(ZoneOffset.ofHours(-7)), BigDecimal.valueOf(ttl));

    assertThat(invite.lifetime()).contains(Duration.ofMillis(ttl));
    assertThat(invite.expiresAt()).contains(sent.plusMillis(ttl));
  }
}
