package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.PREFIX;
import static dev.orginvites.wapikit.WapikitTestSupport.assertStandardHeaders;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static dev.orginvites.wapikit.WapikitTestSupport.take;
import static dev.orginvites.wapikit.WapikitTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.Page;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.AiConfiguration;
import dev.orginvites.wapikit.model.AiConfigurationUpdate;
import dev.orginvites.wapikit.model.AiModel;
import dev.orginvites.wapikit.model.EmailNotificationConfiguration;
import dev.orginvites.wapikit.model.MessageTemplate;
import dev.orginvites.wapikit.model.Organization;
import dev.orginvites.wapikit.model.OrganizationMember;
import dev.orginvites.wapikit.model.OrganizationRole;
import dev.orginvites.wapikit.model.OrganizationTag;
import dev.orginvites.wapikit.model.PhoneNumber;
import dev.orginvites.wapikit.model.RolePermission;
import dev.orginvites.wapikit.model.SlackNotificationConfiguration;
import dev.orginvites.wapikit.model.SortOrder;
import dev.orginvites.wapikit.model.UpdateOrganizationRequest;
import dev.orginvites.wapikit.model.WhatsAppBusinessAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact request of every organization operation, sync and async: method, path under a prefixed base URL,
 * query, the {@code x-access-token} header and the JSON body; and what the facade returns from the documented
 * answer.
 */
class WapikitOrganizationRequestsTest extends WapikitTestSupport.ClientTest {

