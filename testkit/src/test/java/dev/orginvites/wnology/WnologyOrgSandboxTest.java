package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.testkit.RecordedRequest;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.SandboxOutbox;
import dev.orginvites.testkit.WnologyFake;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvite;
import dev.orginvites.wnology.model.OrgMember;
import dev.orginvites.wnology.model.Organization;
import dev.orginvites.wnology.model.ResourceRole;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole invite lifecycle, both sides, with the library alone against the testkit's stateful, spec-validating
 * fake: invite, pending (with its expiry), the link from the outbox, accept, member with the role, change the role,
 * remove; invite, revoke, the invited person gets a 404; an expired invite. No request may break the spec.
 */
class WnologyOrgSandboxTest {
  private static final String ORG = SandboxFixtures.DEMO_ORG_ID;
  private static final String ANN = "ann+team@example.com";
  private static final String BOB = "bob@example.com";
  private static final String APP = "5e8f8c1b2a3d4e5f6a7b8c90";

  private static Sandbox sandbox;
  private static WnologyClient client;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client = WnologyClient.builder()
        .baseUrl(sandbox.wnologyBaseUrl())
        .apiToken(SandboxFixtures.API_TOKEN)
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
    sandbox.assertNoViolations();
  }

  private static WnologyOrg org() {
    return client.org(ORG);
  }

  /** The link the invited person finds in their email. */
  private static InviteLink linkFor(String email) {
    SandboxOutbox.Message message = sandbox.outbox().latestFor(email).orElseThrow();
    assertThat(message.organization()).isEqualTo(ORG);
    return InviteLink.parse(message.link());
  }

  private static Optional<OrgMember> member(List<OrgMember> members, String email) {
    return members.stream().filter(m -> email.equals(m.getEmail())).findFirst();
  }

  @Test
  void inviteAcceptThroughTheLinkChangeTheRoleAndRemoveTheMember() {
    OrgInvite sent = org().invites().send(ANN, InviteRole.EDIT,
        SendOptions.builder().applicationRole(APP, ResourceRole.VIEW).build());

    assertThat(sent.getId()).matches("[0-9a-f]{24}");
    assertThat(sent.getEmail()).isEqualTo(ANN);
    assertThat(sent.getRole()).isSameAs(InviteRole.EDIT);
    assertThat(sent.getHasExpired()).isFalse();
    assertThat(sent.expiresAt()).contains(sent.getInviteDate().toInstant().plus(WnologyFake.DEFAULT_TTL));
    assertThat(sent.hasExpiredAt(sandbox.now())).isFalse();
    assertThat(org().invites().pending()).extracting(OrgInvite::getId).containsExactly(sent.getId());

    // The person opens the link from their email.
    InviteLink link = linkFor(ANN);
    assertThat(link.email()).isEqualTo(ANN);
    OrgInvitationInfo info = client.invites().get(link);
    assertThat(info.getOrgName()).isEqualTo(SandboxFixtures.DEMO_ORG_NAME);
    assertThat(info.getRole()).isSameAs(InviteRole.EDIT);
    assertThat(client.invites().accept(link).getOrgId()).isEqualTo(ORG);

    // The admin sees the new member with the invited roles.
    assertThat(org().invites().pending()).isEmpty();
    OrgMember ann = member(org().members().list(), ANN).orElseThrow();
    assertThat(ann.getRole()).isSameAs(InviteRole.EDIT);
    assertThat(ann.getApplicationRoles()).singleElement().satisfies(grant -> {
      assertThat(grant.getResourceId()).isEqualTo(APP);
      assertThat(grant.getRole()).isSameAs(ResourceRole.VIEW);
    });
    Organization organization = org().get();
    assertThat(organization.getName()).isEqualTo(SandboxFixtures.DEMO_ORG_NAME);
    assertThat(organization.getSummary().getMemberCount()).isEqualTo(2L);
    assertThat(organization.getSummary().getPendingInviteCount()).isZero();

    Organization changed = org().members().changeRole(ann.getUserId(), InviteRole.VIEW);
    assertThat(member(changed.getMembers(), ANN).orElseThrow().getRole()).isSameAs(InviteRole.VIEW);
    assertThat(member(org().members().list(), ANN).orElseThrow().getApplicationRoles())
        .as("resource roles not given stay").hasSize(1);

    Organization removed = org().members().remove(ann.getUserId());
    assertThat(member(removed.getMembers(), ANN)).isEmpty();
    assertThat(org().members().list()).extracting(OrgMember::getEmail)
        .containsExactly(SandboxFixtures.DEMO_ADMIN_EMAIL);
    assertThatThrownBy(() -> org().members().remove(ann.getUserId()))
        .isExactlyInstanceOf(NotFoundException.class)
        .extracting(e -> ((InviteApiException) e).reason()).isEqualTo(ErrorReason.MEMBER_NOT_FOUND);
  }

  @Test
  void aRevokedInviteIsGoneForTheInvitedPersonToo() {
    OrgInvite sent = org().invites().send(BOB, InviteRole.COLLABORATE);
    InviteLink link = linkFor(BOB);

    assertThat(org().invites().revoke(sent.getId())).isEmpty();

    assertThatThrownBy(() -> client.invites().get(link)).isExactlyInstanceOf(InviteNotFoundException.class);
    assertThatThrownBy(() -> client.invites().accept(link)).isExactlyInstanceOf(InviteNotFoundException.class);
    assertThatThrownBy(() -> org().invites().revoke(sent.getId()))
        .isExactlyInstanceOf(NotFoundException.class)
        .satisfies(e -> {
          InviteApiException error = (InviteApiException) e;
          assertThat(error.reason()).isEqualTo(ErrorReason.INVITE_NOT_FOUND);
          assertThat(error.statusCode()).isEqualTo(404);
          assertThat(error.method()).isEqualTo("DELETE");
        });
    assertThat(sandbox.wnology().isMember(ORG, BOB)).isFalse();
  }

  @Test
  void aRejectedInviteLeavesNoMemberAndNoPendingInvite() {
    org().invites().send(BOB, InviteRole.VIEW);

    assertThat(client.invites().reject(linkFor(BOB)).getAccepted()).isFalse();

    assertThat(org().invites().pending()).isEmpty();
    assertThat(member(org().members().list(), BOB)).isEmpty();
  }

  @Test
  void anInvitePastItsLifetimeIsExpiredOnBothSides() {
    org().invites().send(BOB, InviteRole.VIEW);
    InviteLink link = linkFor(BOB);

    sandbox.advanceClock(WnologyFake.DEFAULT_TTL.plus(Duration.ofMinutes(1)));

    OrgInvite expired = org().invites().pending().get(0);
    assertThat(expired.getHasExpired()).isTrue();
    assertThat(expired.hasExpiredAt(sandbox.now())).isTrue();
    assertThatThrownBy(() -> client.invites().get(link)).isExactlyInstanceOf(InviteExpiredException.class);
    assertThatThrownBy(() -> client.invites().accept(link))
        .isExactlyInstanceOf(InviteExpiredException.class)
        .extracting(e -> ((InviteApiException) e).statusCode()).isEqualTo(410);
    assertThat(org().invites().revoke(expired.getId())).isEmpty();
  }

  @Test
  void invitingAPendingEmailOrAMemberIsRefusedWithItsReason() {
    org().invites().send(ANN, InviteRole.VIEW);

    assertThatThrownBy(() -> org().invites().send(ANN.toUpperCase(), InviteRole.EDIT))
        .isExactlyInstanceOf(BadRequestException.class)
        .extracting(e -> ((InviteApiException) e).reason()).isEqualTo(ErrorReason.ALREADY_INVITED);
    assertThatThrownBy(() -> org().invites().send(SandboxFixtures.DEMO_ADMIN_EMAIL, InviteRole.EDIT))
        .isExactlyInstanceOf(BadRequestException.class)
        .extracting(e -> ((InviteApiException) e).reason()).isEqualTo(ErrorReason.ALREADY_MEMBER);
    assertThat(sandbox.outbox().messages()).hasSize(1);
  }

  @Test
  void aWrongTokenIsUnauthorizedAndNoTokenIsRefusedBeforeSending() {
    try (WnologyClient wrong = WnologyClient.builder().baseUrl(sandbox.wnologyBaseUrl()).apiToken("not-the-token")
        .retryPolicy(RetryPolicy.disabled()).build();
        WnologyClient none = WnologyClient.builder().baseUrl(sandbox.wnologyBaseUrl()).build()) {
      for (Runnable call : List.<Runnable>of(
          () -> wrong.org(ORG).invites().send(ANN, InviteRole.VIEW),
          () -> wrong.org(ORG).invites().pending(),
          () -> wrong.org(ORG).members().list(),
          () -> wrong.org(ORG).members().remove(SandboxFixtures.DEMO_ADMIN_USER_ID))) {
        assertThatThrownBy(call::run)
            .isExactlyInstanceOf(UnauthorizedException.class)
            .satisfies(e -> {
              assertThat(((InviteApiException) e).reason()).isEqualTo(ErrorReason.INVALID_CREDENTIALS);
              assertThat(e.getMessage()).doesNotContain("not-the-token");
            });
      }
      int before = sandbox.wnology().requestCount();
      assertThatThrownBy(() -> none.org(ORG).invites().pending()).isExactlyInstanceOf(IllegalStateException.class);
      assertThat(sandbox.wnology().requestCount()).isEqualTo(before);
    }
    assertThat(sandbox.wnology().members(ORG)).hasSize(1);
  }

  @Test
  void unknownOrganizationsAndMembersAreNotFoundsThatSayWhich() {
    assertThatThrownBy(() -> client.org("0123456789abcdef01234567").get())
        .isExactlyInstanceOf(NotFoundException.class)
        .extracting(e -> ((InviteApiException) e).reason()).isEqualTo(ErrorReason.ORGANIZATION_NOT_FOUND);
    assertThatThrownBy(() -> org().members().changeRole("0123456789abcdef01234567", InviteRole.VIEW))
        .isExactlyInstanceOf(NotFoundException.class)
        .extracting(e -> ((InviteApiException) e).reason()).isEqualTo(ErrorReason.MEMBER_NOT_FOUND);
  }

  @Test
  void theAsyncTwinsRunTheSameLifecycle() throws Exception {
    OrgInvite sent = org().invites().sendAsync(ANN, InviteRole.ADMIN).get(5, TimeUnit.SECONDS);
    assertThat(org().invites().pendingAsync().get(5, TimeUnit.SECONDS)).extracting(OrgInvite::getId)
        .containsExactly(sent.getId());
    client.invites().acceptAsync(linkFor(ANN)).get(5, TimeUnit.SECONDS);

    OrgMember ann = member(org().members().listAsync().get(5, TimeUnit.SECONDS), ANN).orElseThrow();
    assertThat(ann.getRole()).isSameAs(InviteRole.ADMIN);
    Organization changed = org().members().changeRoleAsync(ann.getUserId(), InviteRole.NONE,
        RoleOptions.builder().dashboardRole(APP, ResourceRole.COLLABORATE).build()).get(5, TimeUnit.SECONDS);
    assertThat(member(changed.getMembers(), ANN).orElseThrow().getDashboardRoles()).hasSize(1);
    assertThat(org().getAsync().get(5, TimeUnit.SECONDS).getSummary().getMemberCount()).isEqualTo(2L);
    org().members().removeAsync(ann.getUserId()).get(5, TimeUnit.SECONDS);
    assertThatThrownBy(() -> org().invites().revokeAsync(sent.getId()).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isExactlyInstanceOf(NotFoundException.class);
    assertThat(sandbox.wnology().isMember(ORG, ANN)).isFalse();
  }

  @Test
  void theFixturesGiveAPendingAnExpiredInviteAndAMemberToManage() {
    sandbox.seedDemoFixtures();

    assertThat(org().invites().pending())
        .extracting(OrgInvite::getId, OrgInvite::getHasExpired)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SandboxFixtures.DEMO_INVITE_ID, false),
            org.assertj.core.groups.Tuple.tuple(SandboxFixtures.EXPIRED_INVITE_ID, true));
    org().members().changeRole(SandboxFixtures.DEMO_MEMBER_USER_ID, InviteRole.EDIT);
    assertThat(sandbox.wnology().members(ORG)).extracting(WnologyFake.Member::role).containsExactly("admin", "edit");
    assertThat(org().invites().revoke(SandboxFixtures.DEMO_INVITE_ID)).extracting(OrgInvite::getId)
        .containsExactly(SandboxFixtures.EXPIRED_INVITE_ID);
    assertThatThrownBy(() -> client.invites().get(SandboxFixtures.DEMO_TOKEN, SandboxFixtures.DEMO_EMAIL))
        .isExactlyInstanceOf(InviteNotFoundException.class);
  }

  @Test
  void everyOrganizationRequestCarriesTheTokenAndTheDecorations() {
    org().invites().send(ANN, InviteRole.VIEW);
    org().invites().pending();
    org().members().list();
    client.invites().get(linkFor(ANN));

    List<RecordedRequest> requests = sandbox.wnology().requests();
    assertThat(requests).hasSize(4);
    for (RecordedRequest request : requests.subList(0, 3)) {
      assertThat(request.header("Authorization")).contains("Bearer " + SandboxFixtures.API_TOKEN);
      assertThat(request.rawQuery().split("&")).contains("_actions=false", "_links=true", "_embedded=true");
      assertThat(request.toString()).doesNotContain(SandboxFixtures.API_TOKEN);
    }
    assertThat(requests.get(3).header("Authorization")).isEmpty();
    assertThat(requests.get(3).path()).isEqualTo("/invites");
  }
}
