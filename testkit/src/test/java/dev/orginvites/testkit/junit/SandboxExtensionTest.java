package dev.orginvites.testkit.junit;

import static dev.orginvites.testkit.SandboxFixtures.DEMO_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_ORG_ID;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_SLUG;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_SLUG_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.testkit.WapikitFake;
import dev.orginvites.testkit.WnologyFake;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.InviteStatus;
import dev.orginvites.wnology.InviteLink;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension as a consumer uses it: one sandbox for the class, fixtures restored before every test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {
  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.create();

  private static int firstPort;

  @Test
  @Order(1)
  void theWnologyClientAnswersTheDemoInvite() {
    firstPort = sandbox.sandbox().port();

    assertThat(sandbox.wnologyClient().invites().accept(DEMO_TOKEN, DEMO_EMAIL).getOrgId()).isEqualTo(DEMO_ORG_ID);
    assertThat(sandbox.wnology().isPending(DEMO_TOKEN, DEMO_EMAIL)).isFalse();
  }

  @Test
  @Order(2)
  void theNextTestFindsTheFixturesRestoredInTheSameSandbox() {
    assertThat(sandbox.sandbox().port()).isEqualTo(firstPort);
    assertThat(sandbox.wnology().isPending(DEMO_TOKEN, DEMO_EMAIL)).isTrue();
    assertThat(sandbox.wnology().requestCount()).isZero();
    assertThat(sandbox.wnology().responses()).isEmpty();
  }

  @Test
  @Order(3)
  void theWapikitClientCarriesTheSandboxKey() {
    sandbox.wapikitClient().invites().create("ann@example.com", AccessLevel.MEMBER);

    String slug = sandbox.wapikit().slugFor("ann@example.com").orElseThrow();
    assertThat(sandbox.wapikitClient().invites().accept(slug).sessionToken()).isNotBlank();
    assertThat(sandbox.wapikitClient().invites().get(DEMO_SLUG).getEmail()).isEqualTo(DEMO_SLUG_EMAIL);
    assertThat(sandbox.outbox().latestFor("ann@example.com")).isPresent();
  }

  @Test
  @Order(4)
  void switchesAndInvitesOfTheLastTestAreGone() {
    assertThat(sandbox.wapikit().slugFor("ann@example.com")).isEmpty();
    assertThat(sandbox.wapikit().inviteStatus(DEMO_SLUG)).contains(InviteStatus.PENDING.getValue());
    assertThat(sandbox.outbox().messages()).isEmpty();
    sandbox.wapikit().failNext(1, 503);
  }

  @Test
  @Order(5)
  void theSharedClientsRetryQuicklyAndFailFastOnALongRateLimit() {
    sandbox.wnology().failNext(2, 503);
    long start = System.nanoTime();
    assertThat(sandbox.wnologyClient().invites().get(DEMO_TOKEN, DEMO_EMAIL).getEmail()).isEqualTo(DEMO_EMAIL);
    assertThat(sandbox.wnology().requestCount()).isEqualTo(3);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

    sandbox.wapikit().rateLimit(1, Duration.ofMinutes(1));
    sandbox.wapikitClient().invites().list(1, 10);
    assertThatThrownBy(() -> sandbox.wapikitClient().invites().list(1, 10)).isInstanceOf(RateLimitedException.class);
    assertThat(sandbox.wapikit().requestCount()).isEqualTo(2);
  }

  @Test
  @Order(6)
  void aClientOfItsOwnComesFromTheBuilder() {
    sandbox.wapikit().failNext(1, 503);
    try (var noRetries = sandbox.wapikitClientBuilder()
        .retryPolicy(dev.orginvites.core.RetryPolicy.disabled()).build()) {
      assertThatThrownBy(() -> noRetries.invites().get(DEMO_SLUG)).isInstanceOf(ServerErrorException.class);
    }
    assertThat(sandbox.wapikitBaseUrl()).isEqualTo(sandbox.sandbox().wapikitBaseUrl())
        .startsWith("http://127.0.0.1:" + firstPort + "/");
    assertThat(sandbox.wnologyBaseUrl()).isEqualTo(sandbox.sandbox().wnologyBaseUrl());
  }

  @Test
  @Order(7)
  void seedingAnInviteReturnsWhatTheTestNeedsNextForBothServices() {
    WnologyFake.SeededInvite wnologyInvite = sandbox.wnology().seedInvite("seed-token-1", "bea@example.com");
    WapikitFake.SeededInvite wapikitInvite =
        sandbox.wapikit().newInvite("cal@example.com").accessLevel("Admin").seed();

    assertThat(sandbox.wnologyClient().invites().accept(InviteLink.parse(wnologyInvite.link())).getAccepted())
        .isTrue();
    assertThat(sandbox.wnology().responses()).singleElement()
        .satisfies(answer -> assertThat(answer.token()).isEqualTo(wnologyInvite.token()))
        .satisfies(answer -> assertThat(answer.email()).isEqualTo("bea@example.com"));
    assertThat(wnologyInvite.toString()).contains("bea@example.com").doesNotContain("seed-token-1");

    assertThat(sandbox.wapikitClient().invites().get(wapikitInvite.slug()).getEmail()).isEqualTo("cal@example.com");
    assertThat(wapikitInvite.link()).endsWith("/" + wapikitInvite.slug());
    assertThat(sandbox.wapikit().slugFor("cal@example.com")).contains(wapikitInvite.slug());
  }

  @Nested
  class InANestedClass {
    @Test
    void theOuterSandboxIsUsedAndRestoredToo() {
      assertThat(sandbox.sandbox().port()).isEqualTo(firstPort);
      assertThat(sandbox.wnology().isPending(DEMO_TOKEN, DEMO_EMAIL)).isTrue();
    }
  }
}