  /** One operation: how to call it both ways, the canned answer, and the request it must send. */
  record Case(String name, Function<WapikitClient, Object> sync, Function<WapikitClient, CompletableFuture<?>> async,
      String answer, String method, String path, Map<String, String> query, String body, Consumer<Object> result) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Map<String, String> query(String... pairs) {
    Map<String, String> query = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      query.put(pairs[i], pairs[i + 1]);
    }
    return query;
  }

  private static UpdateOrganizationRequest fullUpdate() {
    return new UpdateOrganizationRequest().name("Acme EU").description("EU support")
        .slackNotificationConfiguration(new SlackNotificationConfiguration().slackChannel("#alerts")
            .slackWebhookUrl("https://hooks.slack.example/T1/B2/c3"))
        .emailNotificationConfiguration(new EmailNotificationConfiguration().smtpHost("smtp.example.com")
            .smtpPort("587").smtpUsername("mailer").smtpPassword("smtp-pw-1"))
        .aiConfiguration(new AiConfigurationUpdate().isEnabled(true).model(AiModel.GEMINI1_5_PRO).apiKey("ai-key-1"));
  }

  @SuppressWarnings("unchecked")
  private static <T> T as(Object value) {
    return (T) value;
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("organizations().list", c -> c.organizations().list(2, 10, SortOrder.DESC),
        c -> c.organizations().listAsync(2, 10, SortOrder.DESC),
        OrgJson.page("organizations", 2, 10, 11, OrgJson.ORGANIZATION), "GET", "/organization",
        query("page", "2", "per_page", "10", "sortBy", "desc"), null,
        r -> {
          Page<Organization> page = as(r);
          assertThat(page.items()).extracting(Organization::getName).containsExactly("Acme");
          assertThat(page.total()).hasValue(11);
        }));
    cases.add(new Case("organizations().create", c -> c.organizations().create("Acme", "Support"),
        c -> c.organizations().createAsync("Acme", "Support"),
        OrgJson.wrap("organization", OrgJson.ORGANIZATION), "POST", "/organization", null,
        "{\"name\":\"Acme\",\"description\":\"Support\"}",
        r -> assertThat(((Organization) r).getUniqueId()).isEqualTo("org_1")));
    cases.add(new Case("organizations().get", c -> c.organizations().get("org_1"),
        c -> c.organizations().getAsync("org_1"),
        OrgJson.wrap("organization", OrgJson.ORGANIZATION), "GET", "/organization/org_1", null, null,
        r -> assertThat(((Organization) r).getAiConfiguration().getModel()).isEqualTo(AiModel.GPT4O)));
    cases.add(new Case("organizations().update(name)", c -> c.organizations().update("org_1", "Acme", null),
        c -> c.organizations().updateAsync("org_1", new UpdateOrganizationRequest().name("Acme")),
        "{\"isUpdated\":true}", "POST", "/organization/org_1", null, "{\"name\":\"Acme\"}",
        r -> assertThat(r).isEqualTo(true)));
    cases.add(new Case("organizations().update(everything)", c -> c.organizations().update("org_1", fullUpdate()),
        c -> c.organizations().updateAsync("org_1", fullUpdate()),
        "{\"isUpdated\":true}", "POST", "/organization/org_1", null,
        "{\"name\":\"Acme EU\",\"description\":\"EU support\","
            + "\"slackNotificationConfiguration\":{\"slackChannel\":\"#alerts\","
            + "\"slackWebhookUrl\":\"https://hooks.slack.example/T1/B2/c3\"},"
            + "\"emailNotificationConfiguration\":{\"smtpHost\":\"smtp.example.com\",\"smtpPort\":\"587\","
            + "\"smtpUsername\":\"mailer\",\"smtpPassword\":\"smtp-pw-1\"},"
            + "\"aiConfiguration\":{\"isEnabled\":true,\"model\":\"Gemini1.5Pro\",\"apiKey\":\"ai-key-1\"}}",
        r -> assertThat(r).isEqualTo(true)));
    cases.add(new Case("organizations().transferOwnership",
        c -> c.organizations().transferOwnership("org_1", "mem_2"),
        c -> c.organizations().transferOwnershipAsync("org_1", "mem_2"),
        "{\"isTransferred\":true}", "POST", "/organization/org_1/transfer", null, "{\"newOwnerId\":\"mem_2\"}",
        r -> assertThat(r).isEqualTo(true)));
    cases.add(new Case("members().list", c -> c.members().list(1, 20), c -> c.members().listAsync(1, 20),
        OrgJson.page("members", 1, 20, 1, OrgJson.MEMBER), "GET", "/organization/members",
        query("page", "1", "per_page", "20"), null,
        r -> {
          Page<OrganizationMember> page = as(r);
          assertThat(page.items()).extracting(OrganizationMember::getEmail).containsExactly("ann@example.com");
          assertThat(page.items().get(0).getRoles()).extracting(OrganizationRole::getName).containsExactly("Campaigns");
        }));
    cases.add(new Case("members().get", c -> c.members().get("mem_1"), c -> c.members().getAsync("mem_1"),
        OrgJson.wrap("member", OrgJson.MEMBER), "GET", "/organization/members/mem_1", null, null,
        r -> assertThat(((OrganizationMember) r).getAccessLevel()).isEqualTo(AccessLevel.MEMBER)));
    cases.add(new Case("members().updateAccessLevel", c -> c.members().updateAccessLevel("mem_1", AccessLevel.OWNER),
        c -> c.members().updateAccessLevelAsync("mem_1", AccessLevel.OWNER),
        OrgJson.wrap("data", OrgJson.wrap("member", OrgJson.MEMBER.replace("\"Member\"", "\"Owner\""))), "POST",
        "/organization/members/mem_1", null, "{\"accessLevel\":\"Owner\"}",
        r -> {
          Optional<OrganizationMember> member = as(r);
          assertThat(member).map(OrganizationMember::getAccessLevel).contains(AccessLevel.OWNER);
        }));
    cases.add(new Case("members().setRoles", c -> c.members().setRoles("mem_1", List.of("role_1", "role_2")),
        c -> c.members().setRolesAsync("mem_1", List.of("role_1", "role_2")),
        "{\"isRoleUpdated\":true}", "POST", "/organization/members/mem_1/role", null,
        "{\"updatedRoleIds\":[\"role_1\",\"role_2\"]}", r -> assertThat(r).isEqualTo(true)));
    cases.add(new Case("members().remove", c -> c.members().remove("mem_1"), c -> c.members().removeAsync("mem_1"),
        "{\"data\":true}", "DELETE", "/organization/members/mem_1", null, null, r -> assertThat(r).isEqualTo(true)));
    cases.add(new Case("roles().list", c -> c.roles().list(1, 5, SortOrder.ASC),
        c -> c.roles().listAsync(1, 5, SortOrder.ASC),
        OrgJson.page("roles", 1, 5, 1, OrgJson.ROLE), "GET", "/rbac/roles",
        query("page", "1", "per_page", "5", "sortBy", "asc"), null,
        r -> assertThat(WapikitOrganizationRequestsTest.<Page<OrganizationRole>>as(r).items().get(0)
            .getPermissions())
            .containsExactly(RolePermission.GET_CAMPAIGN, RolePermission.CREATE_CAMPAIGN)));
    cases.add(new Case("roles().create",
        c -> c.roles().create("Campaigns", "Runs campaigns", List.of(RolePermission.GET_CAMPAIGN,
            RolePermission.CREATE_CAMPAIGN)),
        c -> c.roles().createAsync("Campaigns", "Runs campaigns", List.of(RolePermission.GET_CAMPAIGN,
            RolePermission.CREATE_CAMPAIGN)),
        OrgJson.wrap("role", OrgJson.ROLE), "POST", "/rbac/roles", null,
        "{\"name\":\"Campaigns\",\"description\":\"Runs campaigns\",\"permissions\":[\"Get:Campaign\","
            + "\"Create:Campaign\"]}",
        r -> assertThat(((OrganizationRole) r).getUniqueId()).isEqualTo("role_1")));
    cases.add(new Case("roles().get", c -> c.roles().get("role_1"), c -> c.roles().getAsync("role_1"),
        OrgJson.wrap("role", OrgJson.ROLE), "GET", "/rbac/roles/role_1", null, null,
        r -> assertThat(((OrganizationRole) r).getName()).isEqualTo("Campaigns")));
    cases.add(new Case("roles().update",
        c -> c.roles().update("role_1", "Lead", null, List.of(RolePermission.REGENERATE_API_KEY)),
        c -> c.roles().updateAsync("role_1", "Lead", null, List.of(RolePermission.REGENERATE_API_KEY)),
        OrgJson.wrap("role", OrgJson.ROLE), "POST", "/rbac/roles/role_1", null,
        "{\"name\":\"Lead\",\"permissions\":[\"Regenerate:ApiKey\"]}",
        r -> assertThat(((OrganizationRole) r).getUniqueId()).isEqualTo("role_1")));
    cases.add(new Case("roles().delete", c -> c.roles().delete("role_1"), c -> c.roles().deleteAsync("role_1"),
        "{\"data\":true}", "DELETE", "/rbac/roles/role_1", null, null, r -> assertThat(r).isEqualTo(true)));
    cases.add(new Case("tags().list", c -> c.tags().list(3, 7), c -> c.tags().listAsync(3, 7),
        OrgJson.page("tags", 3, 7, 15, OrgJson.TAG), "GET", "/organization/tags", query("page", "3", "per_page", "7"),
        null, r -> assertThat(WapikitOrganizationRequestsTest.<Page<OrganizationTag>>as(r).hasNextPage()).isFalse()));
    cases.add(new Case("tags().create", c -> c.tags().create("vip"), c -> c.tags().createAsync("vip"),
        OrgJson.wrap("tag", OrgJson.TAG), "POST", "/organization/tags", null, "{\"label\":\"vip\"}",
        r -> assertThat(((OrganizationTag) r).getLabel()).isEqualTo("vip")));
    cases.add(new Case("invites().join", c -> c.invites().join("slug-1"), c -> c.invites().joinAsync("slug-1"),
        "{\"token\":\"sess_joined_0123\"}", "POST", "/auth/join-organization", null, "{\"inviteSlug\":\"slug-1\"}",
        r -> {
          assertThat(((AcceptedInvite) r).slug()).isEqualTo("slug-1");
          assertThat(((AcceptedInvite) r).sessionToken()).isEqualTo("sess_joined_0123");
        }));
    cases.add(new Case("apiKey().regenerate", c -> c.apiKey().regenerate(), c -> c.apiKey().regenerateAsync(),
        "{\"apiKey\":{\"uniqueId\":\"key_2\",\"key\":\"wk_new_key_0123\",\"createdAt\":\"2024-06-01T00:00:00Z\"}}",
        "GET", "/auth/api-keys/regenerate", null, null,
        r -> {
          assertThat(((RegeneratedApiKey) r).key()).isEqualTo("wk_new_key_0123");
          assertThat(((RegeneratedApiKey) r).uniqueId()).isEqualTo("key_2");
          assertThat(((RegeneratedApiKey) r).createdAt()).isEqualTo(java.time.OffsetDateTime.parse("2024-06-01T00:00:00Z"));
        }));
    cases.add(new Case("templates().list", c -> c.templates().list(), c -> c.templates().listAsync(),
        "[" + OrgJson.TEMPLATE + ",null]", "GET", "/organization/templates", null, null,
        r -> assertThat(WapikitOrganizationRequestsTest.<List<MessageTemplate>>as(r))
            .extracting(MessageTemplate::getName).containsExactly("order_shipped")));
    cases.add(new Case("templates().get", c -> c.templates().get("123"), c -> c.templates().getAsync("123"),
        OrgJson.wrap("template", OrgJson.TEMPLATE), "GET", "/organization/templates/123", null, null,
        r -> assertThat(((MessageTemplate) r).getComponents()).hasSize(2)));
    cases.add(new Case("phoneNumbers().list", c -> c.phoneNumbers().list(), c -> c.phoneNumbers().listAsync(),
        "[" + OrgJson.PHONE_NUMBER + "]", "GET", "/organization/phone-numbers", null, null,
        r -> assertThat(WapikitOrganizationRequestsTest.<List<PhoneNumber>>as(r))
            .extracting(PhoneNumber::getId).containsExactly("555")));
    cases.add(new Case("phoneNumbers().get", c -> c.phoneNumbers().get("555"), c -> c.phoneNumbers().getAsync("555"),
        OrgJson.PHONE_NUMBER, "GET", "/organization/phone-numbers/555", null, null,
        r -> assertThat(((PhoneNumber) r).getCodeVerificationStatus().getStatus()).isEqualTo("VERIFIED")));
    cases.add(new Case("whatsappBusinessAccount().update",
        c -> c.whatsappBusinessAccount().update("104", "EAAG-token-0123"),
        c -> c.whatsappBusinessAccount().updateAsync("104", "EAAG-token-0123"),
        "{\"businessAccountId\":\"104\",\"accessToken\":\"EAAG-token-0123\",\"webhookSecret\":\"whsec_1234\"}",
        "POST", "/organization/whatsappBusinessAccount", null,
        "{\"businessAccountId\":\"104\",\"accessToken\":\"EAAG-token-0123\"}",
        r -> assertThat(((WhatsAppBusinessAccount) r).getWebhookSecret()).isEqualTo("whsec_1234")));
    cases.add(new Case("aiConfiguration().get", c -> c.aiConfiguration().get(), c -> c.aiConfiguration().getAsync(),
        "{\"aiConfiguration\":{\"apiKey\":\"ai-key-0123\",\"model\":\"Claude3.5\",\"isEnabled\":false}}", "GET",
        "/organization/ai-configuration", null, null,
        r -> {
          assertThat(((AiConfiguration) r).getModel()).isEqualTo(AiModel.CLAUDE3_5);
          assertThat(((AiConfiguration) r).getApiKey()).isEqualTo("ai-key-0123");
        }));
    return cases;
  }

  static Stream<Arguments> casesAndModes() {
    return cases().stream().flatMap(c -> Stream.of(Arguments.of(c, Mode.SYNC), Arguments.of(c, Mode.ASYNC)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("casesAndModes")
  void everyOperationSendsItsExactRequest(Case operation, Mode mode) {
    server.enqueue(json(200, operation.answer()));

    Object result = mode.run(() -> operation.sync().apply(client), () -> as(operation.async().apply(client)));

    operation.result().accept(result);
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo(operation.method());
    HttpUrl url = request.getRequestUrl();
    assertThat(url.encodedPath()).isEqualTo(PREFIX + operation.path());
    Map<String, String> query = new LinkedHashMap<>();
    url.queryParameterNames().forEach(name -> query.put(name, url.queryParameter(name)));
    assertThat(query).isEqualTo(operation.query() == null ? Map.of() : operation.query());
    assertStandardHeaders(request);
    if (operation.body() == null) {
      assertThat(request.getBodySize()).isZero();
    } else {
      assertThat(request.getHeader("Content-Type")).startsWith("application/json");
      assertThat(tree(request.getBody().readUtf8())).isEqualTo(tree(operation.body()));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static final String ID = "(org_1|mem_1|role_1|123|555)";

  static Stream<Case> casesWithIds() {
    return cases().stream().filter(c -> c.path().matches(".*/" + ID + "(/.*)?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("casesWithIds")
  void idsTravelAsExactlyOnePathSegment(Case operation) {
    String odd = "a+b%c?d#e;f";
    server.enqueue(json(200, operation.answer()));

    oddCall(operation.name()).apply(odd);

    List<String> expected = new ArrayList<>(List.of((PREFIX + operation.path()).substring(1).split("/")));
    expected.replaceAll(segment -> segment.matches(ID) ? odd : segment);
    assertThat(take(server).getRequestUrl().pathSegments()).isEqualTo(expected);
  }

  /** The operation of {@code name} with its id replaced. */
  private Function<String, Object> oddCall(String name) {
    switch (name) {
      case "organizations().get": return id -> client.organizations().get(id);
      case "organizations().update(name)": return id -> client.organizations().update(id, "Acme", null);
      case "organizations().update(everything)": return id -> client.organizations().update(id, fullUpdate());
      case "organizations().transferOwnership": return id -> client.organizations().transferOwnership(id, "mem_2");
      case "members().get": return id -> client.members().get(id);
      case "members().updateAccessLevel": return id -> client.members().updateAccessLevel(id, AccessLevel.OWNER);
      case "members().setRoles": return id -> client.members().setRoles(id, List.of("role_1", "role_2"));
      case "members().remove": return id -> client.members().remove(id);
      case "roles().get": return id -> client.roles().get(id);
      case "roles().update": return id -> client.roles().update(id, "Lead", null, List.of());
      case "roles().delete": return id -> client.roles().delete(id);
      case "templates().get": return id -> client.templates().get(id);
      case "phoneNumbers().get": return id -> client.phoneNumbers().get(id);
      default: throw new AssertionError("no id in " + name);
    }
  }
}
