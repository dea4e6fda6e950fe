package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.testing.RecordingSleeper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/CLI.md documents every command and option, and shows the usage errors the CLI really prints. (The testkit
 * examples moved to docs/TESTING.md: TestingDocTest.)
 */
class CliDocTest {
  private static final Path DOC = Path.of("..", "docs", "CLI.md");

  @Test
  void everyCommandAndExitCodeIsDocumented() throws IOException {
    String doc = Files.readString(DOC);

    assertThat(doc)
        .contains("invites demo", "invites sandbox", "invites wnology get", "invites wnology accept")
        .contains("invites wnology reject", "invites wapikit list", "invites wapikit create")
        .contains("invites wapikit get", "invites wapikit accept", "invites wapikit bulk")
        .contains("invites wnology org invite", "invites wnology org pending", "invites wnology org revoke")
        .contains("invites wnology org members", "invites wnology org set-role", "invites wnology org remove")
        .contains("invites wnology org bulk")
        .contains("invites wapikit join", "invites wapikit members list", "invites wapikit members get")
        .contains("invites wapikit members update", "invites wapikit members set-roles")
        .contains("invites wapikit members remove", "invites wapikit roles list", "invites wapikit roles get")
        .contains("invites wapikit roles create", "invites wapikit roles update", "invites wapikit roles delete")
        .contains("invites wapikit tags list", "invites wapikit tags create", "invites wapikit org list")
        .contains("invites wapikit org get", "invites wapikit org create", "invites wapikit org update")
        .contains("invites wapikit org transfer", "invites wapikit api-key regenerate")
        .contains("invites wapikit templates list", "invites wapikit templates get")
        .contains("invites wapikit phone-numbers list", "invites wapikit phone-numbers get")
        .contains("invites wapikit whatsapp-account update", "invites wapikit ai-config get");
    for (int code = 0; code <= 7; code++) {
      assertThat(doc).contains("| " + code + " |");
    }
  }

  @Test
  void everyOptionIsDocumentedAndChoicesAsHelpShowsThem() throws IOException {
    String doc = Files.readString(DOC).replace("\\|", "|");

    HelpAndExamplesTest.commands()
        .forEach(
            (path, spec) -> {
              for (OptionSpec option : spec.options()) {
                String name = "invites " + String.join(" ", path) + " " + option.longestName();
                String word = "(?<![\\w-])" + Pattern.quote(option.longestName()) + "(?![\\w-])";
                assertThat(doc).as(name).containsPattern(word);
                if (option.completionCandidates() != null) {
                  // e.g. "--sort asc|desc": the values as help lists them and as they are accepted
                  assertThat(doc).as(name).contains(option.longestName() + " " + option.paramLabel());
                }
              }
            });
  }

  /**
   * The {@code console} blocks show invalid input and what the CLI prints for it: each {@code $ invites ...} line
   * is run (it must fail while parsing, so nothing can be sent anywhere) and its stderr must be the lines that
   * follow it in the doc.
   */
  @Test
  void documentedUsageErrorsAreWhatTheCliPrints() throws IOException {
    Matcher block = Pattern.compile("```console\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    List<String> commands = new ArrayList<>();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    while (block.find()) {
      String current = null;
      for (String line : block.group(1).lines().toList()) {
        if (line.startsWith("$ ")) {
          current = line.substring(2);
          commands.add(current);
          expected.put(current, new ArrayList<>());
        } else {
          assertThat(current).as("output before any command: " + line).isNotNull();
          expected.get(current).add(line);
        }
      }
    }
    assertThat(commands).as("documented usage errors").hasSizeGreaterThanOrEqualTo(5);

    for (String command : commands) {
      String[] args = HelpAndExamplesTest.Shell.words(command).args().toArray(String[]::new);
      assertThatThrownBy(() -> InvitesCli.commandLine(quietContext()).parseArgs(args))
          .as("fails while parsing: " + command)
          .isInstanceOf(CommandLine.ParameterException.class);
      CliRun.Result result = CliRun.standard().run(args);

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(result.out()).as(command).isEmpty();
      assertThat(result.err().lines()).as(command).containsExactlyElementsOf(expected.get(command));
    }
  }

  private static CliContext quietContext() {
    return new CliContext(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), new RecordingSleeper(),
        new CompletableFuture<>());
  }
}
