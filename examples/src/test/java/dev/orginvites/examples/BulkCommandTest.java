package dev.orginvites.examples;

import static dev.orginvites.testkit.SandboxFixtures.API_KEY;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_SLUG_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orginvites.core.testing.RecordingSleeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkCommandTest extends DemoSandboxTest {
  @TempDir Path dir;
  private Path csv;

  @BeforeEach
  void writeCsv() throws IOException {
    csv = dir.resolve("team.csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            "email,name",
            "ann@example.com,Ann",
            "# a comment",
            "\"bob@example.com\",Bob",
            "",
            DEMO_SLUG_EMAIL.toUpperCase() + ",already has a pending invite",
            "member@example.com,already a member",
            "ANN@example.com,repeated"));
    sandbox.wapikit().addMember("member@example.com");
  }

  private CliRun.Result bulk(CliRun cli, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "wapikit", "bulk", "--base-url", sandbox.wapikitBaseUrl(),
                "--api-key", API_KEY, "--csv", csv.toString()));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void invitesEveryoneNewAndSkipsTheRest() {
    CliRun.Result result = bulk(CliRun.standard(), "--access-level", "Owner");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().strip())
        .isEqualTo("Bulk invite: 2 invited, 2 skipped (already invited or a member), 0 failed, of 4 email(s)");
    assertThat(result.err()).contains("invited ann@example.com")
        .contains("skipped INVITEE+DEMO@EXAMPLE.COM (already invited)")
        .contains("skipped member@example.com (already a member)");
    assertThat(result.err().lines()).as("a line per email when stderr is not a terminal").hasSize(4)
        .allMatch(line -> line.matches("\\[[1-4]/4\\] .*"));
    assertThat(sandbox.wapikit().createdSlugs()).hasSize(2);
    assertThat(sandbox.wapikit().slugFor("bob@example.com")).isPresent();
  }

  @Test
  void reRunningSkipsEverything() throws IOException {
    assertThat(bulk(CliRun.standard()).exitCode()).isZero();

    CliRun.Result again = bulk(CliRun.standard(), "--json");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    JsonNode summary = JSON.readTree(again.out());
    assertThat(summary.get("invited")).isEmpty();
    assertThat(summary.get("skipped")).hasSize(4);
    assertThat(summary.get("completed").asBoolean()).isTrue();
    assertThat(sandbox.wapikit().createdSlugs()).hasSize(2);
  }

  @Test
  void waitsOutRateLimitsAsTheServiceAsks() {
    // Two calls a minute: the two listings of who is invited already use them up, so the run must wait.
    sandbox.wapikit().rateLimit(2, Duration.ofMinutes(1));
    // Waiting ends the window; lifting the limit stands in for the minute passing.
    CliRun cli =
        CliRun.standard().withSleeper(new RecordingSleeper(() -> sandbox.wapikit().noRateLimit()));

    CliRun.Result result = bulk(cli, "--retries", "0");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("2 invited");
    // The wait is what is left of the minute's window, as the headers (or a 429) said: at most 60 s.
    assertThat(cli.sleeper().waits()).isNotEmpty()
        .allSatisfy(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    assertThat(sandbox.wapikit().createdSlugs()).hasSize(2);
  }

  @Test
  void invalidEmailsFailWithoutStoppingTheRunAndExit5() throws IOException {
    Files.writeString(csv, "email\nnot-an-email\ncarol@example.com\n");

    CliRun.Result result = bulk(CliRun.standard(), "--json");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CLIENT_ERROR);
    JsonNode summary = JSON.readTree(result.out());
    assertThat(summary.get("invited").get(0).asText()).isEqualTo("carol@example.com");
    assertThat(summary.get("failed").get(0).get("email").asText()).isEqualTo("not-an-email");
  }

  /** A 503 leaves open whether the invite was made: the run looks at the pending invites and sends it again. */
  @Test
  void aServerFailureIsCheckedAndSentAgainAndEveryoneIsInvitedOnce() {
    // Once the first invite is reported, make the next call (bob's create) fail as an outage would.
    CliRun cli = CliRun.standard().withProgressHook("invited ann@example.com",
        () -> sandbox.wapikit().failNext(1, 503));

    CliRun.Result result = bulk(cli, "--retries", "0", "--concurrency", "1");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("2 invited, 2 skipped");
    assertThat(sandbox.wapikit().createdSlugs()).hasSize(2);
    assertThat(sandbox.outbox().messagesTo("bob@example.com")).hasSize(1);
  }

  /** Refused credentials stop the run: the summary says so, and the exit code is the refusal's. */
  @Test
  void aRunStoppedByRefusedCredentialsSaysSoAndARerunFinishesIt() {
    CliRun cli = CliRun.standard().withProgressHook("invited ann@example.com",
        () -> sandbox.wapikit().failNext(1, 401));

    CliRun.Result first = bulk(cli, "--concurrency", "1");

    assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(first.out()).contains("1 invited").contains("stopped early, re-run to continue");
    assertThat(first.err()).contains("401");

    CliRun.Result second = bulk(CliRun.standard());

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out()).contains("1 invited, 3 skipped");
    assertThat(sandbox.wapikit().createdSlugs()).hasSize(2);
  }

  @Test
  void wnologyOrgBulkInvitesTheTeamOnceAndReRunsSkipIt() throws IOException {
    String[] args = {"wnology", "org", "bulk", "--base-url", sandbox.wnologyBaseUrl(), "--api-token",
        dev.orginvites.testkit.SandboxFixtures.API_TOKEN, "--org", dev.orginvites.testkit.SandboxFixtures.DEMO_ORG_ID,
        "--csv", csv.toString(), "--role", "edit", "--json"};

    CliRun.Result first = CliRun.standard().run(args);
    CliRun.Result again = CliRun.standard().run(args);

    assertThat(first.exitCode()).as(first.toString()).isZero();
    JsonNode summary = JSON.readTree(first.out());
    // None of the four is invited to, or a member of, the WEGnology organization yet.
    assertThat(summary.get("invited")).hasSize(4);
    assertThat(summary.get("completed").asBoolean()).isTrue();
    JsonNode rerun = JSON.readTree(again.out());
    assertThat(rerun.get("invited")).isEmpty();
    assertThat(rerun.get("skipped")).hasSize(4);
    assertThat(rerun.get("skipped").get(0).get("reason").asText()).isEqualTo("ALREADY_INVITED");
    assertThat(sandbox.outbox().messages().stream().filter(m -> m.service().equals("wnology")).count())
        .isEqualTo(4);
  }

  @Test
  void aWrongApiKeyStopsBeforeInvitingAnyone() {
    CliRun.Result result =
        CliRun.standard()
            .run(
                "wapikit", "bulk", "--base-url", sandbox.wapikitBaseUrl(),
                "--api-key", "wrong", "--csv", csv.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CLIENT_ERROR);
    assertThat(sandbox.wapikit().createdSlugs()).isEmpty();
  }
}
