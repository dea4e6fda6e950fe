package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.testing.RecordingSleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds only the branch of the command tree its command line names; help and typos see a whole level. */
final class CommandTreeTest {
  private static final CommandLine.IFactory FACTORY = new CommandLine.IFactory() {
    private final CliContext context = new CliContext(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), Map.of(), new RecordingSleeper(), new CompletableFuture<>());

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(CliContext.class).newInstance(context);
      } catch (NoSuchMethodException noContext) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  };

  private static CommandLine tree(String... args) {
    return CommandTree.forArgs(new InvitesCli(null), FACTORY, args);
  }

  @Test
  void aCallBuildsOnlyItsBranch() {
    CommandLine root = tree("wapikit", "members", "list", "--page", "2");

    assertThat(root.getSubcommands()).containsOnlyKeys("wapikit");
    CommandLine wapikit = root.getSubcommands().get("wapikit");
    assertThat(wapikit.getSubcommands()).containsOnlyKeys("members");
    assertThat(wapikit.getSubcommands().get("members").getSubcommands()).containsOnlyKeys("list");
  }

  @Test
  void aLevelWithoutAKnownCommandIsBuiltWholeForHelpAndSuggestions() {
    CommandLine typo = tree("wnology", "gte", "--token", "t");
    assertThat(typo.getSubcommands().get("wnology").getSubcommands()).containsKeys("get", "accept", "reject", "org");

    assertThat(tree("--help").getSubcommands()).containsKeys("demo", "sandbox", "wnology", "wapikit", "help");
    assertThat(tree().getSubcommands()).containsKeys("demo", "sandbox", "wnology", "wapikit");
  }

  @Test
  void theHelpCommandSeesTheWholeTree() {
    CommandLine root = tree("help", "wapikit", "roles");
    assertThat(root.getSubcommands().get("wapikit").getSubcommands().get("roles").getSubcommands())
        .containsKeys("list", "get", "create", "update", "delete");
  }
}
