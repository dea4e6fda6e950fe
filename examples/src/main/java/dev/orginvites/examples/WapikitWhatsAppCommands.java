package dev.orginvites.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AiConfiguration;
import dev.orginvites.wapikit.model.MessageTemplate;
import dev.orginvites.wapikit.model.PhoneNumber;
import dev.orginvites.wapikit.model.WhatsAppBusinessAccount;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The WhatsApp parts of the organization: {@code templates list|get}, {@code phone-numbers list|get},
 * {@code whatsapp-account update} and {@code ai-config get}.
 */
final class WapikitWhatsAppCommands {
  static final String WHATSAPP_ACCESS_TOKEN_ENV = "WAPIKIT_WHATSAPP_ACCESS_TOKEN";

  private WapikitWhatsAppCommands() {}

  /** {@code invites wapikit templates}. */
  @Subcommands({ListTemplates.class, GetTemplate.class})
  @Command(
      name = "templates",
      description = "The WhatsApp message templates of the organization's Business account (read-only).",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit templates list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key"
      })
  static final class Templates extends CommandGroup {}

  /** {@code invites wapikit templates list}. */
  @Command(
      name = "list",
      description = "List every message template (the service does not page them).",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit templates list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key",
        "  invites wapikit templates list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --json"
      })
  static final class ListTemplates extends WapikitCommand.Action {
    ListTemplates(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      List<MessageTemplate> templates = client.templates().list();
      ObjectNode json = ServiceOptions.object();
      json.set("templates", WapikitViews.json(templates));
      options.print(context, json, () -> ListOptions.table(context, WapikitViews.TEMPLATE_HEADER, templates,
          WapikitViews::row, templates.size() + " template(s)"));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit templates get}. */
  @Command(
      name = "get",
      description = "Show a message template with its components and buttons.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit templates get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id 1302845592041673",
        "  invites wapikit templates get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id 1302845592041673 --json"
      })
  static final class GetTemplate extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The template's id (see 'templates list').")
    String id;

    GetTemplate(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      MessageTemplate template = client.templates().get(id);
      options.print(context, WapikitViews.json(template),
          () -> context.out().println(WapikitViews.text(template)));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit phone-numbers}. */
  @Subcommands({ListPhoneNumbers.class, GetPhoneNumber.class})
  @Command(
      name = "phone-numbers",
      description = "The phone numbers of the organization's WhatsApp Business account (read-only).",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit phone-numbers list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key"
      })
  static final class PhoneNumbers extends CommandGroup {}

  /** {@code invites wapikit phone-numbers list}. */
  @Command(
      name = "list",
      description = "List every phone number (the service does not page them).",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit phone-numbers list --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --json"
      })
  static final class ListPhoneNumbers extends WapikitCommand.Action {
    ListPhoneNumbers(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      List<PhoneNumber> numbers = client.phoneNumbers().list();
      ObjectNode json = ServiceOptions.object();
      json.set("phoneNumbers", WapikitViews.json(numbers));
      options.print(context, json, () -> ListOptions.table(context, WapikitViews.PHONE_HEADER, numbers,
          WapikitViews::row, numbers.size() + " phone number(s)"));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit phone-numbers get}. */
  @Command(
      name = "get",
      description = "Show a phone number.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit phone-numbers get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --id 109876543210987"
      })
  static final class GetPhoneNumber extends WapikitCommand.Action {
    @Option(names = "--id", required = true, paramLabel = "ID", converter = WapikitConverters.Id.class,
        description = "The phone number's id (see 'phone-numbers list').")
    String id;

    GetPhoneNumber(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      PhoneNumber number = client.phoneNumbers().get(id);
      options.print(context, WapikitViews.json(number), () -> {
        context.out().println(WapikitViews.PHONE_HEADER);
        context.out().println(WapikitViews.row(number));
      });
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit whatsapp-account}. */
  @Subcommands({UpdateWhatsAppAccount.class})
  @Command(
      name = "whatsapp-account",
      description = "The WhatsApp Business account linked to the organization.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port; the access token from the environment:",
        "  WAPIKIT_WHATSAPP_ACCESS_TOKEN=EAAG-example invites wapikit whatsapp-account update \\",
        "      --base-url http://127.0.0.1:8080/wapikit/api --api-key sandbox-key \\",
        "      --business-account-id 104996245678901"
      })
  static final class WhatsAppAccount extends CommandGroup {}

  /** {@code invites wapikit whatsapp-account update}. */
  @Command(
      name = "update",
      description = {
        "Link the organization to a WhatsApp Business account, or update the link.",
        "The access token is read from --access-token-file or $" + WHATSAPP_ACCESS_TOKEN_ENV + ", never from the"
            + " command line; neither it nor the webhook secret in the answer is ever printed."
      },
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port; the access token from the environment:",
        "  WAPIKIT_WHATSAPP_ACCESS_TOKEN=EAAG-example invites wapikit whatsapp-account update \\",
        "      --base-url http://127.0.0.1:8080/wapikit/api --api-key sandbox-key \\",
        "      --business-account-id 104996245678901",
        "  WAPIKIT_WHATSAPP_ACCESS_TOKEN=EAAG-example invites wapikit whatsapp-account update \\",
        "      --base-url http://127.0.0.1:8080/wapikit/api --api-key sandbox-key \\",
        "      --business-account-id 104996245678901 --json"
      })
  static final class UpdateWhatsAppAccount extends WapikitCommand.Action {
    @Option(names = "--business-account-id", required = true, paramLabel = "ID",
        converter = WapikitConverters.Text.class, description = "The WhatsApp Business account's id.")
    String businessAccountId;

    @Option(names = "--access-token-file", paramLabel = "FILE",
        description = "File whose first line is the WhatsApp access token (default: $" + WHATSAPP_ACCESS_TOKEN_ENV
            + ").")
    Path accessTokenFile;

    UpdateWhatsAppAccount(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      String token = SecretInput.require(context, accessTokenFile, "--access-token-file", WHATSAPP_ACCESS_TOKEN_ENV,
          "WhatsApp access token");
      WhatsAppBusinessAccount account = client.whatsappBusinessAccount().update(businessAccountId, token);
      options.print(context, WapikitViews.json(account), () -> context.out().println(
          "Linked WhatsApp Business account " + account.getBusinessAccountId()
              + " (access token and webhook secret not shown)"));
      return ExitCodes.OK;
    }
  }

  /** {@code invites wapikit ai-config}. */
  @Subcommands({GetAiConfig.class})
  @Command(
      name = "ai-config",
      description = "The organization's AI assistant configuration.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit ai-config get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key"
      })
  static final class AiConfig extends CommandGroup {}

  /** {@code invites wapikit ai-config get}. */
  @Command(
      name = "get",
      description = "Show the AI model and whether it is enabled; the provider's API key is never printed.",
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit ai-config get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key",
        "  invites wapikit ai-config get --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --json"
      })
  static final class GetAiConfig extends WapikitCommand.Action {
    GetAiConfig(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      AiConfiguration ai = client.aiConfiguration().get();
      options.print(context, WapikitViews.json(ai), () -> context.out().println(WapikitViews.text(ai)));
      return ExitCodes.OK;
    }
  }
}
