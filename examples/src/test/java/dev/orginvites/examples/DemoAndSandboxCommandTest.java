package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.testkit.SandboxFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoAndSandboxCommandTest {

  @Test
  void noArgumentsRunsTheDemoThroughBothFlows() {
    CliRun.Result result = CliRun.standard().run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("Look up   " + SandboxFixtures.DEMO_ORG_NAME)
        .contains("Accept    accepted=true, joined organization " + SandboxFixtures.DEMO_ORG_ID)
        .contains("Reject    a second invite: accepted=false")
        .contains("InviteNotFoundException (404)")
        .contains("InviteExpiredException (410)")
        .contains("Create    " + DemoCommand.NEW_MEMBER + " as Member: Pending")
        .contains(SandboxFixtures.DEMO_SLUG_EMAIL)
        .contains("Now       Redeemed")
        .contains("== WEGnology: the organization invites a colleague ==")
        .contains("Invite    " + DemoCommand.NEW_COLLEAGUE + " as collaborate, valid until ")
        .contains("Outbox    a link for " + DemoCommand.NEW_COLLEAGUE + " (https://app.wnology.io/invites?token=***&...)")
        .contains("Accept    the colleague follows the link: accepted=true")
        .containsPattern("Members   4 member\\(s\\) of Demo Org:")
        .containsPattern("[0-9a-f]{24} +" + java.util.regex.Pattern.quote(DemoCommand.NEW_COLLEAGUE) + " +collaborate")
        .containsPattern("[0-9a-f]{24} +" + java.util.regex.Pattern.quote(SandboxFixtures.DEMO_EMAIL) + " +edit")
        .contains("Spec check: 13 requests, 0 OpenAPI violation(s)")
        .doesNotContain("wks_")
        .doesNotContain(SandboxFixtures.API_TOKEN);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void demoCommandIsTheSameDemo() {
    CliRun.Result result = CliRun.standard().run("demo");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("== WEGnology: an invite link").contains("== WEGnology: the organization")
        .contains("== WapiKit").contains("0 OpenAPI violation(s)");
  }

  @Test
  void sandboxServesTheFixturesUntilStopped() throws Exception {
    StringWriter out = new StringWriter();
    CompletableFuture<Void> stop = new CompletableFuture<>();
    CliContext context =
        new CliContext(
            new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), Map.of(),
            new RecordingSleeper(), stop);
    CompletableFuture<Integer> running =
        CompletableFuture.supplyAsync(() -> InvitesCli.execute(context, "sandbox", "--port", "0"));
    try {
      String wapikitUrl = awaitUrl(out, "WapiKit");
      String wnologyUrl = awaitUrl(out, "WEGnology");

      CliRun.Result get =
          CliRun.standard()
              .run("wnology", "get", "--base-url", wnologyUrl,
                  "--token", SandboxFixtures.DEMO_TOKEN, "--email", SandboxFixtures.DEMO_EMAIL);
      CliRun.Result slug =
          CliRun.standard()
              .run("wapikit", "get", "--base-url", wapikitUrl,
                  "--api-key", SandboxFixtures.API_KEY, "--slug", SandboxFixtures.DEMO_SLUG);

      assertThat(get.exitCode()).as(get.toString()).isZero();
      assertThat(slug.exitCode()).as(slug.toString()).isZero();
      assertThat(out.toString()).contains(SandboxFixtures.EXPIRED_TOKEN).contains(SandboxFixtures.API_KEY)
          .contains(SandboxFixtures.API_TOKEN).contains(SandboxFixtures.DEMO_ORG_ID)
          .contains(SandboxFixtures.DEMO_MEMBER_USER_ID).contains("/__sandbox/outbox");
      assertThat(running).isNotDone();
    } finally {
      stop.complete(null);
    }
    assertThat(running.get(5, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void sandboxSwitchesOnARateLimitAndLatencyAndCountsAnswers() throws Exception {
    StringWriter out = new StringWriter();
    CompletableFuture<Void> stop = new CompletableFuture<>();
    CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        Map.of(), new RecordingSleeper(), stop);
    CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> InvitesCli.execute(context, "sandbox",
        "--port", "0", "--rate-limit", "2/1m", "--latency", "1ms"));
    try {
      String wapikitUrl = awaitUrl(out, "WapiKit");
      List<Integer> exits = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        exits.add(CliRun.standard().run("wapikit", "get", "--base-url", wapikitUrl, "--retries", "0",
            "--api-key", SandboxFixtures.API_KEY, "--slug", SandboxFixtures.DEMO_SLUG).exitCode());
      }
      assertThat(exits).containsExactly(0, 0, ExitCodes.CLIENT_ERROR);
      assertThat(out.toString()).contains("rate limit 2 calls per 60000 ms per service").contains("latency 1 ms");
      String stats = wapikitUrl.replace("/wapikit/api", "/__sandbox/stats");
      java.net.http.HttpResponse<String> counted = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(stats)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(counted.body()).get("wapikit").get("429")
          .asInt()).isEqualTo(1);
    } finally {
      stop.complete(null);
    }
    assertThat(running.get(5, TimeUnit.SECONDS)).isZero();
    assertThat(CliRun.standard().run("sandbox", "--rate-limit", "sixty").err())
        .contains("--rate-limit: 'sixty' is not CALLS/WINDOW");
  }

  @Test
  void sandboxOnABusyPortExits1AndABadPortExits2() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      CliRun.Result result = CliRun.standard().run("sandbox", "--port", Integer.toString(busy.getLocalPort()));

      assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.UNEXPECTED);
      assertThat(result.err()).contains("cannot listen");
    }
    assertThat(CliRun.standard().run("sandbox", "--port", "70000").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.standard().run("sandbox", "--port", "eighty").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpAndVersionExit0() {
    CliRun.Result help = CliRun.standard().run("--help");
    CliRun.Result version = CliRun.standard().run("--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("wnology").contains("wapikit").contains("sandbox").contains("Exit codes");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("invites ");
    assertThat(CliRun.standard().run("nonsense").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  /** Polls the sandbox's stdout for the URL on the line labelled {@code label}. */
  private static String awaitUrl(StringWriter out, String label) throws InterruptedException {
    Pattern line = Pattern.compile("^\\s*" + label + "\\s+(http://\\S+)$", Pattern.MULTILINE);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher match = line.matcher(out.toString());
      if (match.find()) {
        return match.group(1);
      }
      Thread.sleep(10);
    }
    throw new AssertionError("sandbox printed no " + label + " URL:\n" + out);
  }
}
