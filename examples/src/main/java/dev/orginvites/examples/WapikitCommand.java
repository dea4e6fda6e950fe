package dev.orginvites.examples;

import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.wapikit.AcceptedInvite;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code invites wapikit list|create|get|accept|join|bulk} (the organization invite calls) and the groups of the
 * rest of WapiKit's Organization section: {@code members}, {@code roles}, {@code tags}, {@code org},
 * {@code api-key}, {@code templates}, {@code phone-numbers}, {@code whatsapp-account}, {@code ai-config}.
 */
@Subcommands({
  WapikitCommand.ListInvites.class,
  WapikitCommand.Create.class,
  WapikitCommand.Get.class,
  WapikitCommand.Accept.class,
  WapikitCommand.Join.class,
  WapikitCommand.Bulk.class,
  WapikitMembersCommand.class,
  WapikitRolesCommand.class,
  WapikitTagsCommand.class,
  WapikitOrgCommand.class,
  WapikitApiKeyCommand.class,
  WapikitWhatsAppCommands.Templates.class,
  WapikitWhatsAppCommands.PhoneNumbers.class,
  WapikitWhatsAppCommands.WhatsAppAccount.class,
  WapikitWhatsAppCommands.AiConfig.class
})
@Command(
    name = "wapikit",
    description =
        "WapiKit organizations: invites, members, roles, tags... (API key from --api-key or WAPIKIT_API_KEY).",
    footerHeading = Examples.HEADING,
    footer = {
      "  # Against 'invites sandbox' on its default port:",
      "  invites wapikit list --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key",
      "  # The API key can come from the environment instead:",
      "  WAPIKIT_API_KEY=sandbox-key invites wapikit get \\",
      "      --base-url http://127.0.0.1:8080/wapikit/api --slug demo-slug"
    })
final class WapikitCommand extends CommandGroup {
  static final String API_KEY_ENV = WapikitClient.API_KEY_VARIABLE;

  /** What every WapiKit command shares: the options, the API key and a client built from them. */
  abstract static class Action implements Callable<Integer> {
    @Option(
        names = "--base-url",
        paramLabel = "URL",
        defaultValue = WapikitClient.DEFAULT_BASE_URL,
        converter = BaseUrlConverter.Wapikit.class,
        description = {"Service base URL, e.g. a sandbox's.", "Default: ${DEFAULT-VALUE}"})
    String baseUrl;

    @Mixin ServiceOptions options;

    @Option(
        names = "--api-key",
        paramLabel = "K",
        converter = TextConverters.ApiKey.class,
        description = "API key sent as x-access-token (default: $" + API_KEY_ENV + ").")
    String apiKey;

    @Mixin HelpOption help;

    final CliContext context;

    Action(CliContext context) {
      this.context = context;
    }

    @Override
    public final Integer call() throws InterruptedException {
      String key = Credential.resolve(context, apiKey, "API key", "--api-key", API_KEY_ENV, baseUrl);
      WapikitClient.Builder builder = WapikitClient.builder().apiKey(key);
      options.configure(builder, baseUrl, context);
      WapikitClient client = Credential.build(builder::build);
      try (client) {
        return run(client);
      }
    }

    abstract int run(WapikitClient client) throws InterruptedException;
  }

