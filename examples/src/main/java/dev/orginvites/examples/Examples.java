package dev.orginvites.examples;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code Examples:} section that ends every help screen. The examples are the footers of the commands; they
 * use the URLs of {@code invites sandbox} on its default port and its fixtures, and a test runs every one of
 * them against a sandbox.
 */
final class Examples {
  /** The default port of {@code invites sandbox}, which the examples' URLs use. */
  static final String SANDBOX_PORT = "8080";

  static final String WNOLOGY_SANDBOX = "http://127.0.0.1:" + SANDBOX_PORT + "/wnology";
  static final String WAPIKIT_SANDBOX = "http://127.0.0.1:" + SANDBOX_PORT + "/wapikit/api";

  /** The footer heading of every command. */
  static final String HEADING = "%nExamples:%n";

  private Examples() {}

  /**
   * Prints every footer (the examples) line by line as written, in the whole command tree: picocli would wrap
   * a line wider than the help, and a wrapped command no longer works when pasted.
   */
  static void printVerbatim(CommandLine command) {
    command
        .getHelpSectionMap()
        .put(
            UsageMessageSpec.SECTION_KEY_FOOTER,
            help -> {
              StringBuilder text = new StringBuilder();
              for (String line : help.commandSpec().usageMessage().footer()) {
                text.append(line).append(System.lineSeparator());
              }
              return text.toString();
            });
    command.getSubcommands().values().forEach(Examples::printVerbatim);
  }

  /** The built-in {@code help} command is picocli's; its examples are added here. */
  static void addToHelpCommand(CommandLine help) {
    help.getCommandSpec()
        .usageMessage()
        .footerHeading(HEADING)
        .footer(List.of("  invites help wapikit list", "  invites help sandbox").toArray(String[]::new));
  }
}
