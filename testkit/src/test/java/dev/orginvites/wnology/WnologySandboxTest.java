package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.WnologyFake;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end against the testkit's stateful, spec-validating fake: every request the client sends must
 * conform to openapi/wnology.yaml, and the invite's life (look up, answer once, gone; expired) must read right.
 */
class WnologySandboxTest {
  // A '+' the fake would read as a space if the client left it unescaped, and a token with URL syntax in it.
  private static final String EMAIL = "new.user+demo@example.com";
  private static final String TOKEN = "sbx-Tok+en/=&?%";

  private static Sandbox sandbox;
  private static WnologyClient client;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client = WnologyClient.builder()
        .baseUrl(sandbox.wnologyBaseUrl())
        .retryPolicy(RetryPolicy.disabled())
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @AfterEach
  void noSpecViolations() {
    assertThat(sandbox.violations()).isEmpty();
    sandbox.assertNoViolations();
  }

  private static WnologyFake fake() {
    return sandbox.wnology();
  }

  @Test
  void getReadsTheSeededInvite() {
    fake().newInvite(TOKEN, EMAIL)
        .orgName("Acme Robotics")
        .role("collaborate")
        .inviteDate(OffsetDateTime.of(2099, 1, 2, 3, 4, 5, 6_000_000, ZoneOffset.ofHours(2)))
        .ttl(Duration.ofDays(3))
        .disallowTransfer(true)
        .seed();

    OrgInvitationInfo info = client.invites().get(TOKEN, EMAIL);

    assertThat(info.getOrgName()).isEqualTo("Acme Robotics");
    assertThat(info.getEmail()).isEqualTo(EMAIL);
    assertThat(info.getRole()).isSameAs(InviteRole.COLLABORATE);
    assertThat(info.getInviteDate().toInstant())
        .isEqualTo(OffsetDateTime.of(2099, 1, 2, 3, 4, 5, 6_000_000, ZoneOffset.ofHours(2)).toInstant());
    assertThat(info.getTtl()).isEqualByComparingTo(Long.toString(Duration.ofDays(3).toMillis()));
    assertThat(info.getDisallowTransfer()).isTrue();
    assertThat(fake().requestCount()).isEqualTo(1);
    assertThat(fake().isPending(TOKEN, EMAIL)).as("a look-up does not answer the invite").isTrue();
  }

  @Test
  void getByLinkAndAsyncReadTheSameInvite() throws Exception {
    fake().seedInvite(TOKEN, EMAIL);
    InviteLink link = InviteLink.parse("https://app.wnology.example/#/invites?email=" + EMAIL
        + "&token=" + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8).replace("+", "%20"));

    OrgInvitationInfo byLink = client.invites().get(link);
    OrgInvitationInfo async = client.invites().getAsync(link).get(5, TimeUnit.SECONDS);

