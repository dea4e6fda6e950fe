package dev.orginvites.examples;

import static dev.orginvites.testkit.SandboxFixtures.API_TOKEN;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_ADMIN_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_MEMBER_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_MEMBER_USER_ID;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_ORG_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orginvites.testkit.SandboxOutbox;
import dev.orginvites.testkit.WnologyFake;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code invites wnology org ...} against the sandbox: the whole lifecycle as a user would run it (invite, pending,
 * accept with the link from the outbox, members, set-role, remove; invite, revoke, the link then fails), the token
 * from the option or the environment and never printed, and the exit codes.
 */
class WnologyOrgCommandTest extends DemoSandboxTest {
  private static final String ANN = "ann@example.com";

  private CliRun.Result org(String command, String... more) {
    return org(CliRun.standard(), command, more);
  }

  private CliRun.Result org(CliRun cli, String command, String... more) {
    List<String> args = new ArrayList<>(List.of("wnology", "org", command, "--base-url", sandbox.wnologyBaseUrl(),
        "--org", DEMO_ORG_ID));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  private static JsonNode json(CliRun.Result result) throws IOException {
    assertThat(result.exitCode()).as(result.toString()).isZero();
    return JSON.readTree(result.out());
  }

  private static void assertNoToken(CliRun.Result result) {
    assertThat(result.out() + result.err()).doesNotContain(API_TOKEN);
  }

  @Test
  void theWholeLifecycleFromTheCommandLine() throws IOException {
    CliRun.Result invited = org("invite", "--api-token", API_TOKEN, "--email", ANN, "--role", "Edit");
    assertThat(invited.exitCode()).as(invited.toString()).isZero();
    assertThat(invited.out()).startsWith("Invited " + ANN + " as edit (invite ").contains("expires ")
        .contains("WEGnology emails them the link");
    assertNoToken(invited);

    JsonNode pending = json(org("pending", "--api-token", API_TOKEN, "--json"));
    assertThat(pending.get("invites")).as("the fixtures' two and Ann's").hasSize(3);
    JsonNode invite = pending.get("invites").get(2);
    assertThat(invite.get("email").asText()).isEqualTo(ANN);
    assertThat(invite.get("hasExpired").asBoolean()).isFalse();
    assertThat(invite.get("expiresAt").asText()).isNotBlank();

    // Ann follows the link from her email.
    SandboxOutbox.Message email = sandbox.outbox().latestFor(ANN).orElseThrow();
    CliRun.Result accepted = CliRun.standard().run("wnology", "accept", "--base-url", sandbox.wnologyBaseUrl(),
        "--link", email.link());
    assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
    assertThat(accepted.out()).contains("organization id " + DEMO_ORG_ID);

    CliRun env = CliRun.standard().withEnv(Map.of("WNOLOGY_API_TOKEN", API_TOKEN));
    CliRun.Result members = org(env, "members");
    assertThat(members.exitCode()).as(members.toString()).isZero();
    assertThat(members.out()).contains("USER ID").contains(ANN).contains(DEMO_ADMIN_EMAIL).contains("3 member(s)");
    String annId = sandbox.wnology().members(DEMO_ORG_ID).stream()
        .filter(m -> m.email().equals(ANN)).findFirst().orElseThrow().userId();
    assertThat(members.out()).containsPattern(annId + " +" + ANN + " +edit");

    JsonNode changed = json(org(env, "set-role", "--user-id", annId, "--role", "view", "--json"));
    assertThat(changed.get("email").asText()).isEqualTo(ANN);
    assertThat(changed.get("role").asText()).isEqualTo("view");
    CliRun.Result removed = org(env, "remove", "--user-id", annId);
    assertThat(removed.out()).isEqualTo("Removed member " + annId + "; 2 member(s) left" + System.lineSeparator());
    assertThat(sandbox.wnology().members(DEMO_ORG_ID)).extracting(WnologyFake.Member::email)
        .containsExactly(DEMO_ADMIN_EMAIL, DEMO_MEMBER_EMAIL);

    CliRun.Result again = org(env, "remove", "--user-id", annId);
    assertThat(again.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(again.err()).contains("invites: DELETE").contains("HTTP 404").contains("Member was not found");
    assertNoToken(again);
  }

  @Test
  void aRevokedInvitesLinkNoLongerWorks() throws IOException {
    JsonNode invite = json(org("invite", "--api-token", API_TOKEN, "--email", ANN, "--role", "collaborate",
        "--disallow-transfer", "--json"));
    assertThat(invite.get("disallowTransfer").asBoolean()).isTrue();
    assertThat(invite.get("role").asText()).isEqualTo("collaborate");

    CliRun.Result revoked = org("revoke", "--api-token", API_TOKEN, "--invite-id", invite.get("id").asText());
    assertThat(revoked.exitCode()).as(revoked.toString()).isZero();
    assertThat(revoked.out())
        .contains("Revoked invite " + invite.get("id").asText() + "; 2 invite(s) still pending")
        .as("the fixtures' two").doesNotContain(ANN);

    CliRun.Result link = CliRun.standard().run("wnology", "get", "--base-url", sandbox.wnologyBaseUrl(),
        "--link", sandbox.outbox().latestFor(ANN).orElseThrow().link());
    assertThat(link.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    CliRun.Result twice = org("revoke", "--api-token", API_TOKEN, "--invite-id", invite.get("id").asText());
    assertThat(twice.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(twice.err()).contains("Invite was not found");
  }

  @Test
  void theFixturesPendingListShowsTheExpiredInviteAndTheExamplesIdsWork() {
    CliRun.Result pending = org("pending", "--api-token", API_TOKEN);

    assertThat(pending.exitCode()).as(pending.toString()).isZero();
    assertThat(pending.out()).containsPattern("5e8f8c1b2a3d4e5f6a7b8ca1 +new.user\\+demo@example.com +edit +pending")
        .containsPattern("5e8f8c1b2a3d4e5f6a7b8ca2 +new.user\\+demo@example.com +edit +expired")
        .contains("2 pending invite(s)");
    assertThat(org("set-role", "--api-token", API_TOKEN, "--user-id", DEMO_MEMBER_USER_ID, "--role", "ADMIN").out())
        .isEqualTo("Changed the role of member+demo@example.com to admin" + System.lineSeparator());
  }

  @Test
  void refusalsAndFailuresHaveTheirExitCodes() {
    CliRun.Result duplicate = org("invite", "--api-token", API_TOKEN, "--email", DEMO_ADMIN_EMAIL, "--role", "view");
    assertThat(duplicate.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(duplicate.err()).contains("HTTP 400").contains("is already a member of this organization");

    CliRun.Result wrongToken = org("members", "--api-token", "not-the-token");
    assertThat(wrongToken.exitCode()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(wrongToken.err()).contains("HTTP 401").doesNotContain("not-the-token");

    CliRun.Result otherOrg = CliRun.standard().run("wnology", "org", "members", "--base-url",
        sandbox.wnologyBaseUrl(), "--org", "0123456789abcdef01234567", "--api-token", API_TOKEN);
    assertThat(otherOrg.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(otherOrg.err()).contains("Organization was not found");

    sandbox.wnology().failNext(1, 503);
    assertThat(org("invite", "--api-token", API_TOKEN, "--email", ANN, "--role", "view").exitCode())
        .isEqualTo(ExitCodes.SERVER_ERROR);
    assertThat(sandbox.outbox().messages()).as("an action is not re-sent after a 503").isEmpty();
  }

  @Test
  void usageErrorsSendNothingAndNeverShowTheToken() {
    CliRun.Result noToken = org("pending");
    assertThat(noToken.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noToken.err()).startsWith("invites: no API token: pass --api-token or set WNOLOGY_API_TOKEN");

    CliRun.Result badToken = org("pending", "--api-token", "secret with spaces");
    assertThat(badToken.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badToken.err()).contains("--api-token").doesNotContain("secret");

    CliRun.Result badEnv = org(CliRun.standard().withEnv(Map.of("WNOLOGY_API_TOKEN", "secret\u00e9")), "pending");
    assertThat(badEnv.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badEnv.err()).contains("WNOLOGY_API_TOKEN").doesNotContain("secret");

    CliRun.Result badOrg = CliRun.standard().run("wnology", "org", "pending", "--org", "demo-org", "--api-token",
        API_TOKEN);
    assertThat(badOrg.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badOrg.err()).contains("--org: 'demo-org' is not an id (24 hexadecimal characters");

    CliRun.Result badRole = org("invite", "--api-token", API_TOKEN, "--email", ANN, "--role", "owner");
    assertThat(badRole.err()).contains("--role: 'owner' is not one of admin, edit, collaborate, view, none");

    CliRun.Result insecure = CliRun.standard().run("wnology", "org", "pending", "--base-url",
        "http://wnology.example.com", "--org", DEMO_ORG_ID, "--api-token", API_TOKEN);
    assertThat(insecure.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(insecure.err()).contains("plain http://");

    CliRun.Result missing = CliRun.standard().run("wnology", "org");
    assertThat(missing.err()).startsWith(
        "invites: missing command: invite, pending, revoke, members, set-role, remove or bulk");

    for (CliRun.Result result : List.of(noToken, badToken, badEnv, badOrg, badRole, insecure, missing)) {
      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(result.out()).isEmpty();
      assertNoToken(result);
    }
    assertThat(sandbox.wnology().requestCount()).as("nothing was sent").isZero();
  }

  @Test
  void anExpiredInviteShowsAsExpired() throws IOException {
    org("invite", "--api-token", API_TOKEN, "--email", ANN, "--role", "view");
    sandbox.advanceClock(WnologyFake.DEFAULT_TTL);

    JsonNode pending = json(org("pending", "--api-token", API_TOKEN, "--json"));

    JsonNode ann = null;
    for (JsonNode invite : pending.get("invites")) {
      if (invite.get("email").asText().equals(ANN)) {
        ann = invite;
      }
    }
    assertThat(ann).isNotNull();
    assertThat(ann.get("hasExpired").asBoolean()).isTrue();
    CliRun.Result accept = CliRun.standard().run("wnology", "accept", "--base-url", sandbox.wnologyBaseUrl(),
        "--link", sandbox.outbox().latestFor(ANN).orElseThrow().link());
    assertThat(accept.exitCode()).isEqualTo(ExitCodes.EXPIRED);
  }
}
