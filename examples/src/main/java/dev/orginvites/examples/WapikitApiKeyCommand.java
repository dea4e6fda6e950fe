package dev.orginvites.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.wapikit.RegeneratedApiKey;
import dev.orginvites.wapikit.WapikitClient;
import picocli.CommandLine.Command;

/** {@code invites wapikit api-key regenerate}: the organization's API key. */
@Subcommands({WapikitApiKeyCommand.Regenerate.class})
@Command(
    name = "api-key",
    description = "The organization's API key.",
    footerHeading = Examples.HEADING,
    footer = {
      "  # Against 'invites sandbox' on its default port:",
      "  invites wapikit api-key regenerate --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key --json"
    })
final class WapikitApiKeyCommand extends CommandGroup {
  /** {@code invites wapikit api-key regenerate}. */
  @Command(
      name = "regenerate",
      description = {
        "Replace the API key: the key used for this call stops working at once. Sent once, never retried.",
        "The new key is only printed with --json (it is the result you asked for)."
      },
      footerHeading = Examples.HEADING,
      footer = {
        "  # Against 'invites sandbox' on its default port:",
        "  invites wapikit api-key regenerate --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key",
        "  invites wapikit api-key regenerate --base-url http://127.0.0.1:8080/wapikit/api \\",
        "      --api-key sandbox-key --json"
      })
  static final class Regenerate extends WapikitCommand.Action {
    Regenerate(CliContext context) {
      super(context);
    }

    @Override
    int run(WapikitClient client) {
      RegeneratedApiKey key = client.apiKey().regenerate();
      ObjectNode json = ServiceOptions.object();
      json.put("uniqueId", key.uniqueId());
      // The user asked for the new key, and with --json it is the result: print it in full.
      json.put("key", key.key());
      json.put("createdAt", key.createdAt() == null ? null : key.createdAt().toString());
      options.print(context, json, () -> context.out().println(
          "New API key issued (" + key.key().length() + " characters, not shown; use --json to print it)."
              + " The old key no longer works."));
      return ExitCodes.OK;
    }
  }
}
