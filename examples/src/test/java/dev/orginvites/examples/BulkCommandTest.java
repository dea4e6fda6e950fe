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
        .isEqualTo("Bulk invite: 2 invited, 2 skipped (already invited), 0 failed, of 4 email(s)");
    assertThat(result.err()).contains("[1/4] invited ann@example.com").contains("skipped member@example.com");
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
    // Two calls a minute: the listing and ann's invite get through, bob's is refused until the window ends.
    sandbox.wapikit().rateLimit(2, Duration.ofMinutes(1));
    // Waiting ends the window; lifting the limit stands in for the minute passing.
    CliRun cli =
        CliRun.standard().withSleeper(new RecordingSleeper(() -> sandbox.wapikit().noRateLimit()));

    CliRun.Result result = bulk(cli, "--retries", "0");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("2 invited");
    // The window is aligned to the minute, so the wait is what is left of it: what the 429 said, at most 60 s.
    assertThat(cli.sleeper().waits()).singleElement().satisfies(wait -> {
      assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
      assertThat(result.err()).contains("rate limited; waiting " + wait.toMillis() + " ms");
    });
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

  @Test
  void aServerFailureStopsTheRunAndARerunFinishesIt() {
    // Once the first invite is reported, make the next call (bob's create) fail as an outage would.
    CliRun cli = CliRun.standard().withProgressHook("[1/4] invited", () -> sandbox.wapikit().failNext(1, 503));

    CliRun.Result first = bulk(cli, "--retries", "0");

    assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.SERVER_ERROR);
    assertThat(first.out()).contains("1 invited").contains("stopped early");
    assertThat(first.err()).contains("stopped at bob@example.com");

    CliRun.Result second = bulk(CliRun.standard());

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out()).contains("1 invited, 3 skipped");
    assertThat(sandbox.wapikit().createdSlugs()).hasSize(2);
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