  /** {@code invites wapikit list}. */
  @Command(
      name = "list",
      description = "List invites, one page or all of them.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key",
        "  invites wapikit list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --page 2 --per-page 10 --sort desc",
        "  invites wapikit list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --all --json"
      })
  static final class ListInvites extends Action {
    @Mixin ListOptions list;

    ListInvites(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      return list.print(context, options, client.invites()::list, client.invites()::listAll, Views.INVITES);
    }
  }

  /** {@code invites wapikit create}. */
  @Command(
      name = "create",
      description = "Invite one email.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit create --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --email ann@example.com",
        "  invites wapikit create --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --email bob@example.com --access-level owner --json"
      })
  static final class Create extends Action {
    @Option(
        names = "--email",
        required = true,
        paramLabel = "E",
        converter = TextConverters.Email.class,
        description = "Who to invite.")
    String email;

    @Option(
        names = "--access-level",
        paramLabel = "owner|member",
        defaultValue = "member",
        converter = ChoiceConverter.AccessLevels.class,
        completionCandidates = ChoiceConverter.AccessLevels.class,
        description = "Access the new member gets: ${COMPLETION-CANDIDATES} (any case; default: ${DEFAULT-VALUE}).")
    AccessLevel accessLevel;

    Create(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      OrganizationMemberInvite invite = client.invites().create(email, accessLevel);
      options.print(
          context,
          Views.json(invite),
          () ->
              context
                  .out()
                  .println(
                      "Invited "
                          + invite.getEmail()
                          + " as "
                          + invite.getAccessLevelRaw()
                          + " ("
                          + invite.getStatusRaw()
                          + "); the slug is emailed to them"));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit get}. */
  @Command(
      name = "get",
      description = "Show the invite with a slug.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --slug demo-slug",
        "  invites wapikit get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --slug demo-slug --json"
      })
  static final class Get extends Action {
    @Option(
        names = "--slug",
        required = true,
        paramLabel = "S",
        converter = TextConverters.Slug.class,
        description = "The slug from the invite email.")
    String slug;

    Get(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      OrganizationMemberInvite invite = client.invites().get(slug);
      options.print(
          context,
          Views.json(invite),
          () -> {
            context.out().println(Views.header());
            context.out().println(Views.row(invite));
          });
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit accept}. */
  @Command(
      name = "accept",
      description = "Accept the invite with a slug; --json prints the session token.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit accept --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --slug demo-slug"
      })
  static final class Accept extends Action {
    @Option(
        names = "--slug",
        required = true,
        paramLabel = "S",
        converter = TextConverters.Slug.class,
        description = "The slug from the invite email.")
    String slug;

    Accept(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      AcceptedInvite accepted = client.invites().accept(slug);
      options.print(context, Views.json(accepted), () -> context.out().println(Views.text(accepted)));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit join}. */
  @Command(
      name = "join",
      description = "Join the organization of the invite with a slug; --json prints the session token.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit join --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --slug demo-slug"
      })
  static final class Join extends Action {
    @Option(
        names = "--slug",
        required = true,
        paramLabel = "S",
        converter = TextConverters.Slug.class,
        description = "The slug from the invite email.")
    String slug;

    Join(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      AcceptedInvite joined = client.invites().join(slug);
      options.print(context, Views.json(joined), () -> context.out().println(
          Views.text(joined).replaceFirst("^Accepted invite", "Joined with invite")));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit bulk}. */
  @Command(
      name = "bulk",
      description = {
        "Invite every email in a CSV file (first column; a header 'email' and # comments are skipped).",
        "Emails already invited are skipped, rate limits are waited out, so it is safe to re-run."
      },
      footerHeading = Examples.HEADING,
      footer = {
        "  # team.csv: one email per line (first column); against 'invites sandbox':",
        "  invites wapikit bulk --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --csv team.csv",
        "  invites wapikit bulk --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --csv team.csv --access-level owner --json"
      })
  static final class Bulk extends Action {
    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file.")
    Path csv;

    @Option(
        names = "--access-level",
        paramLabel = "owner|member",
        defaultValue = "member",
        converter = ChoiceConverter.AccessLevels.class,
        completionCandidates = ChoiceConverter.AccessLevels.class,
        description = "Access every new member gets: ${COMPLETION-CANDIDATES} (any case; default: ${DEFAULT-VALUE}).")
    AccessLevel accessLevel;

    Bulk(CliContext context) {
      super(context);
    }

    @Option(names = "--concurrency", paramLabel = "N", converter = WholeNumberConverter.Concurrency.class,
        description = "Invites in flight at once (default: 8). Sends are paced by the service's rate-limit headers.")
    Integer concurrency;

    @Override
    int run(WapikitClient client) {
      List<String> emails = CsvEmails.read(csv);
      BulkView view = new BulkView(context);
      BulkReport report = client.invites().createAll(emails, accessLevel, BulkView.options(concurrency, view));
      return BulkView.finish(view, report, options, context);
    }
  }
}
