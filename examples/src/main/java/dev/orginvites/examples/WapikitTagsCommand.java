package dev.orginvites.examples;

import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.OrganizationTag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invites wapikit tags list|create}: the organization's tags. */
@Subcommands({WapikitTagsCommand.ListTags.class, WapikitTagsCommand.Create.class})
@Command(
    name = "tags",
    description = "The organization's tags.",
    footerHeading = Examples.HEADING,
    footer = {
      "  # Against 'invites sandbox' on its default port:",
      "  invites wapikit tags list --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key"
    })
final class WapikitTagsCommand extends CommandGroup {
  /** {@code invites wapikit tags list}. */
  @Command(
      name = "list",
      description = "List tags, one page or all of them.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit tags list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key",
        "  invites wapikit tags list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --all --json"
      })
  static final class ListTags extends WapikitCommand.Action {
    @Mixin ListOptions list;

    ListTags(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      return list.print(context, options, client.tags()::list, client.tags()::listAll, WapikitViews.TAGS);
    }
  }

  /** {@code invites wapikit tags create}. */
  @Command(
      name = "create",
      description = "Create a tag.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit tags create --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --label churn-risk"
      })
  static final class Create extends WapikitCommand.Action {
    @Option(names = "--label", required = true, paramLabel = "LABEL", converter = WapikitConverters.Text.class,
        description = "The tag's label.")
    String label;

    Create(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      OrganizationTag tag = client.tags().create(label);
      options.print(context, WapikitViews.json(tag),
          () -> context.out().println("Created tag " + tag.getLabel() + " (" + tag.getUniqueId() + ")"));
      return ExitCodes.OK;
    }
  }
}
