package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.bulk.BulkOptions;
import dev.orginvites.core.bulk.BulkOutcome;
import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.SandboxOutbox;
import dev.orginvites.wnology.model.InviteRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link WnologyOrgInvites#sendAll} against the sandbox: paced at the rate limit, lost answers checked before
 * sending again, a stopped run resumed, skip reasons. The outbox (one message per invite created) is the witness
 * that every email ends with exactly one invite.
 */
final class WnologyBulkTest {
  private Sandbox sandbox;
  private WnologyClient client;
  private WnologyOrgInvites invites;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    client = WnologyClient.builder().baseUrl(sandbox.wnologyBaseUrl()).apiToken(SandboxFixtures.API_TOKEN).build();
    invites = client.org(SandboxFixtures.DEMO_ORG_ID).invites();
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

  private void assertOneInviteEach(List<String> emails) {
    Map<String, Long> sent = sandbox.outbox().messages().stream()
        .collect(Collectors.groupingBy(SandboxOutbox.Message::to, Collectors.counting()));
    assertThat(sent).as("invites per email").containsOnlyKeys(emails)
        .allSatisfy((email, count) -> assertThat(count).as(email).isEqualTo(1));
  }

  @Test
  void aRunAtTheRateLimitIsPacedAndGetsNo429() {
    sandbox.rateLimit(5, Duration.ofSeconds(1));
    List<String> emails = emails(12);

    BulkReport report = invites.sendAll(emails, InviteRole.VIEW);

    assertThat(report.invited()).containsExactlyElementsOf(emails);
    assertThat(sandbox.stats().get("wnology")).doesNotContainKey(429);
    assertOneInviteEach(emails);
  }

  @Test
  void anAnswerLostAfterTheInviteWasCreatedIsCheckedAndNotSentAgain() {
    List<String> emails = emails(3);
    AtomicInteger heard = new AtomicInteger();

    BulkReport report = invites.sendAll(emails, InviteRole.EDIT, SendOptions.none(), BulkOptions.builder()
        .concurrency(1).listener((outcome, done, total) -> {
          if (heard.incrementAndGet() == 1) {
            sandbox.wnology().loseNextAnswers(1);
          }
        }).build());

    assertThat(report.invited()).containsExactlyElementsOf(emails);
    assertThat(report.outcomes()).extracting(BulkOutcome::attempts).containsExactly(1, 1, 1);
    assertThat(sandbox.stats().get("wnology")).containsEntry(502, 1L);
    assertOneInviteEach(emails);
  }

  @Test
  void aStoppedRunResumedInvitesEachEmailOnce() {
    List<String> emails = emails(8);
    IllegalStateException killed = new IllegalStateException("killed");
    AtomicInteger heard = new AtomicInteger();

    assertThatThrownBy(() -> invites.sendAll(emails, InviteRole.VIEW, SendOptions.none(), BulkOptions.builder()
        .concurrency(2).listener((outcome, done, total) -> {
          if (heard.incrementAndGet() == 3) {
            throw killed;
          }
        }).build())).isSameAs(killed);
    int firstRun = sandbox.outbox().messages().size();

    BulkReport resumed = invites.sendAll(emails, InviteRole.VIEW);

    assertThat(resumed.invited()).hasSize(8 - firstRun);
    assertThat(resumed.skipped()).hasSize(firstRun);
    assertOneInviteEach(emails);
  }

  @Test
  void pendingInvitesAndMembersAreSkippedAndAnExpiredInviteIsSentAgain() {
    sandbox.seedDemoFixtures();
    sandbox.wnology().newInvite("old-token", "expired@example.com").orgId(SandboxFixtures.DEMO_ORG_ID).expired()
        .seed();

    BulkReport report = invites.sendAll(List.of(SandboxFixtures.DEMO_EMAIL, SandboxFixtures.DEMO_MEMBER_EMAIL,
        "expired@example.com"), InviteRole.VIEW);

    assertThat(report.outcomes()).extracting(o -> o.status() + " " + o.reason()).containsExactly(
        "SKIPPED ALREADY_INVITED", "SKIPPED ALREADY_MEMBER", "INVITED null");
    assertThat(sandbox.outbox().messagesTo("expired@example.com")).hasSize(1);
  }

  @Test
  void withoutATokenNothingIsSent() {
    try (WnologyClient anonymous = WnologyClient.builder().baseUrl(sandbox.wnologyBaseUrl()).build()) {
      assertThatThrownBy(() -> anonymous.org(SandboxFixtures.DEMO_ORG_ID).invites()
          .sendAll(List.of("a@example.com"), InviteRole.VIEW)).isInstanceOf(IllegalStateException.class);
    }
    assertThat(sandbox.wnology().requestCount()).isZero();
  }
}
