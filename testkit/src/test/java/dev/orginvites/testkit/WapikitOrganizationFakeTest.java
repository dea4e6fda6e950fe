package dev.orginvites.testkit;

import static dev.orginvites.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The WapiKit fake's organization: members, roles, tags, organizations, API key and the WhatsApp parts keep state
 * that later calls see, every answer matches the spec (checked after each test by {@link FakeTestBase}), and no
 * request here breaks it.
 */
class WapikitOrganizationFakeTest extends FakeTestBase<WapikitFake> {
  private static final String[] AUTH = {"x-access-token", SandboxFixtures.API_KEY};

  @Override
  WapikitFake fakeIn(Sandbox started) {
    return started.wapikit();
  }

  /** Set by the one test that sends an off-spec request on purpose. */
  private boolean violationsExpected;

  @AfterEach
  void noRequestBrokeTheSpec() {
    if (!violationsExpected) {
      assertThat(sandbox.violations()).isEmpty();
    }
  }

  private String url(String path) {
    return sandbox.wapikitBaseUrl() + path;
  }

  private HttpResponse<String> get(String path) {
    return Http.get(url(path), AUTH);
  }

  private HttpResponse<String> post(String path, String body) {
    return Http.post(url(path), body, AUTH);
  }

  private HttpResponse<String> delete(String path) {
    return Http.send(Http.request(url(path), AUTH).DELETE());
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<String> values(JsonNode list, String field) {
    List<String> values = new ArrayList<>();
    list.forEach(item -> values.add(item.get(field).asText()));
    return values;
  }

  @Test
  void theSandboxOrganizationStartsWithItsOwnerAndWhatsAppParts() {
    JsonNode members = json(get("/organization/members?page=1&per_page=10"));
    JsonNode org = json(get("/organization/" + SandboxFixtures.WAPIKIT_ORG_ID)).get("organization");
    JsonNode orgs = json(get("/organization?page=1&per_page=10"));

    assertThat(values(members.get("members"), "uniqueId")).containsExactly(SandboxFixtures.WAPIKIT_OWNER_ID);
    assertThat(members.get("members").get(0).get("accessLevel").asText()).isEqualTo("Owner");
    assertThat(members.get("paginationMeta").get("total").asInt()).isEqualTo(1);
    assertThat(org.get("name").asText()).isEqualTo(SandboxFixtures.WAPIKIT_ORG_NAME);
    assertThat(org.get("whatsappBusinessAccountDetails").get("accessToken").asText())
        .isEqualTo(SandboxFixtures.WHATSAPP_ACCESS_TOKEN);
    assertThat(org.get("aiConfiguration").get("model").asText()).isEqualTo(SandboxFixtures.AI_MODEL);
    assertThat(org.get("aiConfiguration").has("apiKey")).as("only ai-configuration shows the key").isFalse();
    assertThat(values(orgs.get("organizations"), "uniqueId")).containsExactly(SandboxFixtures.WAPIKIT_ORG_ID);
    assertThat(fake.ownerId()).isEqualTo(SandboxFixtures.WAPIKIT_OWNER_ID);
  }

  @Test
  void acceptingOrJoiningMakesAMemberWithTheInvitesAccessLevelAndItsTokenWorks() {
    post("/organization/invites", "{\"email\":\"ann@example.com\",\"accessLevel\":\"Owner\"}");
    String slug = sandbox.outbox().latestFor("ann@example.com").orElseThrow().slug();
    fake.seedInvite("bob-slug", "bob@example.com", "Member");

    HttpResponse<String> joined = post("/auth/join-organization", "{\"inviteSlug\":\"" + slug + "\"}");
    HttpResponse<String> accepted = post("/organization/invite/bob-slug/accept", null);
    HttpResponse<String> again = post("/auth/join-organization", "{\"inviteSlug\":\"" + slug + "\"}");
    HttpResponse<String> unknown = post("/auth/join-organization", "{\"inviteSlug\":\"ghost\"}");

    assertThat(joined.statusCode()).isEqualTo(200);
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again).get("message").asText()).contains("not pending");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("message").asText()).isEqualTo("invite not found");
    String annId = fake.memberIdFor("ANN@example.com").orElseThrow();
    assertThat(fake.accessLevelOf(annId)).hasValue("Owner");
    JsonNode ann = json(get("/organization/members/" + annId)).get("member");
    assertThat(ann.get("email").asText()).isEqualTo("ann@example.com");
    assertThat(ann.get("name").asText()).isEqualTo("ann");
    assertThat(ann.get("roles").size()).isZero();
    assertThat(fake.inviteStatus(slug)).hasValue("Redeemed");
    String session = json(joined).get("token").asText();
    assertThat(Http.get(url("/organization/members?page=1&per_page=5"), "x-access-token", session).statusCode())
        .as("a session token authenticates")
        .isEqualTo(200);
  }

  @Test
  void rolesAreCreatedUpdatedAssignedAndOnlyDeletedWhenNobodyHasThem() {
    String memberId = fake.newMember("carol@example.com").name("Carol").seed();
    JsonNode created = json(post("/rbac/roles",
        "{\"name\":\"Campaigns\",\"description\":\"Runs campaigns\",\"permissions\":[\"Get:Campaign\",\"Create:Campaign\"]}"))
        .get("role");
    String roleId = created.get("uniqueId").asText();

    JsonNode updated = json(post("/rbac/roles/" + roleId,
        "{\"name\":\"Campaign lead\",\"permissions\":[\"Get:Campaign\",\"Delete:Campaign\"]}")).get("role");
    HttpResponse<String> assigned = post("/organization/members/" + memberId + "/role",
        "{\"updatedRoleIds\":[\"" + roleId + "\"]}");
    HttpResponse<String> inUse = delete("/rbac/roles/" + roleId);
    JsonNode carol = json(get("/organization/members/" + memberId)).get("member");

    assertThat(created.get("name").asText()).isEqualTo("Campaigns");
    assertThat(texts(updated.get("permissions"))).containsExactly("Get:Campaign", "Delete:Campaign");
    assertThat(updated.get("name").asText()).isEqualTo("Campaign lead");
    assertThat(updated.has("description")).as("an update replaces the description").isFalse();
    assertThat(json(assigned).get("isRoleUpdated").asBoolean()).isTrue();
    assertThat(values(carol.get("roles"), "name")).containsExactly("Campaign lead");
    assertThat(fake.roleIdsOf(memberId)).containsExactly(roleId);
    assertThat(inUse.statusCode()).isEqualTo(400);
    assertThat(json(inUse).get("message").asText()).isEqualTo("role is still assigned to 1 member(s)");

    post("/organization/members/" + memberId + "/role", "{\"updatedRoleIds\":[]}");
    HttpResponse<String> deleted = delete("/rbac/roles/" + roleId);

    assertThat(json(deleted).get("data").asBoolean()).isTrue();
    assertThat(get("/rbac/roles/" + roleId).statusCode()).isEqualTo(404);
    assertThat(json(get("/rbac/roles?page=1&per_page=10")).get("roles").size()).isZero();
  }

  @Test
  void permissionsMustBeDocumentedAndNotRetired() {
    fake.retirePermission("Get:PhoneNumbers");

    HttpResponse<String> retired = post("/rbac/roles", "{\"name\":\"Phones\",\"permissions\":[\"Get:PhoneNumbers\"]}");

    assertThat(retired.statusCode()).isEqualTo(400);
    assertThat(json(retired).get("message").asText()).isEqualTo("unknown permission: Get:PhoneNumbers");
    assertThat(json(get("/rbac/roles?page=1&per_page=10")).get("paginationMeta").get("total").asInt()).isZero();
  }

  @Test
  void anUndocumentedPermissionBreaksTheSpec() {
    HttpResponse<String> response = post("/rbac/roles", "{\"name\":\"X\",\"permissions\":[\"Launch:Rocket\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fake.violations()).extracting(Violation::key).containsExactly("validation.request.body.schema.enum");
    violationsExpected = true;
  }

  @Test
  void settingAnUnknownRoleIsA404NamingTheRoleAndChangesNothing() {
    String roleId = fake.seedRole("Viewer", "Get:Contact");
    String memberId = fake.newMember("dan@example.com").roles(roleId).seed();

    HttpResponse<String> response = post("/organization/members/" + memberId + "/role",
        "{\"updatedRoleIds\":[\"role_ghost\"]}");
    HttpResponse<String> noMember = post("/organization/members/mem_ghost/role", "{\"updatedRoleIds\":[]}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("message").asText()).isEqualTo("role not found: role_ghost");
    assertThat(fake.roleIdsOf(memberId)).containsExactly(roleId);
    assertThat(json(noMember).get("message").asText()).isEqualTo("member not found");
  }

  @Test
  void accessLevelsChangeMembersAreRemovedButNeverTheOwner() {
    String memberId = fake.newMember("erin@example.com").seed();

    JsonNode updated = json(post("/organization/members/" + memberId, "{\"accessLevel\":\"Owner\"}"));
    HttpResponse<String> removed = delete("/organization/members/" + memberId);
    HttpResponse<String> owner = delete("/organization/members/" + SandboxFixtures.WAPIKIT_OWNER_ID);

    assertThat(updated.get("data").get("member").get("accessLevel").asText()).isEqualTo("Owner");
    assertThat(json(removed).get("data").asBoolean()).isTrue();
    assertThat(get("/organization/members/" + memberId).statusCode()).isEqualTo(404);
    assertThat(fake.isMember("erin@example.com")).isFalse();
    assertThat(owner.statusCode()).isEqualTo(400);
    assertThat(json(owner).get("message").asText()).contains("owner");
    assertThat(delete("/organization/members/" + memberId).statusCode()).isEqualTo(404);
  }

  @Test
  void ownershipMovesOnlyToAMemberAndSwapsTheAccessLevels() {
    String memberId = fake.newMember("fay@example.com").seed();
    String orgPath = "/organization/" + SandboxFixtures.WAPIKIT_ORG_ID + "/transfer";

    HttpResponse<String> stranger = post(orgPath, "{\"newOwnerId\":\"mem_ghost\"}");
    HttpResponse<String> moved = post(orgPath, "{\"newOwnerId\":\"" + memberId + "\"}");
    HttpResponse<String> noOrg = post("/organization/org_ghost/transfer", "{\"newOwnerId\":\"" + memberId + "\"}");

    assertThat(stranger.statusCode()).isEqualTo(400);
    assertThat(json(stranger).get("message").asText()).isEqualTo("new owner is not a member of this organization");
    assertThat(json(moved).get("isTransferred").asBoolean()).isTrue();
    assertThat(fake.ownerId()).isEqualTo(memberId);
    assertThat(fake.accessLevelOf(memberId)).hasValue("Owner");
    assertThat(fake.accessLevelOf(SandboxFixtures.WAPIKIT_OWNER_ID)).hasValue("Member");
    assertThat(noOrg.statusCode()).isEqualTo(404);
    assertThat(delete("/organization/members/" + SandboxFixtures.WAPIKIT_OWNER_ID).statusCode())
        .as("the old owner can go now")
        .isEqualTo(200);
  }

  @Test
  void organizationsAreCreatedListedAndUpdatedWithTheirSettings() {
    JsonNode created = json(post("/organization", "{\"name\":\"Second\",\"description\":\"another\"}"))
        .get("organization");
    String id = created.get("uniqueId").asText();
    String update = "{\"name\":\"Sandbox Org EU\",\"description\":\"EU team\","
        + "\"slackNotificationConfiguration\":{\"slackChannel\":\"#alerts\","
        + "\"slackWebhookUrl\":\"https://hooks.slack.example/T1/B2/xyz\"},"
        + "\"emailNotificationConfiguration\":{\"smtpHost\":\"smtp.example.com\",\"smtpPort\":\"587\","
        + "\"smtpUsername\":\"mailer\",\"smtpPassword\":\"smtp-pw-123\"},"
        + "\"aiConfiguration\":{\"isEnabled\":false,\"model\":\"Claude3.5\",\"apiKey\":\"new-ai-key-456\"}}";

    HttpResponse<String> updated = post("/organization/" + SandboxFixtures.WAPIKIT_ORG_ID, update);
    JsonNode org = json(get("/organization/" + SandboxFixtures.WAPIKIT_ORG_ID)).get("organization");
    JsonNode ai = json(get("/organization/ai-configuration")).get("aiConfiguration");
    JsonNode list = json(get("/organization?page=1&per_page=1&sortBy=desc"));

    assertThat(created.get("name").asText()).isEqualTo("Second");
    assertThat(json(updated).get("isUpdated").asBoolean()).isTrue();
    assertThat(org.get("name").asText()).isEqualTo("Sandbox Org EU");
    assertThat(org.get("slackNotificationConfiguration").get("slackChannel").asText()).isEqualTo("#alerts");
    assertThat(org.get("emailNotificationConfiguration").get("smtpPassword").asText()).isEqualTo("smtp-pw-123");
    assertThat(org.get("aiConfiguration").get("model").asText()).isEqualTo("Claude3.5");
    assertThat(ai.get("apiKey").asText()).isEqualTo("new-ai-key-456");
    assertThat(ai.get("isEnabled").asBoolean()).isFalse();
    assertThat(values(list.get("organizations"), "uniqueId")).containsExactly(id);
    assertThat(list.get("paginationMeta").get("total").asInt()).isEqualTo(2);
    assertThat(get("/organization/org_ghost").statusCode()).isEqualTo(404);
    assertThat(post("/organization/org_ghost", "{\"name\":\"x\"}").statusCode()).isEqualTo(404);
  }

  @Test
  void tagsAreCreatedOnceAndPaged() {
    fake.seedTag("tag_1", "vip");

    JsonNode created = json(post("/organization/tags", "{\"label\":\"churn-risk\"}")).get("tag");
    HttpResponse<String> duplicate = post("/organization/tags", "{\"label\":\"VIP\"}");
    JsonNode second = json(get("/organization/tags?page=2&per_page=1"));

    assertThat(created.get("label").asText()).isEqualTo("churn-risk");
    assertThat(duplicate.statusCode()).isEqualTo(400);
    assertThat(values(second.get("tags"), "label")).containsExactly("churn-risk");
    assertThat(second.get("paginationMeta").get("total").asInt()).isEqualTo(2);
  }

  @Test
  void regeneratingTheKeyRetiresTheOneTheCallWasMadeWith() {
    HttpResponse<String> response = get("/auth/api-keys/regenerate");
    String newKey = json(response).get("apiKey").get("key").asText();

    assertThat(newKey).startsWith("wk_");
    assertThat(get("/organization/tags?page=1&per_page=1").statusCode()).isEqualTo(401);
    assertThat(Http.get(url("/organization/tags?page=1&per_page=1"), "x-access-token", newKey).statusCode())
        .isEqualTo(200);
    assertThat(fake.acceptsApiKey(SandboxFixtures.API_KEY)).isFalse();
    assertThat(fake.acceptsApiKey(newKey)).isTrue();

    fake.reset();
    assertThat(fake.acceptsApiKey(SandboxFixtures.API_KEY)).isTrue();
    assertThat(fake.acceptsApiKey(newKey)).isFalse();
  }

  @Test
  void templatesAndPhoneNumbersComeFromTheFixtures() {
    JsonNode templates = json(get("/organization/templates"));
    JsonNode template = json(get("/organization/templates/" + SandboxFixtures.DEMO_TEMPLATE_ID)).get("template");
    JsonNode numbers = json(get("/organization/phone-numbers"));
    JsonNode number = json(get("/organization/phone-numbers/" + SandboxFixtures.DEMO_PHONE_NUMBER_ID));

    assertThat(values(templates, "category")).containsExactly("UTILITY", "MARKETING", "AUTHENTICATION");
    assertThat(values(template.get("components"), "type")).containsExactly("HEADER", "BODY", "FOOTER", "BUTTONS");
    assertThat(values(template.get("components").get(3).get("buttons"), "type")).containsExactly("URL", "QUICK_REPLY");
    assertThat(values(numbers, "id"))
        .containsExactly(SandboxFixtures.DEMO_PHONE_NUMBER_ID, SandboxFixtures.UK_PHONE_NUMBER_ID);
    assertThat(number.get("code_verification_status").get("status").asText()).isEqualTo("VERIFIED");
    assertThat(get("/organization/templates/404").statusCode()).isEqualTo(404);
    assertThat(json(get("/organization/phone-numbers/404")).get("message").asText()).isEqualTo("phone number not found");
  }

  @Test
  void updatingTheWhatsAppAccountIssuesANewWebhookSecret() {
    JsonNode account = json(post("/organization/whatsappBusinessAccount",
        "{\"businessAccountId\":\"222\",\"accessToken\":\"EAAG-new-token\"}"));
    JsonNode org = json(get("/organization/" + SandboxFixtures.WAPIKIT_ORG_ID)).get("organization");

    assertThat(account.get("businessAccountId").asText()).isEqualTo("222");
    assertThat(account.get("accessToken").asText()).isEqualTo("EAAG-new-token");
    assertThat(account.get("webhookSecret").asText()).startsWith("whsec_")
        .isNotEqualTo(SandboxFixtures.WHATSAPP_WEBHOOK_SECRET);
    assertThat(org.get("businessAccountId").asText()).isEqualTo("222");
  }

  @Test
  void demoFixturesSeedAMemberARoleAndATag() {
    sandbox.seedDemoFixtures();

    JsonNode member = json(get("/organization/members/" + SandboxFixtures.DEMO_MEMBER_ID)).get("member");
    JsonNode role = json(get("/rbac/roles/" + SandboxFixtures.DEMO_ROLE_ID)).get("role");
    JsonNode tags = json(get("/organization/tags?page=1&per_page=10")).get("tags");

    assertThat(member.get("email").asText()).isEqualTo(SandboxFixtures.DEMO_MEMBER_EMAIL);
    assertThat(member.get("name").asText()).isEqualTo(SandboxFixtures.DEMO_MEMBER_NAME);
    assertThat(texts(role.get("permissions"))).containsExactlyElementsOf(SandboxFixtures.DEMO_ROLE_PERMISSIONS);
    assertThat(values(tags, "uniqueId")).containsExactly(SandboxFixtures.DEMO_TAG_ID);
    assertThat(delete("/rbac/roles/" + SandboxFixtures.DEMO_ROLE_ID).statusCode()).as("assigned to nobody").isEqualTo(200);
  }

  @Test
  void everyNewEndpointSendsRateLimitHeaders() {
    for (HttpResponse<String> response : List.of(get("/organization/members?page=1&per_page=1"),
        get("/rbac/roles/ghost"), get("/organization/templates"), get("/organization/ai-configuration"),
        Http.send(HttpRequest.newBuilder(java.net.URI.create(url("/organization/tags?page=1&per_page=1")))))) {
      assertThat(response.headers().firstValue("X-RateLimit-Limit")).isPresent();
      assertThat(response.headers().firstValue("X-RateLimit-Reset")).isPresent();
    }
  }
}
