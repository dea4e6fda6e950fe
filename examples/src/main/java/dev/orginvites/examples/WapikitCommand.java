package dev.orginvites.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.wapikit.AcceptedInvite;
import dev.orginvites.wapikit.InvitePage;
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

/** {@code invites wapikit list|create|get|accept|bulk}: the WapiKit organization invite calls. */
@Command(
    name = "wapikit",
    mixinStandardHelpOptions = true,
    description = "WapiKit organization invites (API key from --api-key or WAPIKIT_API_KEY).",
    subcommands = {
      WapikitCommand.ListInvites.class,
      WapikitCommand.Create.class,
      WapikitCommand.Get.class,
      WapikitCommand.Accept.class,
      WapikitCommand.Bulk.class
    })
final class WapikitCommand implements Callable<Integer> {
  static final String API_KEY_ENV = "WAPIKIT_API_KEY";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: list, create, get, accept or bulk");
  }

  /** What every WapiKit command shares: the options, the API key and a client built from them. */
  abstract static class Action implements Callable<Integer> {
    @Mixin ServiceOptions options;

    @Option(
        names = "--api-key",
        paramLabel = "K",
        description = "API key sent as x-access-token (default: $" + API_KEY_ENV + ").")
    String apiKey;

    final CliContext context;

    Action(CliContext context) {
      this.context = context;
    }

    @Override
    public final Integer call() throws InterruptedException {
      String key = apiKey != null ? apiKey : context.env(API_KEY_ENV).orElse(null);
      if (key == null || key.isBlank()) {
        throw new UsageException("no API key: pass --api-key or set " + API_KEY_ENV);
      }
      WapikitClient.Builder builder = WapikitClient.builder().apiKey(key);
      options.configure(builder, WapikitClient.DEFAULT_BASE_URL, context);
      WapikitClient client;
      try {
        client = builder.build();
      } catch (IllegalStateException refused) {
        // e.g. the key would travel over plain http to another host: a problem with the input, not the service
        throw new UsageException(refused.getMessage());
      }
      try (client) {
        return run(client);
      }
    }

    abstract int run(WapikitClient client) throws InterruptedException;
  }

  /** {@code invites wapikit list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List invites, one page or all of them.")
  static final class ListInvites extends Action {
    @Option(names = "--page", paramLabel = "P", description = "Page to show, from 1 (default 1).")
    Integer page;

    @Option(names = "--per-page", paramLabel = "N", description = "Invites per page (default 50).")
    Integer perPage;

    @Option(names = "--all", description = "Every invite, fetching page after page.")
    boolean all;

    @Option(
        names = "--sort",
        paramLabel = "asc|desc",
        converter = SortOrderConverter.class,
        description = "Order by creation time.")
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
      InvitePage result =
          client.invites().list(page == null ? 1 : page, perPage == null ? 50 : perPage, sort);
      ObjectNode json = ServiceOptions.object();
      json.put("page", result.page());
      json.put("perPage", result.perPage());
      if (result.total().isPresent()) {
        json.put("total", result.total().getAsLong());
      }
      json.put("hasNextPage", result.hasNextPage());
      json.set("invites", array(result.invites()));
      String footer =
          "Page "
              + result.page()
              + " ("
              + result.perPage()
              + " per page)"
              + (result.total().isPresent() ? ", " + result.total().getAsLong() + " invite(s) in all" : "")
              + (result.hasNextPage() ? "; more on page " + (result.page() + 1) : "");
      options.print(context, json, () -> printRows(result.invites(), footer));
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
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Invite one email.")
  static final class Create extends Action {
    @Option(names = "--email", required = true, paramLabel = "E", description = "Who to invite.")
    String email;

    @Option(
        names = "--access-level",
        paramLabel = "Owner|Member",
        defaultValue = "Member",
        converter = AccessLevelConverter.class,
        description = "Access the new member gets (default: ${DEFAULT-VALUE}).")
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
  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show the invite with a slug.")
  static final class Get extends Action {
    @Option(names = "--slug", required = true, paramLabel = "S", description = "The slug from the invite email.")
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
      mixinStandardHelpOptions = true,
      description = "Accept the invite with a slug; --json prints the session token.")
  static final class Accept extends Action {
    @Option(names = "--slug", required = true, paramLabel = "S", description = "The slug from the invite email.")
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

  /** {@code invites wapikit bulk}. */
  @Command(
      name = "bulk",
      mixinStandardHelpOptions = true,
      description = {
        "Invite every email in a CSV file (first column; a header 'email' and # comments are skipped).",
        "Emails already invited are skipped, rate limits are waited out, so it is safe to re-run."
      })
  static final class Bulk extends Action {
    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file.")
    Path csv;

    @Option(
        names = "--access-level",
        paramLabel = "Owner|Member",
        defaultValue = "Member",
        converter = AccessLevelConverter.class,
        description = "Access every new member gets (default: ${DEFAULT-VALUE}).")
    AccessLevel accessLevel;

    Bulk(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) throws InterruptedException {
      List<String> emails = CsvEmails.read(csv);
      BulkInviter inviter = new BulkInviter(client.invites(), accessLevel, context.sleeper(), context.err());
      BulkInviter.Summary summary = inviter.run(emails);
      options.print(context, summary.toJson(), () -> context.out().println(summary.line()));
      if (summary.abortedBy() != null) {
        throw summary.abortedBy(); // its exit code and one-line message, after the partial summary
      }
      return summary.failed().isEmpty() ? ExitCodes.OK : ExitCodes.CLIENT_ERROR;
    }
  }
}
