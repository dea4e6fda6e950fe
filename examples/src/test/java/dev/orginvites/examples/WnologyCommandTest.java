package dev.orginvites.examples;

import static dev.orginvites.testkit.SandboxFixtures.DEMO_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_ORG_ID;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_ORG_NAME;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_TOKEN;
import static dev.orginvites.testkit.SandboxFixtures.EXPIRED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WnologyCommandTest extends DemoSandboxTest {
  private final CliRun cli = CliRun.standard();

  private CliRun.Result wnology(String command, String... more) {
    String[] args = new String[more.length + 4];
    args[0] = "wnology";
    args[1] = command;
    args[2] = "--base-url";
    args[3] = sandbox.wnologyBaseUrl();
    System.arraycopy(more, 0, args, 4, more.length);
    return cli.run(args);
  }

  private static JsonNode json(CliRun.Result result) throws IOException {
    assertThat(result.out().lines()).as("one JSON object on stdout").hasSize(1);
    return JSON.readTree(result.out());
  }

  @Test
  void getShowsTheInvite() {
    CliRun.Result result = wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains(DEMO_ORG_NAME).contains(DEMO_EMAIL).contains("edit");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void getWithJsonPrintsOneObject() throws IOException {
    JsonNode body = json(wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--json"));

    assertThat(body.get("orgName").asText()).isEqualTo(DEMO_ORG_NAME);
    assertThat(body.get("email").asText()).isEqualTo(DEMO_EMAIL);
    assertThat(body.get("role").asText()).isEqualTo("edit");
    assertThat(body.get("ttl").asLong()).isEqualTo(Duration.ofDays(7).toMillis());
    assertThat(body.get("expiresAt").asText()).isNotBlank();
    OffsetDateTime sent = OffsetDateTime.parse(body.get("inviteDate").asText());
    assertThat(OffsetDateTime.parse(body.get("expiresAt").asText()))
        .isEqualTo(sent.plus(Duration.ofDays(7)))
        .satisfies(expiry -> assertThat(expiry.getOffset()).isEqualTo(sent.getOffset()));
  }

  /** A base URL without /wnology: the server's 404 page is not "invite not found", and the message says why. */
  @Test
  void aWrongBaseUrlExitsThreeAndSaysBaseUrl() {
    String wrong = sandbox.wnologyBaseUrl().replace("/wnology", "");
    CliRun.Result result =
        cli.run("wnology", "get", "--base-url", wrong, "--token", DEMO_TOKEN, "--email", DEMO_EMAIL);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(result.err()).contains("base URL").doesNotContain(DEMO_TOKEN);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(sandbox.wnology().requestCount()).as("nothing reached the WEGnology fake").isZero();
  }

  @Test
  void getAcceptsAnInviteLink() {
    String link =
        "https://app.wnology.io/invites?token="
            + DEMO_TOKEN
            + "&email="
            + URLEncoder.encode(DEMO_EMAIL, StandardCharsets.UTF_8);

    CliRun.Result result = wnology("get", "--link", link);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains(DEMO_ORG_NAME);
  }

  @Test
  void acceptJoinsTheOrganization() throws IOException {
    JsonNode body = json(wnology("accept", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--json"));

    assertThat(body.get("accepted").asBoolean()).isTrue();
    assertThat(body.get("orgId").asText()).isEqualTo(DEMO_ORG_ID);
    assertThat(sandbox.wnology().responses()).singleElement().satisfies(r -> assertThat(r.accepted()).isTrue());
  }

  @Test
  void rejectDeclines() {
    CliRun.Result result = wnology("reject", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Rejected").contains(DEMO_ORG_ID);
    assertThat(sandbox.wnology().responses()).singleElement().satisfies(r -> assertThat(r.accepted()).isFalse());
  }

  @Test
  void unknownInviteExits3() {
    CliRun.Result result = wnology("get", "--token", "no-such-token", "--email", DEMO_EMAIL);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(result.err().lines()).singleElement().asString().startsWith("invites: ").contains("404");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void answeredInviteExits3OnTheSecondAnswer() {
    assertThat(wnology("accept", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL).exitCode()).isZero();

    assertThat(wnology("reject", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL).exitCode())
        .isEqualTo(ExitCodes.NOT_FOUND);
  }

  @Test
  void expiredInviteExits4() {
    CliRun.Result result = wnology("accept", "--token", EXPIRED_TOKEN, "--email", DEMO_EMAIL);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.EXPIRED);
    assertThat(result.err()).contains("410").doesNotContain("at dev.");
  }

  @Test
  void otherClientErrorExits5() {
    sandbox.wnology().failNext(1, 403);

    CliRun.Result result = wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CLIENT_ERROR);
  }

  @Test
  void serverErrorExits6WhenRetriesAreOff() {
    sandbox.wnology().failNext(1, 503);

    CliRun.Result result = wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--retries", "0");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.SERVER_ERROR);
    assertThat(sandbox.wnology().requestCount()).isEqualTo(1);
  }

  @Test
  void retriesRideOutServerErrors() {
    sandbox.wnology().failNext(2, 503);

    CliRun.Result result = wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--retries", "2");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(sandbox.wnology().requestCount()).isEqualTo(3);
    assertThat(cli.sleeper().waits()).hasSize(2);
  }

  @Test
  void unreachableServiceExits7() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    CliRun.Result result =
        cli.run(
            "wnology", "get", "--base-url", "http://127.0.0.1:" + closedPort + "/wnology",
            "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--retries", "0", "--timeout", "2s");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.TRANSPORT);
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void slowServiceBeyondTheTimeoutExits7() {
    sandbox.wnology().delay(Duration.ofMillis(400));

    CliRun.Result result =
        wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--timeout", "100ms", "--retries", "0");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.TRANSPORT);
  }

  @Test
  void verboseLogsTheExchangeWithoutTheToken() {
    CliRun.Result result = wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--verbose");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("GET").contains("/invites").contains("200");
    assertThat(result.err()).doesNotContain(DEMO_TOKEN);
  }

  @Test
  void invalidInputExits2AndSendsNothing() {
    String link = "https://app.wnology.io/invites?email=a%40b.example";

    assertThat(wnology("get", "--token", DEMO_TOKEN).exitCode()).as("email missing").isEqualTo(ExitCodes.USAGE);
    assertThat(wnology("get").exitCode()).as("no invite named").isEqualTo(ExitCodes.USAGE);
    assertThat(wnology("get", "--link", link, "--token", DEMO_TOKEN, "--email", DEMO_EMAIL).exitCode())
        .as("link and token together")
        .isEqualTo(ExitCodes.USAGE);
    CliRun.Result badLink = wnology("get", "--link", link);
    assertThat(badLink.exitCode()).as("link without token").isEqualTo(ExitCodes.USAGE);
    assertThat(badLink.err()).startsWith("invites: --link: not an invite link");
    assertThat(wnology("get", "--token", " ", "--email", DEMO_EMAIL).exitCode()).as("blank token").isEqualTo(2);
    assertThat(wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--timeout", "soon").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(wnology("get", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL, "--retries", "-1").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("wnology").exitCode()).as("no subcommand").isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("wnology", "fetch").exitCode()).as("unknown subcommand").isEqualTo(ExitCodes.USAGE);
    assertThat(sandbox.wnology().requestCount()).isZero();
  }
}
