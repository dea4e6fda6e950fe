package dev.orginvites.testkit;

import static dev.orginvites.testkit.Http.encode;
import static dev.orginvites.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organization's side of the WEGnology fake: invites, members, the token, and the lifecycle with the outbox. */
class WnologyOrgFakeTest extends FakeTestBase<WnologyFake> {
  private static final String ORG = SandboxFixtures.DEMO_ORG_ID;
  private static final String EMAIL = "ann+org@example.com";
  private static final String APP = "5e8f8c1b2a3d4e5f6a7b8c90";
  private static final String DECORATIONS = "?_actions=false&_links=true&_embedded=true";
  private static final String[] BEARER = {"Authorization", "Bearer " + SandboxFixtures.API_TOKEN};

  @Override
  WnologyFake fakeIn(Sandbox started) {
    return started.wnology();
  }

  private String orgUrl(String rest) {
    return sandbox.wnologyBaseUrl() + "/orgs/" + ORG + rest;
  }

  private HttpResponse<String> send(String email, String role) {
    return send("{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
  }

  private HttpResponse<String> send(String body) {
    return Http.post(orgUrl("/invites" + DECORATIONS), body, BEARER);
  }

  private HttpResponse<String> pending() {
    return Http.get(orgUrl("/invites" + DECORATIONS), BEARER);
  }

  private HttpResponse<String> organization() {
    return Http.get(orgUrl(DECORATIONS), BEARER);
  }

  private HttpResponse<String> delete(String url) {
    return Http.send(Http.request(url, BEARER).DELETE());
  }

  private HttpResponse<String> patch(String body) {
    return Http.send(Http.request(orgUrl("/member" + DECORATIONS), BEARER)
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> respond(SandboxOutbox.Message message, boolean accept) {
    return Http.post(sandbox.wnologyBaseUrl() + "/invites",
        "{\"email\":\"" + message.to() + "\",\"token\":\"" + message.token() + "\",\"accept\":" + accept + "}");
  }

  private HttpResponse<String> lookUp(SandboxOutbox.Message message) {
    return Http.get(sandbox.wnologyBaseUrl() + "/invites?token=" + encode(message.token()) + "&email="
        + encode(message.to()));
  }

  private static List<String> emails(JsonNode array) {
    List<String> emails = new ArrayList<>();
    array.forEach(item -> emails.add(item.get("email").asText()));
    return emails;
  }

  private JsonNode member(String email) {
    for (JsonNode member : json(organization()).get("members")) {
      if (member.get("email").asText().equals(email)) {
        return member;
      }
    }
    return null;
  }

  @Test
  void organizationCallsNeedAKnownBearerTokenAndTheInvitedPersonsNone() {
    HttpResponse<String> none = Http.get(orgUrl("/invites"));
    HttpResponse<String> wrong = Http.get(orgUrl("/invites"), "Authorization", "Bearer not-the-token");
    HttpResponse<String> basic = Http.get(orgUrl(""), "Authorization", "Basic " + SandboxFixtures.API_TOKEN);

    for (HttpResponse<String> refused : List.of(none, wrong, basic)) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(json(refused).get("type").asText()).isEqualTo("Unauthorized");
      assertThat(refused.body()).doesNotContain("not-the-token").doesNotContain(SandboxFixtures.API_TOKEN);
    }
    assertThat(pending().statusCode()).isEqualTo(200);
    assertThat(json(pending())).isEmpty();
    fake.addApiToken("second-token");
    assertThat(Http.get(orgUrl(""), "Authorization", "bearer second-token").statusCode()).isEqualTo(200);
    assertThat(Http.get(sandbox.wnologyBaseUrl() + "/invites?token=t&email=a%40b.c").statusCode())
        .as("the invited person's call needs no token").isEqualTo(404);
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void sendingAnInviteListsItAsPendingAndMailsTheLinkWithTokenAndEmail() {
    HttpResponse<String> sent = send(EMAIL, "edit");

    assertThat(sent.statusCode()).isEqualTo(200);
    JsonNode invite = json(sent).get(0);
    assertThat(json(sent)).hasSize(1);
    assertThat(invite.get("id").asText()).matches("[0-9a-f]{24}");
    assertThat(invite.get("email").asText()).isEqualTo(EMAIL);
    assertThat(invite.get("role").asText()).isEqualTo("edit");
    assertThat(invite.get("inviteDate").asText()).isEqualTo("2026-11-01T12:00:00.000Z");
    assertThat(invite.get("ttl").asLong()).isEqualTo(WnologyFake.DEFAULT_TTL.toMillis());
    assertThat(invite.get("hasExpired").asBoolean()).isFalse();
    assertThat(invite.get("disallowTransfer").asBoolean()).isFalse();
    assertThat(invite.has("token")).as("the organization never sees the token").isFalse();
    assertThat(json(pending())).isEqualTo(json(sent));

    SandboxOutbox.Message message = sandbox.outbox().latestFor(EMAIL).orElseThrow();
    assertThat(message.service()).isEqualTo("wnology");
    assertThat(message.organization()).isEqualTo(ORG);
    assertThat(message.token()).isNotBlank();
    assertThat(message.link()).contains("token=" + message.token()).contains("email=ann%2Borg%40example.com");
    HttpResponse<String> seen = lookUp(message);
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(json(seen).get("orgName").asText()).isEqualTo(SandboxFixtures.DEMO_ORG_NAME);
    assertThat(json(seen).get("role").asText()).isEqualTo("edit");
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void acceptingMakesAMemberWithTheInvitedRolesAndTheInviteIsGone() {
    send("{\"email\":\"" + EMAIL + "\",\"role\":\"collaborate\",\"disallowTransfer\":true,"
        + "\"applicationRoles\":[{\"resourceId\":\"" + APP + "\",\"role\":\"view\"}]}");
    assertThat(json(pending()).get(0).get("applicationRoles").get(0).get("resourceId").asText()).isEqualTo(APP);
    assertThat(json(pending()).get(0).get("disallowTransfer").asBoolean()).isTrue();

    HttpResponse<String> accepted = respond(sandbox.outbox().latestFor(EMAIL).orElseThrow(), true);

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(json(accepted).get("orgId").asText()).isEqualTo(ORG);
    assertThat(json(pending())).isEmpty();
    JsonNode member = member(EMAIL);
    assertThat(member).isNotNull();
    assertThat(member.get("userId").asText()).matches("[0-9a-f]{24}");
    assertThat(member.get("role").asText()).isEqualTo("collaborate");
    assertThat(member.get("applicationRoles").get(0).get("role").asText()).isEqualTo("view");
    JsonNode org = json(organization());
    assertThat(org.get("name").asText()).isEqualTo(SandboxFixtures.DEMO_ORG_NAME);
    assertThat(org.get("summary").get("memberCount").asInt()).isEqualTo(2);
    assertThat(org.get("summary").get("pendingInviteCount").asInt()).isZero();
    assertThat(fake.isMember(ORG, EMAIL.toUpperCase())).isTrue();
    assertThat(fake.members(ORG)).extracting(WnologyFake.Member::email)
        .containsExactly(SandboxFixtures.DEMO_ADMIN_EMAIL, EMAIL);
  }

  @Test
  void rejectingRemovesTheInviteWithoutAMember() {
    send(EMAIL, "view");

    assertThat(respond(sandbox.outbox().latestFor(EMAIL).orElseThrow(), false).statusCode()).isEqualTo(200);

    assertThat(json(pending())).isEmpty();
    assertThat(fake.isMember(ORG, EMAIL)).isFalse();
  }

  @Test
  void revokingRemovesTheInviteAndTheInvitedPersonThenGets404() {
    send(EMAIL, "view");
    send("bob@example.com", "edit");
    String id = json(pending()).get(0).get("id").asText();

    HttpResponse<String> revoked = delete(orgUrl("/invites" + DECORATIONS + "&inviteId=" + id));

    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(emails(json(revoked))).containsExactly("bob@example.com");
    assertThat(lookUp(sandbox.outbox().latestFor(EMAIL).orElseThrow()).statusCode()).isEqualTo(404);
    HttpResponse<String> again = delete(orgUrl("/invites?inviteId=" + id));
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(json(again).get("message").asText()).isEqualTo("Invite was not found");
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void anInvitePastItsTtlIs410ForTheInvitedPersonAndHasExpiredInThePendingList() {
    send(EMAIL, "view");
    SandboxOutbox.Message message = sandbox.outbox().latestFor(EMAIL).orElseThrow();

    sandbox.advanceClock(WnologyFake.DEFAULT_TTL);

    assertThat(lookUp(message).statusCode()).isEqualTo(410);
    assertThat(respond(message, true).statusCode()).isEqualTo(410);
    JsonNode expired = json(pending()).get(0);
    assertThat(expired.get("hasExpired").asBoolean()).isTrue();
    assertThat(fake.isMember(ORG, EMAIL)).isFalse();
    // An expired invite does not block a new one; it stays listed until revoked.
    assertThat(send(EMAIL, "view").statusCode()).isEqualTo(200);
    assertThat(json(pending())).extracting(item -> item.get("hasExpired").asBoolean()).containsExactly(true, false);
  }

  @Test
  void invitingAPendingEmailOrAMemberIsA400ThatSaysWhich() {
    send(EMAIL, "view");

    HttpResponse<String> again = send(EMAIL.toUpperCase(), "edit");
    HttpResponse<String> member = send(SandboxFixtures.DEMO_ADMIN_EMAIL, "edit");

    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again).get("message").asText()).contains("has already been invited to this organization");
    assertThat(member.statusCode()).isEqualTo(400);
    assertThat(json(member).get("message").asText()).contains("is already a member of this organization");
    assertThat(json(pending())).hasSize(1);
    assertThat(sandbox.outbox().messages()).hasSize(1);
  }

  @Test
  void changingAMembersRolesAndRemovingThem() {
    sandbox.seedDemoFixtures();
    String userId = SandboxFixtures.DEMO_MEMBER_USER_ID;
    assertThat(member(SandboxFixtures.DEMO_MEMBER_EMAIL).get("role").asText()).isEqualTo("view");

    HttpResponse<String> changed = patch("{\"userId\":\"" + userId + "\",\"role\":\"admin\","
        + "\"dashboardRoles\":[{\"resourceId\":\"" + APP + "\",\"role\":\"collaborate\"}]}");

    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(member(SandboxFixtures.DEMO_MEMBER_EMAIL).get("role").asText()).isEqualTo("admin");
    assertThat(member(SandboxFixtures.DEMO_MEMBER_EMAIL).get("dashboardRoles").get(0).get("role").asText())
        .isEqualTo("collaborate");
    assertThat(patch("{\"userId\":\"" + userId + "\"}").statusCode()).as("nothing to change").isEqualTo(200);
    assertThat(member(SandboxFixtures.DEMO_MEMBER_EMAIL).get("role").asText()).isEqualTo("admin");

    HttpResponse<String> removed = delete(orgUrl("/member" + DECORATIONS + "&userId=" + userId));

    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(emails(json(removed).get("members"))).containsExactly(SandboxFixtures.DEMO_ADMIN_EMAIL);
    HttpResponse<String> gone = delete(orgUrl("/member?userId=" + userId));
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(json(gone).get("message").asText()).isEqualTo("Member was not found");
    assertThat(patch("{\"userId\":\"" + userId + "\",\"role\":\"view\"}").statusCode()).isEqualTo(404);
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void anUnknownOrganizationIsA404AndAMalformedIdA400() {
    String other = sandbox.wnologyBaseUrl() + "/orgs/0123456789abcdef01234567";

    for (HttpResponse<String> response : List.of(
        Http.get(other, BEARER), Http.get(other + "/invites", BEARER),
        Http.post(other + "/invites", "{\"email\":\"a@b.co\",\"role\":\"view\"}", BEARER),
        Http.send(Http.request(other + "/invites?inviteId=0123456789abcdef01234567", BEARER).DELETE()),
        Http.send(Http.request(other + "/member?userId=0123456789abcdef01234567", BEARER).DELETE()))) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(json(response).get("message").asText()).isEqualTo("Organization was not found");
    }
    assertThat(sandbox.violations()).isEmpty();

    assertThat(Http.get(sandbox.wnologyBaseUrl() + "/orgs/not-an-id", BEARER).statusCode()).isEqualTo(400);
    assertThat(fake.violations()).extracting(Violation::key).contains("validation.request.parameter.schema.pattern");
  }

  @Test
  void requestsOffTheSpecAreRefusedAndRecorded() {
    assertThat(send("{\"email\":\"" + EMAIL + "\",\"role\":\"owner\"}").statusCode()).isEqualTo(400);
    assertThat(send("{\"email\":\"" + EMAIL + "\",\"role\":\"view\",\"orgId\":\"x\"}").statusCode()).isEqualTo(400);
    assertThat(Http.get(orgUrl("/invites?_links=maybe"), BEARER).statusCode()).isEqualTo(400);
    assertThat(delete(orgUrl("/invites")).statusCode()).as("inviteId is required").isEqualTo(400);

    assertThat(fake.violations()).extracting(Violation::key).containsExactly(
        "validation.request.body.schema.enum",
        "validation.request.body.schema.additionalProperties",
        "validation.request.parameter.schema.invalidJson",
        "validation.request.parameter.query.missing");
    assertThat(json(pending())).isEmpty();
  }

  @Test
  void theFixturesPutTheDemoInvitesInTheOrganizationAndAddAMember() {
    sandbox.seedDemoFixtures();

    JsonNode pending = json(pending());
    assertThat(pending).extracting(item -> item.get("id").asText())
        .containsExactly(SandboxFixtures.DEMO_INVITE_ID, SandboxFixtures.EXPIRED_INVITE_ID);
    assertThat(pending).extracting(item -> item.get("hasExpired").asBoolean()).containsExactly(false, true);
    assertThat(fake.members(ORG)).containsExactly(
        new WnologyFake.Member(SandboxFixtures.DEMO_ADMIN_USER_ID, SandboxFixtures.DEMO_ADMIN_EMAIL, "admin"),
        new WnologyFake.Member(SandboxFixtures.DEMO_MEMBER_USER_ID, SandboxFixtures.DEMO_MEMBER_EMAIL,
            SandboxFixtures.DEMO_MEMBER_ROLE));
    HttpResponse<String> accepted = Http.post(sandbox.wnologyBaseUrl() + "/invites", "{\"email\":\""
        + SandboxFixtures.DEMO_EMAIL + "\",\"token\":\"" + SandboxFixtures.DEMO_TOKEN + "\",\"accept\":true}");
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(fake.isMember(ORG, SandboxFixtures.DEMO_EMAIL)).isTrue();
    assertThat(json(organization()).get("summary").get("pendingInviteCount").asInt()).isEqualTo(1);
  }

  @Test
  void addedOrganizationsMembersAndTokensLastUntilResetWhichKeepsTheDemoOrganization() {
    String orgId = "0123456789abcdef01234567";
    fake.addApiToken("extra-token").addOrganization(orgId, "Acme")
        .seedMember(orgId, "0123456789abcdef0123456a", "zed@example.com", "edit");
    assertThat(Http.get(sandbox.wnologyBaseUrl() + "/orgs/" + orgId, "Authorization", "Bearer extra-token")
        .statusCode()).isEqualTo(200);
    send(EMAIL, "view");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> fake.seedMember("ffffffffffffffffffffffff", "u", "a@b.co", "view"))
        .withMessageContaining("addOrganization");

    sandbox.reset();

    assertThat(Http.get(sandbox.wnologyBaseUrl() + "/orgs/" + orgId, "Authorization", "Bearer extra-token")
        .statusCode()).isEqualTo(401);
    assertThat(fake.members(orgId)).isEmpty();
    assertThat(fake.members(ORG)).extracting(WnologyFake.Member::email)
        .containsExactly(SandboxFixtures.DEMO_ADMIN_EMAIL);
    assertThat(json(pending())).isEmpty();
    assertThat(json(organization()).get("name").asText()).isEqualTo(SandboxFixtures.DEMO_ORG_NAME);
  }

  @Test
  void theSandboxClockMovesForwardOnlyAndResetPutsItBack() {
    Duration day = Duration.ofDays(1);

    assertThat(sandbox.now()).isEqualTo(START);
    assertThat(sandbox.advanceClock(day).now()).isEqualTo(START.plus(day));
    assertThatIllegalArgumentException().isThrownBy(() -> sandbox.advanceClock(day.negated()));
    clock.advance(day); // the base clock still counts
    assertThat(sandbox.now()).isEqualTo(START.plus(day).plus(day));

    sandbox.reset();

    assertThat(sandbox.now()).isEqualTo(START.plus(day));
    assertThat(URI.create(sandbox.wnologyBaseUrl()).getHost()).isEqualTo("127.0.0.1");
  }
}