    assertThat(byLink.getOrgName()).isEqualTo(WnologyFake.DEFAULT_ORG_NAME);
    assertThat(byLink.getRoleRaw()).isEqualTo(WnologyFake.DEFAULT_ROLE);
    assertThat(byLink.getRole().getValue()).isEqualTo(WnologyFake.DEFAULT_ROLE);
    assertThat(async.getEmail()).isEqualTo(EMAIL);
  }

  @Test
  void acceptJoinsOnceThenTheInviteIsGone() {
    fake().newInvite(TOKEN, EMAIL).orgId("5e8f8c1b2a3d4e5f6a7b8c9d").seed();

    OrgInvitationResult result = client.invites().accept(TOKEN, EMAIL);

    assertThat(result.getAccepted()).isTrue();
    assertThat(result.getOrgId()).isEqualTo("5e8f8c1b2a3d4e5f6a7b8c9d");
    assertThat(fake().responses()).containsExactly(
        new WnologyFake.InviteResponse(TOKEN, EMAIL, true, "5e8f8c1b2a3d4e5f6a7b8c9d"));
    assertNotFound(() -> client.invites().get(TOKEN, EMAIL), "GET");
    assertNotFound(() -> client.invites().accept(TOKEN, EMAIL), "POST");
    assertNotFound(() -> client.invites().reject(TOKEN, EMAIL), "POST");
    assertThat(fake().responses()).hasSize(1);
  }

  @Test
  void rejectDeclinesAndTheInviteIsGone() throws Exception {
    fake().seedInvite(TOKEN, EMAIL);

    OrgInvitationResult result = client.invites().rejectAsync(InviteLink.of(TOKEN, EMAIL)).get(5, TimeUnit.SECONDS);

    assertThat(result.getAccepted()).isFalse();
    assertThat(result.getOrgId()).matches("[0-9a-fA-F]{24}");
    assertThat(fake().responses()).singleElement()
        .satisfies(response -> assertThat(response.accepted()).isFalse());
    assertThat(fake().isPending(TOKEN, EMAIL)).isFalse();
    assertThatThrownBy(() -> client.invites().acceptAsync(TOKEN, EMAIL).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isExactlyInstanceOf(InviteNotFoundException.class);
  }

  @Test
  void expiredInviteIsGoneForLookUpAndAnswer() {
    fake().newInvite(TOKEN, EMAIL).expired().seed();

    for (Runnable call : new Runnable[] {
        () -> client.invites().get(TOKEN, EMAIL),
        () -> client.invites().accept(TOKEN, EMAIL),
        () -> client.invites().respond(InviteLink.of(TOKEN, EMAIL), false)}) {
      assertThatThrownBy(call::run)
          .isExactlyInstanceOf(InviteExpiredException.class)
          .satisfies(e -> {
            InviteApiException error = (InviteApiException) e;
            assertThat(error.statusCode()).isEqualTo(410);
            assertThat(error.errorType()).isEqualTo("Expired");
            assertThat(error.serviceMessage()).isEqualTo("Invite has expired");
            assertThat(error.getMessage()).doesNotContain(TOKEN);
            assertThat(error.path()).doesNotContain(TOKEN);
          });
    }
    assertThat(fake().responses()).isEmpty();
  }

  @Test
  void tokenAndEmailMustBothMatch() {
    fake().seedInvite(TOKEN, EMAIL);

    assertNotFound(() -> client.invites().get(TOKEN, "new.user@example.com"), "GET");
    assertNotFound(() -> client.invites().get(TOKEN + "x", EMAIL), "GET");
    assertThat(client.invites().get(TOKEN, EMAIL).getEmail()).isEqualTo(EMAIL);
  }

  @Test
  void demoFixturesWorkAsDocumented() {
    sandbox.seedDemoFixtures();

    OrgInvitationInfo demo = client.invites().get(SandboxFixtures.DEMO_TOKEN, SandboxFixtures.DEMO_EMAIL);

    assertThat(demo.getOrgName()).isEqualTo(SandboxFixtures.DEMO_ORG_NAME);
    assertThat(demo.getRole()).isSameAs(InviteRole.EDIT);
    assertThatThrownBy(() -> client.invites().get(SandboxFixtures.EXPIRED_TOKEN, SandboxFixtures.DEMO_EMAIL))
        .isExactlyInstanceOf(InviteExpiredException.class);
    assertThat(client.invites().accept(SandboxFixtures.DEMO_TOKEN, SandboxFixtures.DEMO_EMAIL).getOrgId())
        .isEqualTo(SandboxFixtures.DEMO_ORG_ID);
  }

  @Test
  void unlistedRoleFromTheServiceIsKeptRaw() {
    fake().newInvite(TOKEN, EMAIL).role("owner").seed();

    OrgInvitationInfo info = client.invites().get(TOKEN, EMAIL);

    assertThat(info.getRole()).isSameAs(InviteRole.UNKNOWN);
    assertThat(info.getRoleRaw()).isEqualTo("owner");
  }

  private static void assertNotFound(Runnable call, String method) {
    assertThatThrownBy(call::run)
        .isExactlyInstanceOf(InviteNotFoundException.class)
        .satisfies(e -> {
          InviteNotFoundException error = (InviteNotFoundException) e;
          assertThat(error.statusCode()).isEqualTo(404);
          assertThat(error.method()).isEqualTo(method);
          assertThat(error.errorType()).isEqualTo("NotFound");
          assertThat(error.serviceMessage()).isEqualTo("Invite was not found");
          assertThat(error.toString()).doesNotContain(TOKEN);
        });
  }
}
