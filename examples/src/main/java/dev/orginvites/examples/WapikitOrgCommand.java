package dev.orginvites.examples;

import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AiConfigurationUpdate;
import dev.orginvites.wapikit.model.AiModel;
import dev.orginvites.wapikit.model.EmailNotificationConfiguration;
import dev.orginvites.wapikit.model.Organization;
import dev.orginvites.wapikit.model.SlackNotificationConfiguration;
import dev.orginvites.wapikit.model.UpdateOrganizationRequest;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invites wapikit org list|get|create|update|transfer}: the organizations the key belongs to. */
@Subcommands({
  WapikitOrgCommand.ListOrganizations.class,
  WapikitOrgCommand.Get.class,
  WapikitOrgCommand.Create.class,
  WapikitOrgCommand.Update.class,
  WapikitOrgCommand.Transfer.class
})
@Command(
    name = "org",
    description = "The organizations the API key belongs to.",
    footerHeading = Examples.HEADING,
    footer = {
      "  # Against 'invites sandbox' on its default port:",
      "  invites wapikit org list --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key",
      "  invites wapikit org get --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key --id org_sandbox"
    })
final class WapikitOrgCommand extends CommandGroup {
  static final String SLACK_WEBHOOK_URL_ENV = "WAPIKIT_SLACK_WEBHOOK_URL";
  static final String SMTP_PASSWORD_ENV = "WAPIKIT_SMTP_PASSWORD";
  static final String AI_API_KEY_ENV = "WAPIKIT_AI_API_KEY";

