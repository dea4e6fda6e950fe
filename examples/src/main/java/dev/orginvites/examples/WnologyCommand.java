package dev.orginvites.examples;

import dev.orginvites.wnology.InviteLink;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invites wnology get|accept|reject|org}: the WEGnology Org Invites calls. */
@Subcommands({
  WnologyCommand.Get.class,
  WnologyCommand.Accept.class,
  WnologyCommand.Reject.class,
  WnologyOrgCommand.class
})
@Command(
    name = "wnology",
    description = {
      "WEGnology Org Invites: look up, accept or reject the invite of a link (no credentials needed);",
      "'org': an organization's invites and members (API token needed)."
    },
    footerHeading = Examples.HEADING,
    footer = {
      "  # Against 'invites sandbox' on its default port:",
      "  invites wnology get --base-url http://127.0.0.1:8080/wnology \\",
      "      --token demo-token --email new.user+demo@example.com",
      "  invites wnology accept --base-url http://127.0.0.1:8080/wnology \\",
      "      --link 'https://app.wnology.io/invites?token=demo-token&email=new.user+demo@example.com'",
      "  invites wnology org invite --base-url http://127.0.0.1:8080/wnology \\",
      "      --api-token sandbox-token --org 5e8f8c1b2a3d4e5f6a7b8c9d --email ann@example.com --role edit"
    })
final class WnologyCommand extends CommandGroup {
  /** Which invite: the token and email, or the link that carries them. */
  static final class Target {
    @ArgGroup(exclusive = false, multiplicity = "1")
    TokenAndEmail pair;

    @Option(
        names = "--link",
        paramLabel = "URL",
        converter = TextConverters.Link.class,
        description = "The invite link from the email (it carries the token and the email).")
    InviteLink link;

    InviteLink toLink() {
      return link != null ? link : InviteLink.of(pair.token, pair.email);
    }
  }

  /** The two values an invite is identified by. */
  static final class TokenAndEmail {
    @Option(
        names = "--token",
        required = true,
        paramLabel = "T",
        converter = TextConverters.Token.class,
        description = "The invite's token.")
    String token;

    @Option(
        names = "--email",
        required = true,
        paramLabel = "E",
        converter = TextConverters.Email.class,
        description = "The invited email.")
    String email;
  }

  /** What the three commands share: the target invite, the options, and a client built from them. */
  abstract static class Action implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        defaultValue = WnologyClient.DEFAULT_BASE_URL,
        converter = BaseUrlConverter.Wnology.class,
        description = {"Service base URL, e.g. a sandbox's.", "Default: ${DEFAULT-VALUE}"})
    String baseUrl;

    @Mixin ServiceOptions options;

    @Mixin HelpOption help;

    final CliContext context;

    Action(CliContext context) {
      this.context = context;
    }

    @Override
    public final Integer call() {
      InviteLink link = target.toLink(); // checked before any client exists, so bad input sends nothing
      WnologyClient.Builder builder = WnologyClient.builder();
      options.configure(builder, baseUrl, context);
      try (WnologyClient client = builder.build()) {
        run(client, link);
      }
      return ExitCodes.OK;
    }

    abstract void run(WnologyClient client, InviteLink link);

    void printResult(OrgInvitationResult result, String verb) {
      options.print(
          context,
          Views.json(result),
          () -> context.out().println(verb + " the invite; organization id " + result.getOrgId()));
    }
  }

  /** {@code invites wnology get}. */
  @Command(
      name = "get",
      description = "Show what an invite offers.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wnology get --base-url http://127.0.0.1:8080/wnology \\",
        "      --token demo-token --email new.user+demo@example.com",
        "  invites wnology get --base-url http://127.0.0.1:8080/wnology --json \\",
        "      --link 'https://app.wnology.io/invites?token=demo-token&email=new.user+demo@example.com'"
      })
  static final class Get extends Action {
    Get(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyClient client, InviteLink link) {
      OrgInvitationInfo info = client.invites().get(link);
      options.print(context, Views.json(info), () -> context.out().println(Views.text(info)));
    }
  }

  /** {@code invites wnology accept}. */
  @Command(
      name = "accept",
      description = "Accept an invite: join the organization.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wnology accept --base-url http://127.0.0.1:8080/wnology \\",
        "      --token demo-token --email new.user+demo@example.com",
        "  invites wnology accept --base-url http://127.0.0.1:8080/wnology --json \\",
        "      --link 'https://app.wnology.io/invites?token=demo-token&email=new.user+demo@example.com'"
      })
  static final class Accept extends Action {
    Accept(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyClient client, InviteLink link) {
      printResult(client.invites().accept(link), "Accepted");
    }
  }

  /** {@code invites wnology reject}. */
  @Command(
      name = "reject",
      description = "Reject (decline) an invite.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wnology reject --base-url http://127.0.0.1:8080/wnology \\",
        "      --token demo-token --email new.user+demo@example.com"
      })
  static final class Reject extends Action {
    Reject(CliContext context) {
      super(context);
    }

    @Override
    void run(WnologyClient client, InviteLink link) {
      printResult(client.invites().reject(link), "Rejected");
    }
  }
}
