package dev.orginvites.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.core.Page;
import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.wapikit.AcceptedInvite;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wapikit.model.SortOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

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
final class WapikitCommand implements Callable<Integer> {
  static final String API_KEY_ENV = "WAPIKIT_API_KEY";

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: list, create, get, accept, join, bulk, members, roles, tags, org, api-key, templates,"
            + " phone-numbers, whatsapp-account or ai-config");
  }

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
      String key = apiKey != null ? apiKey : context.env(API_KEY_ENV).orElse(null);
      if (key == null) {
        throw new UsageException("no API key: pass --api-key or set " + API_KEY_ENV);
      }
      if (apiKey == null && TextConverters.ApiKey.problem(key) != null) {
        throw new UsageException(API_KEY_ENV + ": " + TextConverters.ApiKey.problem(key));
      }
      if (BaseUrlConverter.plainHttpToAnotherHost(baseUrl)) {
        throw new UsageException(
            "--base-url: "
                + Echo.url(baseUrl)
                + " is plain http:// to another machine; the API key is only sent over https:// (or http:// to"
                + " this machine)");
      }
      WapikitClient.Builder builder = WapikitClient.builder().apiKey(key);
      options.configure(builder, baseUrl, context);
      WapikitClient client;
      try {
        client = builder.build();
      } catch (IllegalStateException refused) {
        // the SDK's own checks of the input, should they refuse more than the ones above
        throw new UsageException(refused.getMessage());
      }
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
    @Option(
        names = "--page",
        paramLabel = "P",
        converter = WholeNumberConverter.Positive.class,
        description = "Page to show, from 1 (default 1).")
    Integer page;

    @Option(
        names = "--per-page",
        paramLabel = "N",
        converter = WholeNumberConverter.Positive.class,
        description = "Invites per page (default 50).")
    Integer perPage;

    @Option(names = "--all", description = "Every invite, fetching page after page.")
    boolean all;

    @Option(
        names = "--sort",
        paramLabel = "asc|desc",
        converter = ChoiceConverter.SortOrders.class,
        completionCandidates = ChoiceConverter.SortOrders.class,
        description = "Order by creation time: ${COMPLETION-CANDIDATES} (any case; default: the service's order).")
    SortOrder sort;

    ListInvites(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      if (all && (page != null || perPage != null)) {
        throw new UsageException("--all cannot be combined with --page or --per-page");
      }
      if (all) {
        List<OrganizationMemberInvite> invites = client.invites().listAll().collect(Collectors.toList());
        ObjectNode json = ServiceOptions.object();
        json.put("total", invites.size());
        json.set("invites", array(invites));
        options.print(context, json, () -> printRows(invites, invites.size() + " invite(s)"));
        return ExitCodes.OK;
      }
      Page<OrganizationMemberInvite> result =
          client.invites().list(page == null ? 1 : page, perPage == null ? 50 : perPage, sort);
      ObjectNode json = ServiceOptions.object();
      json.put("page", result.page());
      json.put("perPage", result.perPage());
      if (result.total().isPresent()) {
        json.put("total", result.total().getAsLong());
      }
      json.put("hasNextPage", result.hasNextPage());
      json.set("invites", array(result.items()));
      String footer =
          "Page "
              + result.page()
              + " ("
              + result.perPage()
              + " per page)"
              + (result.total().isPresent() ? ", " + result.total().getAsLong() + " invite(s) in all" : "")
              + (result.hasNextPage() ? "; more on page " + (result.page() + 1) : "");
      options.print(context, json, () -> printRows(result.items(), footer));
      return ExitCodes.OK;
    }

    private void printRows(List<OrganizationMemberInvite> invites, String footer) {
      context.out().println(Views.header());
      invites.forEach(invite -> context.out().println(Views.row(invite)));
      context.out().println(footer);
    }

    private static ArrayNode array(List<OrganizationMemberInvite> invites) {
      ArrayNode array = ServiceOptions.object().arrayNode();
      invites.forEach(invite -> array.add(Views.json(invite)));
      return array;
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
