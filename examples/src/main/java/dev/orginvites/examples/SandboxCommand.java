package dev.orginvites.examples;

import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves both fakes with the demo fixtures until the process is stopped. */
@Command(
    name = "sandbox",
    description = "Serve fakes of both services with the demo fixtures on 127.0.0.1 until stopped (Ctrl+C).",
    footerHeading = Examples.HEADING,
    footer = {
      "  # Serves http://127.0.0.1:8080/wnology and http://127.0.0.1:8080/wapikit/api:",
      "  invites sandbox",
      "  # Any free port; the URLs it prints name it:",
      "  invites sandbox --port 0",
      "  # A service 20 ms away that allows 60 calls per 5 s (per service), as for a bulk run:",
      "  invites sandbox --port 0 --rate-limit 60/5s --latency 20ms"
    })
final class SandboxCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = Examples.SANDBOX_PORT,
      converter = WholeNumberConverter.Port.class,
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--rate-limit",
      paramLabel = "CALLS/WINDOW",
      converter = RateLimit.Converter.class,
      description = {
        "Allow CALLS calls per fixed window of WINDOW to each service, e.g. 60/5s; beyond it: 429 with",
        "X-RateLimit-* headers and Retry-After (default: no limit)."
      })
  RateLimit rateLimit;

  @Option(
      names = "--latency",
      paramLabel = "DURATION",
      converter = DurationConverter.ZeroOrMore.class,
      description = "Answer every call that much later, e.g. 20ms (default: at once).")
  java.time.Duration latency;

  @Mixin HelpOption help;

  private final CliContext context;

  SandboxCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Sandbox sandbox;
    try {
      sandbox = Sandbox.start(port).seedDemoFixtures();
      if (rateLimit != null) {
        sandbox.rateLimit(rateLimit.calls, rateLimit.window);
      }
      if (latency != null) {
        sandbox.latency(latency);
      }
    } catch (UncheckedIOException cannotBind) {
      context.err().println("invites: cannot listen on 127.0.0.1:" + port + " (in use?); choose another --port");
      return ExitCodes.UNEXPECTED;
    }
    try (sandbox) {
      describe(sandbox, context.out());
      if (rateLimit != null || latency != null) {
        context.out().println("Switches: " + (rateLimit != null ? "rate limit " + rateLimit + " per service" : "no rate limit")
            + ", latency " + (latency != null ? latency.toMillis() + " ms" : "none"));
      }
      context.out().flush();
      context.stop().join();
      return ExitCodes.OK;
    }
  }

  private static void describe(Sandbox sandbox, PrintWriter out) {
    out.println("Sandbox running; stop with Ctrl+C.");
    out.println("  WEGnology  " + sandbox.wnologyBaseUrl());
    out.println("  WapiKit    " + sandbox.wapikitBaseUrl());
    out.println("  Outbox     " + sandbox.outboxUrl() + "   stats: http://127.0.0.1:" + sandbox.port()
        + Sandbox.STATS_PATH);
    out.println("Fixtures:");
    out.println(
        "  WEGnology invite  --token "
            + SandboxFixtures.DEMO_TOKEN
            + " --email "
            + SandboxFixtures.DEMO_EMAIL
            + "  (valid, role "
            + SandboxFixtures.DEMO_ROLE
            + ")");
    out.println(
        "  WEGnology invite  --token "
            + SandboxFixtures.EXPIRED_TOKEN
            + " --email "
            + SandboxFixtures.DEMO_EMAIL
            + "  (expired)");
    out.println(
        "  WEGnology org     --org "
            + SandboxFixtures.DEMO_ORG_ID
            + "  ("
            + SandboxFixtures.DEMO_ORG_NAME
            + "), API token "
            + SandboxFixtures.API_TOKEN);
    out.println(
        "  WEGnology member  --user-id "
            + SandboxFixtures.DEMO_MEMBER_USER_ID
            + "  ("
            + SandboxFixtures.DEMO_MEMBER_EMAIL
            + ", "
            + SandboxFixtures.DEMO_MEMBER_ROLE
            + "); pending invite --invite-id "
            + SandboxFixtures.DEMO_INVITE_ID);
    out.println("  Outbox            " + sandbox.outboxUrl() + "  (the invite emails the services would send)");
    out.println("  WapiKit API key   " + SandboxFixtures.API_KEY);
    out.println(
        "  WapiKit invite    --slug "
            + SandboxFixtures.DEMO_SLUG
            + "  ("
            + SandboxFixtures.DEMO_SLUG_EMAIL
            + ", Pending)");
    out.println(
        "  WapiKit org       --id "
            + SandboxFixtures.WAPIKIT_ORG_ID
            + "  (member --id "
            + SandboxFixtures.DEMO_MEMBER_ID
            + ", role --id "
            + SandboxFixtures.DEMO_ROLE_ID
            + ", template --id "
            + SandboxFixtures.DEMO_TEMPLATE_ID
            + ")");
    out.println("Try:");
    out.println(
        "  invites wnology get --base-url "
            + sandbox.wnologyBaseUrl()
            + " --token "
            + SandboxFixtures.DEMO_TOKEN
            + " --email "
            + SandboxFixtures.DEMO_EMAIL);
    out.println(
        "  invites wnology org pending --base-url "
            + sandbox.wnologyBaseUrl()
            + " --api-token "
            + SandboxFixtures.API_TOKEN
            + " --org "
            + SandboxFixtures.DEMO_ORG_ID);
    out.println(
        "  invites wapikit list --base-url " + sandbox.wapikitBaseUrl() + " --api-key " + SandboxFixtures.API_KEY);
    out.flush();
  }
}
