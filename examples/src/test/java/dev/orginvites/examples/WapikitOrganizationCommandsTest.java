package dev.orginvites.examples;

import static dev.orginvites.testkit.SandboxFixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orginvites.testkit.SandboxFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code invites wapikit} organization commands against a sandbox with the demo fixtures: what they print as
 * text and as JSON, their exit codes, their usage errors (nothing sent), and secrets: read from files or the
 * environment, and shown nowhere, not even in a {@code --verbose} run, but the one result asked for with --json.
 */
class WapikitOrganizationCommandsTest extends DemoSandboxTest {
  private static final String SLACK_URL = "https://hooks.slack.example/services/T0/B1/cliSlackSecret";
  private static final String SMTP_PASSWORD = "cli-smtp-Pa55";
  private static final String AI_KEY = "sk-cli-ai-provider-0042";
  private static final String WHATSAPP_TOKEN = "EAAG-cli-whatsapp-token-77";

  @TempDir Path dir;

  private CliRun cli = CliRun.standard();

  /** {@code invites wapikit WORDS... --base-url SANDBOX --api-key sandbox-key}, the words split at spaces. */
  private CliRun.Result wapikit(String words, String... more) {
    List<String> args = new ArrayList<>();
    args.add("wapikit");
    args.addAll(List.of(words.split(" ")));
    args.addAll(List.of("--base-url", sandbox.wapikitBaseUrl(), "--api-key", API_KEY));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  private static JsonNode json(CliRun.Result result) throws IOException {
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().lines()).as("one JSON object on stdout").hasSize(1);
    return JSON.readTree(result.out());
  }

  private static List<String> values(JsonNode list, String field) {
    List<String> values = new ArrayList<>();
    list.forEach(item -> values.add(item.get(field).asText()));
    return values;
  }

  @Test
  void membersAreListedAsATableAndAsTheServicesObjects() throws IOException {
    CliRun.Result table = wapikit("members list");
    JsonNode page = json(wapikit("members list", "--per-page", "1", "--sort", "desc", "--json"));
    JsonNode all = json(wapikit("members list", "--all", "--json"));

    assertThat(table.exitCode()).as(table.toString()).isZero();
    assertThat(table.out()).contains("EMAIL", SandboxFixtures.DEMO_MEMBER_EMAIL, SandboxFixtures.WAPIKIT_OWNER_EMAIL)
        .contains("Page 1 (50 per page), 2 member(s) in all");
    assertThat(values(page.get("members"), "uniqueId")).containsExactly(SandboxFixtures.DEMO_MEMBER_ID);
    assertThat(page.get("total").asInt()).isEqualTo(2);
    assertThat(page.get("hasNextPage").asBoolean()).isTrue();
    assertThat(page.get("members").get(0).get("accessLevel").asText()).isEqualTo("Member");
    assertThat(page.get("members").get(0).get("roles").isArray()).isTrue();
    assertThat(all.get("total").asInt()).isEqualTo(2);
  }

