package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.testkit.Sandbox;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's help: {@code -h/--help} everywhere, {@code -V/--version} on the top command only, the
 * accepted values of choice options as users type them, and an {@code Examples:} section last whose every
 * example parses and runs successfully against a sandbox.
 */
class HelpAndExamplesTest {
  /** A choice option with more values than this shows a word as its label and lists them in its description. */
  private static final int MAX_VALUES_IN_LABEL = 5;

  private final CliRun cli = CliRun.standard();

  @TempDir Path dir;

  /** Every command of the tree by its words after {@code invites} (the top command is the empty list). */
  static Map<List<String>, CommandSpec> commands() {
    Map<List<String>, CommandSpec> commands = new LinkedHashMap<>();
    collect(InvitesCli.commandLine(quietContext()), new ArrayList<>(), commands);
    return commands;
  }

  private static void collect(CommandLine command, List<String> path, Map<List<String>, CommandSpec> into) {
    into.put(List.copyOf(path), command.getCommandSpec());
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> subPath = new ArrayList<>(path);
              subPath.add(name);
              collect(sub, subPath, into);
            });
  }

  private static CliContext quietContext() {
    return new CliContext(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), new RecordingSleeper(),
        new CompletableFuture<>());
  }

  private CliRun.Result help(List<String> path, String flag) {
    List<String> args = new ArrayList<>(path);
    args.add(flag);
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void theTreeHasEveryDocumentedCommand() {
    assertThat(commands().keySet())
        .extracting(path -> String.join(" ", path))
        .containsExactlyInAnyOrder(
            "", "demo", "sandbox", "help", "wnology", "wnology get", "wnology accept", "wnology reject",
            "wnology org", "wnology org invite", "wnology org pending", "wnology org revoke", "wnology org members",
            "wnology org set-role", "wnology org remove", "wnology org bulk",
            "wapikit", "wapikit list", "wapikit create", "wapikit get", "wapikit accept", "wapikit join",
            "wapikit bulk", "wapikit members", "wapikit members list", "wapikit members get",
            "wapikit members update", "wapikit members set-roles", "wapikit members remove", "wapikit roles",
            "wapikit roles list", "wapikit roles get", "wapikit roles create", "wapikit roles update",
            "wapikit roles delete", "wapikit tags", "wapikit tags list", "wapikit tags create", "wapikit org",
            "wapikit org list", "wapikit org get", "wapikit org create", "wapikit org update",
            "wapikit org transfer", "wapikit api-key", "wapikit api-key regenerate", "wapikit templates",
            "wapikit templates list", "wapikit templates get", "wapikit phone-numbers",
            "wapikit phone-numbers list", "wapikit phone-numbers get", "wapikit whatsapp-account",
            "wapikit whatsapp-account update", "wapikit ai-config", "wapikit ai-config get");
  }

  @Test
  void everyCommandHasHelpAndOnlyTheTopOneHasVersion() {
    commands()
        .forEach(
            (path, spec) -> {
              String name = "invites " + String.join(" ", path);
              CliRun.Result longHelp = help(path, "--help");
              CliRun.Result shortHelp = help(path, "-h");

              assertThat(longHelp.exitCode()).as(name + " --help").isZero();
              // (picocli's own help command shows its description before the usage line)
              assertThat(longHelp.out())
                  .as(name + " --help")
                  .contains("Usage: " + name.trim() + " [-h")
                  .contains("-h, --help");
              assertThat(shortHelp.out()).as(name + " -h").isEqualTo(longHelp.out());
              if (path.isEmpty()) {
                assertThat(spec.findOption("--version")).isNotNull();
                assertThat(longHelp.out()).contains("-V, --version");
              } else {
                assertThat(spec.findOption("-V")).as(name).isNull();
                assertThat(spec.findOption("--version")).as(name).isNull();
                assertThat(longHelp.out()).as(name).doesNotContain("--version");
                if (!path.equals(List.of("help"))) { // picocli's help command reads its argument as a COMMAND
                  assertThat(help(path, "--version").exitCode()).as(name + " --version").isEqualTo(ExitCodes.USAGE);
                  assertThat(help(path, "-V").exitCode()).as(name + " -V").isEqualTo(ExitCodes.USAGE);
                }
              }
            });
  }

  @Test
  void choiceOptionsShowTheValuesUsersType() {
    int choices = 0;
    for (Map.Entry<List<String>, CommandSpec> command : commands().entrySet()) {
      for (OptionSpec option : command.getValue().options()) {
        Class<?> type = option.isMultiValue() ? option.auxiliaryTypes()[0] : option.type();
        boolean closedList =
            type.isEnum()
                || type.getName().startsWith("dev.orginvites.wapikit.")
                || type.getName().startsWith("dev.orginvites.wnology.model.");
        if (!closedList) {
          continue;
        }
        String name = "invites " + String.join(" ", command.getKey()) + " " + option.longestName();
        assertThat(option.converters()).as(name).hasAtLeastOneElementOfType(ChoiceConverter.class);
        assertThat(option.completionCandidates()).as(name).isInstanceOf(ChoiceConverter.class);
        List<String> values = new ArrayList<>();
        option.completionCandidates().forEach(values::add);
        // One-word values in lowercase; the others (Get:Campaign, Gemini1.5Pro) as the spec spells them.
        assertThat(values).as(name).isNotEmpty()
            .allMatch(v -> !v.chars().allMatch(Character::isLetter) || v.equals(v.toLowerCase()))
            .noneMatch(v -> v.equalsIgnoreCase("unknown"));
        if (values.size() <= MAX_VALUES_IN_LABEL) {
          assertThat(option.paramLabel()).as(name).isEqualTo(String.join("|", values));
        } else {
          assertThat(option.paramLabel()).as(name + ": a long list gets a word as its label").matches("[A-Z]+");
        }
        assertThat(String.join(" ", option.description()).replaceAll("\\s+", " ")).as(name)
            .contains(String.join(", ", values));
        choices++;
      }
    }
    assertThat(choices)
        .as("--sort (5 lists), --access-level (create, bulk, members update), --permission (2), --ai-model,"
            + " --role (org invite, set-role and bulk)")
        .isEqualTo(14);
  }

  @Test
  void everyHelpEndsWithExamplesOfThatCommand() {
    commands()
        .forEach(
            (path, spec) -> {
              String name = ("invites " + String.join(" ", path)).trim();
              List<String> examples = examples(help(path, "--help").out());

              assertThat(examples).as(name).isNotEmpty();
              for (String example : examples) {
                List<String> words = Shell.words(example).args();
                assertThat(words.subList(0, Math.min(path.size(), words.size()))).as(example).isEqualTo(path);
              }
            });
  }

  @TestFactory
  Stream<DynamicTest> everyExampleParses() {
    return allExamples().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example,
                    () -> {
                      CommandLine parser = InvitesCli.commandLine(quietContext());
                      assertThatCode(() -> parser.parseArgs(Shell.words(example).args().toArray(String[]::new)))
                          .doesNotThrowAnyException();
                    }));
  }

  /**
   * Runs every example as shown against a fresh sandbox with the demo fixtures, its port put in place of
   * {@value Examples#SANDBOX_PORT}. {@code invites sandbox} examples listen on any free port and stop at once;
   * {@code team.csv} is a file with two emails.
   */
  @TestFactory
  Stream<DynamicTest> everyExampleRunsSuccessfully() {
    return allExamples().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example,
                    () -> {
                      try (Sandbox sandbox = Sandbox.withDemoFixtures()) {
                        CliRun.Result result = runExample(example, sandbox);

                        assertThat(result.exitCode()).as(example + "\n" + result).isZero();
                        assertThat(result.out()).as(example).isNotBlank();
                        sandbox.assertNoViolations();
                      }
                    }));
  }

  private CliRun.Result runExample(String example, Sandbox sandbox) throws IOException {
    Path csv = dir.resolve("team.csv");
    Files.writeString(csv, "email\nann@example.com\nbob@example.com\n");
    Shell.Command command =
        Shell.words(example.replace("127.0.0.1:" + Examples.SANDBOX_PORT, "127.0.0.1:" + sandbox.port()));
    List<String> args = new ArrayList<>();
    for (String word : command.args()) {
      args.add(word.equals("team.csv") ? csv.toString() : word);
    }
    CliRun run = cli.withEnv(command.env());
    if (!args.isEmpty() && args.get(0).equals("sandbox")) {
      int port = args.indexOf("--port");
      if (port >= 0) {
        args.set(port + 1, "0");
      } else {
        args.addAll(List.of("--port", "0"));
      }
      run = run.withStopRequested();
    }
    return run.run(args.toArray(String[]::new));
  }

  private List<String> allExamples() {
    List<String> all = new ArrayList<>();
    commands().keySet().forEach(path -> all.addAll(examples(help(path, "--help").out())));
    return all;
  }

  /**
   * The examples of a help screen: the lines after {@code Examples:}, which must be its last section, with
   * {@code # comments} dropped and lines ending in a backslash joined to the next.
   */
  static List<String> examples(String help) {
    List<String> lines = help.lines().toList();
    int heading = lines.lastIndexOf("Examples:");
    assertThat(heading).as("an Examples: section in\n" + help).isPositive();
    List<String> examples = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : lines.subList(heading + 1, lines.size())) {
      assertThat(line).as("Examples: is the last section, its lines indented").startsWith("  ");
      String text = line.strip();
      if (text.startsWith("#")) {
        continue;
      }
      if (text.endsWith("\\")) {
        pending.append(text, 0, text.length() - 1);
        continue;
      }
      examples.add(pending.append(text).toString().replaceAll("\\s+", " "));
      pending.setLength(0);
    }
    assertThat(pending.toString()).as("a continued example without its last line").isEmpty();
    return examples;
  }

  /** Splits an example as sh would: single and double quotes, leading NAME=value assignments, then 'invites'. */
  static final class Shell {
    record Command(Map<String, String> env, List<String> args) {}

    static Command words(String line) {
      List<String> words = new ArrayList<>();
      StringBuilder word = null;
      char quote = 0;
      for (char c : line.toCharArray()) {
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
          word = word == null ? new StringBuilder() : word;
        } else if (Character.isWhitespace(c)) {
          if (word != null) {
            words.add(word.toString());
            word = null;
          }
        } else {
          word = word == null ? new StringBuilder() : word;
          word.append(c);
        }
      }
      assertThat(quote == 0).as("unclosed quote in " + line).isTrue();
      if (word != null) {
        words.add(word.toString());
      }
      Map<String, String> env = new LinkedHashMap<>();
      while (!words.isEmpty() && words.get(0).matches("[A-Z_][A-Z0-9_]*=.*")) {
        String assignment = words.remove(0);
        env.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
      }
      assertThat(words).as(line).first().isEqualTo("invites");
      return new Command(env, List.copyOf(words.subList(1, words.size())));
    }
  }
}
