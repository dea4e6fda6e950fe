package dev.orginvites.examples;

import static dev.orginvites.testkit.SandboxFixtures.API_KEY;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_SLUG;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_SLUG_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WapikitCommandTest extends DemoSandboxTest {
  private final CliRun cli = CliRun.standard();

  /** {@code invites wapikit COMMAND --base-url SANDBOX --api-key sandbox-key MORE...}. */
  private CliRun.Result wapikit(String command, String... more) {
    List<String> args =
        new ArrayList<>(List.of("wapikit", command, "--base-url", sandbox.wapikitBaseUrl(), "--api-key", API_KEY));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  private static JsonNode json(CliRun.Result result) throws IOException {
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().lines()).as("one JSON object on stdout").hasSize(1);
    return JSON.readTree(result.out());
  }

  @Test
  void listShowsAPageAsATable() {
    CliRun.Result result = wapikit("list");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("EMAIL").contains(DEMO_SLUG_EMAIL).contains("Pending").contains("Page 1");
  }

  @Test
  void listPagesWithJson() throws IOException {
    for (int i = 1; i <= 4; i++) {
      sandbox.wapikit().seedInvite("s" + i, "user" + i + "@example.com", "Member");
    }

    JsonNode page = json(wapikit("list", "--page", "2", "--per-page", "2", "--sort", "asc", "--json"));

    assertThat(page.get("page").asInt()).isEqualTo(2);
    assertThat(page.get("perPage").asInt()).isEqualTo(2);
    assertThat(page.get("total").asInt()).isEqualTo(5);
    assertThat(page.get("hasNextPage").asBoolean()).isTrue();
    assertThat(page.get("invites")).hasSize(2);
    assertThat(page.get("invites").get(0).get("email").asText()).isEqualTo("user2@example.com");
  }

  @Test
  void listAllFetchesEveryPage() throws IOException {
    for (int i = 1; i <= 60; i++) {
      sandbox.wapikit().seedInvite("s" + i, "user" + i + "@example.com", "Owner");
    }

    JsonNode all = json(wapikit("list", "--all", "--json"));

    assertThat(all.get("total").asInt()).isEqualTo(61);
    assertThat(all.get("invites")).hasSize(61);
    assertThat(sandbox.wapikit().requestCount()).as("two pages of 50").isEqualTo(2);
  }

  @Test
  void createInvitesAndTheSlugReachesTheInvitee() throws IOException {
    JsonNode invite = json(wapikit("create", "--email", "ann@example.com", "--access-level", "owner", "--json"));

    assertThat(invite.get("email").asText()).isEqualTo("ann@example.com");
    assertThat(invite.get("accessLevel").asText()).isEqualTo("Owner");
    assertThat(invite.get("status").asText()).isEqualTo("Pending");
    assertThat(sandbox.wapikit().slugFor("ann@example.com")).isPresent();
  }

  @Test
  void createDefaultsToMember() {
    CliRun.Result result = wapikit("create", "--email", "bob@example.com");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Invited bob@example.com as Member (Pending)");
  }

  @Test
  void creatingAnAlreadyInvitedEmailExits5() {
    CliRun.Result result = wapikit("create", "--email", DEMO_SLUG_EMAIL);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(result.err()).contains("400").contains("already");
  }

  @Test
  void getShowsTheInviteOfASlug() throws IOException {
    JsonNode invite = json(wapikit("get", "--slug", DEMO_SLUG, "--json"));

    assertThat(invite.get("email").asText()).isEqualTo(DEMO_SLUG_EMAIL);
    assertThat(wapikit("get", "--slug", DEMO_SLUG).out()).contains(DEMO_SLUG_EMAIL);
  }

  @Test
  void unknownSlugExits3() {
    assertThat(wapikit("get", "--slug", "nope").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(wapikit("accept", "--slug", "nope").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void acceptHidesTheSessionTokenUnlessJsonAsksForIt() throws IOException {
    sandbox.wapikit().seedInvite("second", "second@example.com", "Member");

    CliRun.Result human = wapikit("accept", "--slug", DEMO_SLUG);
    JsonNode json = json(wapikit("accept", "--slug", "second", "--json"));

    assertThat(human.exitCode()).as(human.toString()).isZero();
    assertThat(human.out()).contains("Accepted invite " + DEMO_SLUG).contains("not shown").doesNotContain("wks_");
    assertThat(json.get("slug").asText()).isEqualTo("second");
    assertThat(json.get("sessionToken").asText()).startsWith("wks_");
    assertThat(sandbox.wapikit().inviteStatus(DEMO_SLUG)).hasValue("Redeemed");
  }

  @Test
  void acceptingARedeemedInviteExits5() {
    assertThat(wapikit("accept", "--slug", DEMO_SLUG).exitCode()).isZero();

    CliRun.Result again = wapikit("accept", "--slug", DEMO_SLUG);

    assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.CLIENT_ERROR);
  }

  @Test
  void theApiKeyComesFromTheEnvironmentWhenNotGiven() {
    CliRun.Result result =
        cli.withEnv(Map.of("WAPIKIT_API_KEY", API_KEY))
            .run("wapikit", "get", "--base-url", sandbox.wapikitBaseUrl(), "--slug", DEMO_SLUG);

    assertThat(result.exitCode()).as(result.toString()).isZero();
  }

  @Test
  void noApiKeyExits2AndAWrongOneExits5() {
    CliRun.Result none = cli.run("wapikit", "get", "--base-url", sandbox.wapikitBaseUrl(), "--slug", DEMO_SLUG);
    CliRun.Result wrong =
        cli.run("wapikit", "get", "--base-url", sandbox.wapikitBaseUrl(), "--slug", DEMO_SLUG, "--api-key", "wrong");

    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("WAPIKIT_API_KEY");
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(wrong.err()).contains("401").doesNotContain("wrong");
  }

  @Test
  void serverErrorExits6() {
    sandbox.wapikit().failNext(1, 503);

    assertThat(wapikit("get", "--slug", DEMO_SLUG, "--retries", "0").exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
  }

  @Test
  void invalidInputExits2AndSendsNothing() {
    assertThat(wapikit("list", "--page", "0").exitCode()).as("page 0").isEqualTo(ExitCodes.USAGE);
    assertThat(wapikit("list", "--all", "--page", "2").exitCode()).as("--all with --page").isEqualTo(2);
    assertThat(wapikit("list", "--sort", "sideways").exitCode()).as("unknown sort").isEqualTo(2);
    assertThat(wapikit("list", "--sort", "UNKNOWN").exitCode()).as("the UNKNOWN constant").isEqualTo(2);
    assertThat(wapikit("list", "--sort", "unknown").err()).contains("--sort: 'unknown' is not one of asc, desc");
    assertThat(wapikit("create", "--email", "c@example.com", "--access-level", "unknown").exitCode())
        .as("the UNKNOWN constant as an access level")
        .isEqualTo(ExitCodes.USAGE);
    assertThat(wapikit("create", "--email", "not-an-email").exitCode()).as("bad email").isEqualTo(2);
    assertThat(wapikit("create", "--email", "c@example.com", "--access-level", "Admin").exitCode())
        .as("bad access level")
        .isEqualTo(ExitCodes.USAGE);
    assertThat(wapikit("get").exitCode()).as("no slug").isEqualTo(ExitCodes.USAGE);
    assertThat(wapikit("bulk", "--csv", "/no/such/file.csv").exitCode()).as("no csv").isEqualTo(2);
    CliRun.Result insecure =
        cli.run("wapikit", "list", "--base-url", "http://api.example.com/api", "--api-key", API_KEY);
    assertThat(insecure.exitCode()).as("key over plain http to another host").isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("wapikit").exitCode()).as("no subcommand").isEqualTo(ExitCodes.USAGE);
    assertThat(sandbox.wapikit().requestCount()).isZero();
  }
}