  @Test
  void aMemberGetsARoleANewAccessLevelAndIsRemoved() throws IOException {
    CliRun.Result roles = wapikit("members set-roles", "--id", SandboxFixtures.DEMO_MEMBER_ID, "--role-id",
        SandboxFixtures.DEMO_ROLE_ID);
    JsonNode updated = json(wapikit("members update", "--id", SandboxFixtures.DEMO_MEMBER_ID, "--access-level",
        "OWNER", "--json"));
    CliRun.Result shown = wapikit("members get", "--id", SandboxFixtures.DEMO_MEMBER_ID);
    CliRun.Result inUse = wapikit("roles delete", "--id", SandboxFixtures.DEMO_ROLE_ID);
    JsonNode removed = json(wapikit("members remove", "--id", SandboxFixtures.DEMO_MEMBER_ID, "--json"));
    CliRun.Result gone = wapikit("members get", "--id", SandboxFixtures.DEMO_MEMBER_ID);

    assertThat(roles.out()).contains("has the roles " + SandboxFixtures.DEMO_ROLE_ID);
    assertThat(updated.get("accessLevel").asText()).isEqualTo("Owner");
    assertThat(values(updated.get("roles"), "name")).containsExactly(SandboxFixtures.DEMO_ROLE_NAME);
    assertThat(shown.out()).contains("Access level  Owner", "Roles         " + SandboxFixtures.DEMO_ROLE_NAME);
    assertThat(inUse.exitCode()).as(inUse.toString()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(inUse.err()).contains("400", "still assigned");
    assertThat(removed.get("data").asBoolean()).isTrue();
    assertThat(gone.exitCode()).as("any 404 exits 3").isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(gone.err()).contains("404", "member not found");
  }

  @Test
  void rolesAreCreatedUpdatedAndDeleted() throws IOException {
    JsonNode created = json(wapikit("roles create", "--name", "Campaigns", "--permission", "get:campaign",
        "--permission", "Create:Campaign", "--json"));
    String id = created.get("uniqueId").asText();
    CliRun.Result updated = wapikit("roles update", "--id", id, "--name", "Campaign lead", "--description", "Leads",
        "--permission", "Delete:Campaign");
    JsonNode listed = json(wapikit("roles list", "--all", "--json"));
    JsonNode deleted = json(wapikit("roles delete", "--id", id, "--json"));

    assertThat(created.get("permissions")).extracting(JsonNode::asText)
        .containsExactly("Get:Campaign", "Create:Campaign");
    assertThat(updated.out()).contains("Updated role " + id, "Permissions   Delete:Campaign", "Description   Leads");
    assertThat(values(listed.get("roles"), "name")).containsExactly(SandboxFixtures.DEMO_ROLE_NAME, "Campaign lead");
    assertThat(deleted.get("data").asBoolean()).isTrue();
  }

  @Test
  void aRetiredPermissionIsRefusedByTheServiceWithExit5() {
    sandbox.wapikit().retirePermission("Get:PhoneNumbers");

    CliRun.Result result = wapikit("roles create", "--name", "Phones", "--permission", "Get:PhoneNumbers");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(result.err()).contains("unknown permission: Get:PhoneNumbers");
  }

  @Test
  void tagsAreCreatedAndListed() throws IOException {
    CliRun.Result created = wapikit("tags create", "--label", "churn-risk");
    JsonNode tags = json(wapikit("tags list", "--json"));

    assertThat(created.out()).startsWith("Created tag churn-risk (tag_");
    assertThat(values(tags.get("tags"), "label")).containsExactly(SandboxFixtures.DEMO_TAG_LABEL, "churn-risk");
  }

  @Test
  void organizationsAreCreatedShownUpdatedAndTransferred() throws IOException {
    JsonNode created = json(wapikit("org create", "--name", "Acme EU", "--description", "EU team", "--json"));
    CliRun.Result shown = wapikit("org get", "--id", SandboxFixtures.WAPIKIT_ORG_ID);
    CliRun.Result updated = wapikit("org update", "--id", SandboxFixtures.WAPIKIT_ORG_ID, "--name", "Renamed");
    JsonNode transferred = json(wapikit("org transfer", "--id", SandboxFixtures.WAPIKIT_ORG_ID, "--new-owner-id",
        SandboxFixtures.DEMO_MEMBER_ID, "--json"));
    CliRun.Result stranger = wapikit("org transfer", "--id", SandboxFixtures.WAPIKIT_ORG_ID, "--new-owner-id",
        "mem_ghost");
    JsonNode list = json(wapikit("org list", "--sort", "desc", "--json"));

    assertThat(created.get("name").asText()).isEqualTo("Acme EU");
    assertThat(shown.out()).contains("Organization  Sandbox Org", "WhatsApp      account "
        + SandboxFixtures.WHATSAPP_BUSINESS_ACCOUNT_ID, "(access token and webhook secret not shown)");
    assertThat(updated.out()).contains("Updated organization " + SandboxFixtures.WAPIKIT_ORG_ID);
    assertThat(transferred.get("isTransferred").asBoolean()).isTrue();
    assertThat(sandbox.wapikit().ownerId()).isEqualTo(SandboxFixtures.DEMO_MEMBER_ID);
    assertThat(stranger.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(stranger.err()).contains("not a member");
    assertThat(values(list.get("organizations"), "name")).containsExactly("Acme EU", "Renamed");
  }

  @Test
  void theWhatsAppPartsAreShown() throws IOException {
    CliRun.Result templates = wapikit("templates list");
    CliRun.Result template = wapikit("templates get", "--id", SandboxFixtures.DEMO_TEMPLATE_ID);
    JsonNode templateJson = json(wapikit("templates get", "--id", SandboxFixtures.MARKETING_TEMPLATE_ID, "--json"));
    JsonNode numbers = json(wapikit("phone-numbers list", "--json"));
    CliRun.Result number = wapikit("phone-numbers get", "--id", SandboxFixtures.DEMO_PHONE_NUMBER_ID);
    CliRun.Result missing = wapikit("templates get", "--id", "404");

    assertThat(templates.out()).contains("order_shipped", "spring_sale", "login_code", "3 template(s)");
    assertThat(template.out()).contains("UTILITY", "APPROVED", "URL \"Track order\"", "QUICK_REPLY");
    assertThat(templateJson.get("components").get(1).get("limited_time_offer").get("offer_code").asText())
        .isEqualTo("SPRING25");
    assertThat(values(numbers.get("phoneNumbers"), "id"))
        .containsExactly(SandboxFixtures.DEMO_PHONE_NUMBER_ID, SandboxFixtures.UK_PHONE_NUMBER_ID);
    assertThat(number.out()).contains("+1 555-010-0199", "VERIFIED");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void joinRedeemsTheInviteAndPrintsTheTokenOnlyWithJson() throws IOException {
    sandbox.wapikit().seedInvite("second", "second@example.com", "Member");

    CliRun.Result human = wapikit("join", "--slug", SandboxFixtures.DEMO_SLUG);
    JsonNode joined = json(wapikit("join", "--slug", "second", "--json"));
    CliRun.Result unknown = wapikit("join", "--slug", "ghost");

    assertThat(human.out()).contains("Joined with invite " + SandboxFixtures.DEMO_SLUG, "not shown")
        .doesNotContain("wks_");
    assertThat(joined.get("sessionToken").asText()).startsWith("wks_");
    assertThat(sandbox.wapikit().isMember(SandboxFixtures.DEMO_SLUG_EMAIL)).isTrue();
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void theRegeneratedKeyIsOnlyPrintedWithJsonAndTheOldOneStopsWorking() throws IOException {
    CliRun.Result human = wapikit("api-key regenerate");
    sandbox.wapikit().addApiKey("second-key-0002");
    JsonNode json = json(cli.run("wapikit", "api-key", "regenerate", "--base-url", sandbox.wapikitBaseUrl(),
        "--api-key", "second-key-0002", "--json"));
    String newKey = json.get("key").asText();
    CliRun.Result old = cli.run("wapikit", "tags", "list", "--base-url", sandbox.wapikitBaseUrl(), "--api-key",
        "second-key-0002");
    CliRun.Result fresh = cli.run("wapikit", "tags", "list", "--base-url", sandbox.wapikitBaseUrl(), "--api-key",
        newKey);

    assertThat(human.exitCode()).as(human.toString()).isZero();
    assertThat(human.out()).contains("not shown", "The old key no longer works").doesNotContain("wk_");
    assertThat(sandbox.wapikit().acceptsApiKey(API_KEY)).isFalse();
    assertThat(newKey).startsWith("wk_");
    assertThat(json.get("uniqueId").asText()).isNotBlank();
    assertThat(old.exitCode()).as("the old key").isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(old.err()).contains("401");
    assertThat(fresh.exitCode()).as(fresh.toString()).isZero();
  }

  @Test
  void secretsForAnOrganizationUpdateComeFromFilesOrTheEnvironment() throws IOException {
    Path slack = Files.writeString(dir.resolve("slack-url"), SLACK_URL + "\n");
    Path smtp = Files.writeString(dir.resolve("smtp-password"), SMTP_PASSWORD + "\n");

    CliRun.Result result = cli.withEnv(Map.of("WAPIKIT_AI_API_KEY", AI_KEY)).run("wapikit", "org", "update",
        "--base-url", sandbox.wapikitBaseUrl(), "--api-key", API_KEY, "--id", SandboxFixtures.WAPIKIT_ORG_ID,
        "--name", "Sandbox Org", "--slack-channel", "#ops", "--slack-webhook-url-file", slack.toString(),
        "--smtp-host", "smtp.example.com", "--smtp-port", "587", "--smtp-username", "mailer",
        "--smtp-password-file", smtp.toString(), "--ai-model", "claude3.5", "--ai-enabled", "false", "--verbose");
    JsonNode org = json(wapikit("org get", "--id", SandboxFixtures.WAPIKIT_ORG_ID, "--json"));
    JsonNode ai = json(wapikit("ai-config get", "--json"));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertNowhere(result, SLACK_URL, SMTP_PASSWORD, AI_KEY);
    assertThat(result.err()).as("the verbose log ran").contains("POST", "/organization/org_sandbox");
    assertThat(org.get("slackNotificationConfiguration").get("slackChannel").asText()).isEqualTo("#ops");
    assertThat(org.get("slackNotificationConfiguration").get("slackWebhookUrl").asText()).isEqualTo("***");
    assertThat(org.get("emailNotificationConfiguration").get("smtpPassword").asText()).isEqualTo("***");
    assertThat(org.get("aiConfiguration").get("model").asText()).isEqualTo("Claude3.5");
    assertThat(ai.get("apiKey").asText()).isEqualTo("***");
    assertThat(ai.get("isEnabled").asBoolean()).isFalse();
  }

  @Test
  void theWhatsAppTokenComesFromAFileOrTheEnvironmentAndIsShownNowhere() throws IOException {
    Path token = Files.writeString(dir.resolve("token"), WHATSAPP_TOKEN);

    CliRun.Result fromFile = wapikit("whatsapp-account update", "--business-account-id", "222",
        "--access-token-file", token.toString(), "--verbose");
    CliRun.Result fromEnv = cli.withEnv(Map.of("WAPIKIT_WHATSAPP_ACCESS_TOKEN", WHATSAPP_TOKEN)).run("wapikit",
        "whatsapp-account", "update", "--base-url", sandbox.wapikitBaseUrl(), "--api-key", API_KEY,
        "--business-account-id", "333", "--json", "--verbose");
    CliRun.Result none = wapikit("whatsapp-account update", "--business-account-id", "444");

    assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
    assertThat(fromFile.out()).contains("Linked WhatsApp Business account 222", "not shown");
    assertThat(JSON.readTree(fromEnv.out()).get("accessToken").asText()).isEqualTo("***");
    assertThat(JSON.readTree(fromEnv.out()).get("webhookSecret").asText()).isEqualTo("***");
    assertNowhere(fromFile, WHATSAPP_TOKEN, "whsec_");
    assertNowhere(fromEnv, WHATSAPP_TOKEN, "whsec_");
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("--access-token-file", "WAPIKIT_WHATSAPP_ACCESS_TOKEN");
  }

  @Test
  void everySecretThroughAnErrorPathAndAVerboseRunIsShownNowhere() throws IOException {
    Path token = Files.writeString(dir.resolve("token"), WHATSAPP_TOKEN);
    Path slack = Files.writeString(dir.resolve("slack"), SLACK_URL);
    Path smtp = Files.writeString(dir.resolve("smtp"), SMTP_PASSWORD);
    Path ai = Files.writeString(dir.resolve("ai"), AI_KEY);
    sandbox.wapikit().failNext(2, 400);
    Map<String, CliRun.Result> runs = new LinkedHashMap<>();

    runs.put("whatsapp refused", wapikit("whatsapp-account update", "--business-account-id", "222",
        "--access-token-file", token.toString(), "--verbose"));
    runs.put("org update refused", wapikit("org update", "--id", SandboxFixtures.WAPIKIT_ORG_ID, "--name", "X",
        "--slack-channel", "#ops", "--slack-webhook-url-file", slack.toString(), "--smtp-host", "h", "--smtp-port",
        "25", "--smtp-username", "u", "--smtp-password-file", smtp.toString(), "--ai-model", "gpt4",
        "--ai-api-key-file", ai.toString(), "--verbose"));
    runs.put("org update not found", wapikit("org update", "--id", "org_ghost", "--name", "X",
        "--ai-model", "gpt4", "--ai-api-key-file", ai.toString(), "--verbose"));
    runs.put("ai-config", wapikit("ai-config get", "--verbose"));
    runs.put("ai-config json", wapikit("ai-config get", "--verbose", "--json"));
    runs.put("org get", wapikit("org get", "--id", SandboxFixtures.WAPIKIT_ORG_ID, "--verbose", "--json"));
    runs.put("join", wapikit("join", "--slug", SandboxFixtures.DEMO_SLUG, "--verbose"));
    runs.put("regenerate", wapikit("api-key regenerate", "--verbose"));

    assertThat(runs.get("whatsapp refused").exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(runs.get("org update refused").exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(runs.get("org update not found").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    runs.forEach((name, run) -> {
      assertThat(run.err()).as(name + ": the verbose log ran").contains("--> ", "<-- ");
      assertNowhere(run, API_KEY, WHATSAPP_TOKEN, SLACK_URL, SMTP_PASSWORD, AI_KEY,
          SandboxFixtures.WHATSAPP_ACCESS_TOKEN, SandboxFixtures.WHATSAPP_WEBHOOK_SECRET, SandboxFixtures.AI_API_KEY,
          "wks_", "\"key\":\"wk_");
    });
  }

  @Test
  void badInputExits2AndSendsNothing() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    List<CliRun.Result> runs = List.of(
        wapikit("members get", "--id", "a/b"),
        wapikit("members get"),
        wapikit("members update", "--id", "mem_demo", "--access-level", "admin"),
        wapikit("members list", "--all", "--per-page", "5"),
        wapikit("roles create", "--name", " "),
        wapikit("roles create", "--name", "R", "--permission", "Launch:Rocket"),
        wapikit("roles create", "--name", "R", "--permission", "unknown"),
        wapikit("tags create", "--label", ""),
        wapikit("org update", "--id", "org_sandbox", "--name", "N", "--ai-model", "gpt4"),
        wapikit("org update", "--id", "org_sandbox", "--name", "N", "--smtp-host", "h"),
        wapikit("org update", "--id", "org_sandbox", "--name", "N", "--slack-webhook-url-file", empty.toString()),
        wapikit("org update", "--id", "org_sandbox", "--name", "N", "--slack-channel", "#a",
            "--slack-webhook-url-file", empty.toString()),
        wapikit("org update", "--id", "org_sandbox", "--name", "N", "--ai-model", "gpt4",
            "--ai-api-key-file", dir.resolve("missing").toString()),
        wapikit("org transfer", "--id", "org_sandbox", "--new-owner-id", ".."),
        wapikit("org list", "--sort", "sideways"),
        cli.run("wapikit", "members"),
        cli.run("wapikit", "roles", "--api-key", API_KEY));

    for (CliRun.Result run : runs) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.out()).as(run.toString()).isEmpty();
    }
    assertThat(runs.get(5).err()).contains("--permission: 'Launch:Rocket' is not one of Get:OrganizationMember");
    assertThat(runs.get(8).err()).contains("no AI provider API key: pass --ai-api-key-file or set WAPIKIT_AI_API_KEY");
    assertThat(runs.get(10).err()).contains("--slack-webhook-url-file needs --slack-channel");
    assertThat(runs.get(11).err()).contains("--slack-webhook-url-file: '" + empty + "' is empty");
    assertThat(runs.get(15).err()).contains("missing command: list, get, update, set-roles or remove");
    assertThat(sandbox.wapikit().requestCount()).isZero();
  }

  private static void assertNowhere(CliRun.Result run, String... secrets) {
    for (String secret : secrets) {
      assertThat(run.out()).as("stdout: " + secret).doesNotContain(secret);
      assertThat(run.err()).as("stderr: " + secret).doesNotContain(secret);
    }
  }
}
