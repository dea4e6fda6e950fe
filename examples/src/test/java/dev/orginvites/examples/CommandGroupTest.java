package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A group's "missing command" message lists the subcommands it declares, so the two cannot drift apart. */
final class CommandGroupTest {

  @Test
  void listsEveryDeclaredSubcommandInOrder() {
    assertThat(CommandGroup.subcommandNames(WapikitRolesCommand.class))
        .isEqualTo("list, get, create, update or delete");
    assertThat(CommandGroup.subcommandNames(WnologyCommand.class)).isEqualTo("get, accept, reject or org");
  }

  @Test
  void twoAreJoinedWithOrAndOneStandsAlone() {
    assertThat(CommandGroup.subcommandNames(WapikitTagsCommand.class)).isEqualTo("list or create");
    assertThat(CommandGroup.subcommandNames(WapikitApiKeyCommand.class)).isEqualTo("regenerate");
  }

  @Test
  void runningAGroupAloneIsAUsageErrorThatNamesItsCommands() {
    CliRun.Result result = CliRun.standard().run("wapikit", "members");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("missing command: list, get, update, set-roles or remove");
  }
}