  /** {@code invites wapikit org list}. */
  @Command(
      name = "list",
      description = "List the organizations, one page or all of them.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit org list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key",
        "  invites wapikit org list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --all --json"
      })
  static final class ListOrganizations extends WapikitCommand.Action {
    @Mixin ListOptions list;

    ListOrganizations(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      return list.print(context, options, client.organizations()::list, client.organizations()::listAll,
          WapikitViews.ORGANIZATIONS);
    }
  }

  /** {@code invites wapikit org get}. */
  @Command(
      name = "get",
      description = "Show an organization (its secrets are never shown).",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit org get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id org_sandbox",
        "  invites wapikit org get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id org_sandbox --json"
      })
  static final class Get extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The organization's id (see 'org list').")
    String id;

    Get(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      Organization org = client.organizations().get(id);
      options.print(context, WapikitViews.json(org), () -> context.out().println(WapikitViews.text(org)));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit org create}. */
  @Command(
      name = "create",
      description = "Create an organization.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit org create --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --name 'Acme EU' --description 'EU support team'"
      })
  static final class Create extends WapikitCommand.Action {
    @Option(names = "--name", required = true, paramLabel = "NAME", converter = WapikitConverters.Text.class,
        description = "The organization's name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "What it is (default: none).")
    String description;

    Create(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      Organization org = client.organizations().create(name, description);
      options.print(context, WapikitViews.json(org),
          () -> context.out().println("Created organization " + org.getName() + " (" + org.getUniqueId() + ")"));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit org update}. */
  @Command(
      name = "update",
      description = {
        "Rename an organization and replace its description; optionally set its Slack and email notifications"
            + " and its AI configuration.",
        "Their secrets are read from a file or the environment, never from the command line."
      },
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit org update --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id org_sandbox --name 'Sandbox Org' --description 'Support'",
        "  # The AI provider's key from the environment (or --ai-api-key-file FILE):",
        "  WAPIKIT_AI_API_KEY=sk-example invites wapikit org update \\",
        "      --base-url http://127.0.0.1:8080/wapikit/api --api-key sandbox-key \\",
        "      --id org_sandbox --name 'Sandbox Org' --ai-model gpt4o --ai-enabled true",
        "  WAPIKIT_SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T0/B0/x invites wapikit org update \\",
        "      --base-url http://127.0.0.1:8080/wapikit/api --api-key sandbox-key \\",
        "      --id org_sandbox --name 'Sandbox Org' --slack-channel '#support'"
      })
  static final class Update extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The organization's id.")
    String id;

    @Option(names = "--name", required = true, paramLabel = "NAME", converter = WapikitConverters.Text.class,
        description = "Its name (required: an update replaces it).")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "Its description (default: none).")
    String description;

    @Option(names = "--slack-channel", paramLabel = "CHANNEL", converter = WapikitConverters.Text.class,
        description = "Slack channel for notifications; the webhook URL comes from --slack-webhook-url-file or $"
            + SLACK_WEBHOOK_URL_ENV + ".")
    String slackChannel;

    @Option(names = "--slack-webhook-url-file", paramLabel = "FILE",
        description = "File whose first line is the Slack webhook URL (a secret).")
    Path slackWebhookUrlFile;

    @Option(names = "--smtp-host", paramLabel = "HOST", converter = WapikitConverters.Text.class,
        description = "SMTP server for email notifications; needs --smtp-port and --smtp-username, and the"
            + " password from --smtp-password-file or $" + SMTP_PASSWORD_ENV + ".")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT", converter = WapikitConverters.Text.class,
        description = "SMTP port, e.g. 587.")
    String smtpPort;

    @Option(names = "--smtp-username", paramLabel = "USER", converter = WapikitConverters.Text.class,
        description = "SMTP user name.")
    String smtpUsername;

    @Option(names = "--smtp-password-file", paramLabel = "FILE",
        description = "File whose first line is the SMTP password (a secret).")
    Path smtpPasswordFile;

    @Option(
        names = "--ai-model",
        paramLabel = "MODEL",
        converter = WapikitConverters.AiModels.class,
        completionCandidates = WapikitConverters.AiModels.class,
        description = "AI model (any case): ${COMPLETION-CANDIDATES}; the provider's key comes from"
            + " --ai-api-key-file or $" + AI_API_KEY_ENV + ".")
    AiModel aiModel;

    @Option(names = "--ai-enabled", paramLabel = "true|false", arity = "1",
        description = "Whether the AI assistant is on (with --ai-model; default: as the service decides).")
    Boolean aiEnabled;

    @Option(names = "--ai-api-key-file", paramLabel = "FILE",
        description = "File whose first line is the AI provider's API key (a secret).")
    Path aiApiKeyFile;

    Update(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      UpdateOrganizationRequest changes = new UpdateOrganizationRequest().name(name).description(description);
      if (slackChannel != null || slackWebhookUrlFile != null) {
        requireWith("--slack-webhook-url-file", slackWebhookUrlFile, "--slack-channel", slackChannel);
        changes.slackNotificationConfiguration(new SlackNotificationConfiguration().slackChannel(slackChannel)
            .slackWebhookUrl(SecretInput.require(context, slackWebhookUrlFile, "--slack-webhook-url-file",
                SLACK_WEBHOOK_URL_ENV, "Slack webhook URL")));
      }
      if (smtpHost != null || smtpPort != null || smtpUsername != null || smtpPasswordFile != null) {
        if (smtpHost == null || smtpPort == null || smtpUsername == null) {
          throw new UsageException("email notifications need --smtp-host, --smtp-port and --smtp-username together");
        }
        changes.emailNotificationConfiguration(new EmailNotificationConfiguration().smtpHost(smtpHost)
            .smtpPort(smtpPort).smtpUsername(smtpUsername)
            .smtpPassword(SecretInput.require(context, smtpPasswordFile, "--smtp-password-file", SMTP_PASSWORD_ENV,
                "SMTP password")));
      }
      if (aiModel != null || aiEnabled != null || aiApiKeyFile != null) {
        if (aiModel == null) {
          throw new UsageException("--ai-enabled and --ai-api-key-file need --ai-model");
        }
        changes.aiConfiguration(new AiConfigurationUpdate().model(aiModel).isEnabled(aiEnabled)
            .apiKey(SecretInput.require(context, aiApiKeyFile, "--ai-api-key-file", AI_API_KEY_ENV,
                "AI provider API key")));
      }
      boolean updated = client.organizations().update(id, changes);
      options.print(context, WapikitViews.flag("isUpdated", updated),
          () -> context.out().println("Updated organization " + id));
      return ExitCodes.OK;
    }

    private static void requireWith(String option, Object value, String needed, Object neededValue) {
      if (value != null && neededValue == null) {
        throw new UsageException(option + " needs " + needed);
      }
    }
  }

  /** {@code invites wapikit org transfer}. */
  @Command(
      name = "transfer",
      description = "Make a member the organization's owner; someone who is not a member is refused (exit 5).",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit org transfer --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id org_sandbox --new-owner-id mem_demo"
      })
  static final class Transfer extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The organization's id.")
    String id;

    @Option(names = "--new-owner-id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The member who becomes the owner (see 'members list').")
    String newOwnerId;

    Transfer(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      boolean transferred = client.organizations().transferOwnership(id, newOwnerId);
      options.print(context, WapikitViews.flag("isTransferred", transferred),
          () -> context.out().println("Member " + newOwnerId + " now owns organization " + id));
      return ExitCodes.OK;
    }
  }
}
