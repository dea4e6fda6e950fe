package dev.orginvites.wapikit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.bulk.BulkOptions;
import dev.orginvites.core.bulk.BulkOutcome;
import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.SandboxOutbox;
import dev.orginvites.wapikit.model.AccessLevel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link WapikitInvites#createAll} against the sandbox: pacing at the rate limit, 429s waited out, lost answers
 * checked before sending again, resuming a stopped run, and skip reasons. Every email must end with exactly one
 * invite: the sandbox's outbox, which holds one message per invite created, is the witness.
 */
final class WapikitBulkTest {
  private Sandbox sandbox;
  private WapikitClient client;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    client = WapikitClient.builder().baseUrl(sandbox.wapikitBaseUrl()).apiKey(SandboxFixtures.API_KEY).build();
  }

  @AfterEach
  void stop() {
    try {
      sandbox.assertNoViolations();
    } finally {
      client.close();
      sandbox.close();
    }
  }

  private static List<String> emails(int count) {
    return IntStream.range(0, count).mapToObj(i -> "person" + i + "@example.com").collect(Collectors.toList());
  }

  /** Each email has exactly one invite: one message in the outbox. */
  private void assertOneInviteEach(List<String> emails) {
    Map<String, Long> invites = sandbox.outbox().messages().stream()
        .collect(Collectors.groupingBy(SandboxOutbox.Message::to, Collectors.counting()));
    assertThat(invites).as("invites per email").containsOnlyKeys(emails).allSatisfy((email, count) ->
        assertThat(count).as(email).isEqualTo(1));
  }

  private long answered(int status) {
    return sandbox.stats().get("wapikit").getOrDefault(status, 0L);
  }

  @Test
  void aRunAtTheRateLimitIsPacedAndGetsNo429() {
    sandbox.rateLimit(5, Duration.ofSeconds(1));
    List<String> emails = emails(12);

    BulkReport report = client.invites().createAll(emails, AccessLevel.MEMBER);

    assertThat(report.invited()).containsExactlyElementsOf(emails);
    assertThat(answered(429)).as("answers 429").isZero();
    assertThat(answered(200)).as("the invites and the two listings").isEqualTo(12 + 2);
    assertOneInviteEach(emails);
  }

  @Test
  void without_pacing_429sAreWaitedOutAsTheServiceSaysAndNothingIsSentTwice() {
    sandbox.rateLimit(3, Duration.ofSeconds(1));
    List<String> emails = emails(6);

    BulkReport report = client.invites().createAll(emails, AccessLevel.MEMBER,
        BulkOptions.builder().pacing(false).concurrency(3).build());

    assertThat(report.invited()).containsExactlyElementsOf(emails);
    assertThat(answered(429)).as("answers 429: the run went faster than allowed").isPositive();
    assertOneInviteEach(emails);
  }

  /** The service created the invite and the answer got lost: the run looks before it sends again. */
  @Test
  void anAnswerLostAfterTheInviteWasCreatedIsCheckedAndNotSentAgain() {
    List<String> emails = emails(3);
    // The first invite goes through; the second one's answer is lost.
    AtomicInteger outcomes = new AtomicInteger();

    BulkReport report = client.invites().createAll(emails, AccessLevel.MEMBER, BulkOptions.builder()
        .concurrency(1).listener((outcome, done, total) -> {
          if (outcomes.incrementAndGet() == 1) {
            sandbox.wapikit().loseNextAnswers(1);
          }
        }).build());

    assertThat(report.invited()).containsExactlyElementsOf(emails);
    assertThat(report.outcomes()).extracting(BulkOutcome::attempts).containsExactly(1, 1, 1);
    assertThat(answered(502)).as("lost answers").isEqualTo(1);
    assertOneInviteEach(emails);
    // After the lost answer, the pending invites were listed before anything else was sent.
    List<String> calls = sandbox.wapikit().requests().stream().map(r -> r.method() + " " + r.path())
        .collect(Collectors.toList());
    assertThat(calls).containsExactly("GET /organization/invites", "GET /organization/members",
        "POST /organization/invites", "POST /organization/invites", "GET /organization/invites",
        "POST /organization/invites");
  }

  /** No answer to the send and nothing created: the look shows no invite, so it is sent again, once. */
  @Test
  void aFailureThatCreatedNothingIsSentAgainAfterTheCheck() {
    List<String> emails = emails(2);
    AtomicInteger outcomes = new AtomicInteger();

    BulkReport report = client.invites().createAll(emails, AccessLevel.MEMBER, BulkOptions.builder()
        .concurrency(1).listener((outcome, done, total) -> {
          if (outcomes.incrementAndGet() == 1) {
            sandbox.wapikit().failNext(1, 503);
          }
        }).build());

    assertThat(report.invited()).containsExactlyElementsOf(emails);
    assertThat(report.outcomes().get(1).attempts()).isEqualTo(2);
    assertOneInviteEach(emails);
  }

  /** A run stopped part-way (here by its own listener) and started again invites each email exactly once. */
  @Test
  void aStoppedRunResumedInvitesEachEmailOnce() {
    List<String> emails = emails(10);
    AtomicInteger heard = new AtomicInteger();
    IllegalStateException killed = new IllegalStateException("killed");

    assertThatThrownBy(() -> client.invites().createAll(emails, AccessLevel.MEMBER, BulkOptions.builder()
        .concurrency(2).listener((outcome, done, total) -> {
          if (heard.incrementAndGet() == 4) {
            throw killed;
          }
        }).build())).isSameAs(killed);
    int firstRun = sandbox.outbox().messages().size();
    assertThat(firstRun).isBetween(4, 9);

    BulkReport resumed = client.invites().createAll(emails, AccessLevel.MEMBER);

    assertThat(resumed.invited()).hasSize(10 - firstRun);
    assertThat(resumed.skipped()).hasSize(firstRun);
    assertThat(resumed.outcomes()).filteredOn(o -> o.status() == BulkOutcome.Status.SKIPPED)
        .extracting(BulkOutcome::reason).containsOnly(ErrorReason.ALREADY_INVITED);
    assertOneInviteEach(emails);
  }

  @Test
  void pendingInvitesMembersAndRepeatsAreSkippedWithTheirReasons() {
    sandbox.seedDemoFixtures();
    List<String> emails = List.of(SandboxFixtures.DEMO_SLUG_EMAIL, SandboxFixtures.DEMO_MEMBER_EMAIL,
        "new@example.com", "NEW@example.com", "not an email");

    BulkReport report = client.invites().createAll(emails, AccessLevel.OWNER);

    Function<BulkOutcome, String> summary = o -> o.status() + (o.reason() == null ? "" : " " + o.reason());
    assertThat(report.outcomes()).extracting(summary).containsExactly("SKIPPED ALREADY_INVITED",
        "SKIPPED ALREADY_MEMBER", "INVITED", "SKIPPED ALREADY_INVITED", "FAILED INVALID_INPUT");
    assertThat(sandbox.outbox().messagesTo("new@example.com")).hasSize(1);
  }

  @Test
  void theAsyncTwinReportsTheSame() throws Exception {
    List<String> emails = emails(3);

    BulkReport report = client.invites().createAllAsync(emails, AccessLevel.MEMBER, BulkOptions.defaults())
        .get(30, TimeUnit.SECONDS);

    assertThat(report.invited()).containsExactlyElementsOf(emails);
    assertThat(report.completed()).isTrue();
  }

  @Test
  void argumentsAreCheckedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> client.invites().createAll(List.of("a@example.com"), AccessLevel.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessLevel");
    assertThatThrownBy(() -> client.invites().createAll(null, AccessLevel.MEMBER))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("emails");
    assertThatThrownBy(() -> client.invites().createAll(java.util.Arrays.asList("a@example.com", null),
        AccessLevel.MEMBER)).isInstanceOf(NullPointerException.class).hasMessageContaining("emails[1]");
    assertThat(sandbox.wapikit().requestCount()).isZero();
  }
}
