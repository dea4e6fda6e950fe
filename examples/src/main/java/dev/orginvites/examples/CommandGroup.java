package dev.orginvites.examples;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups others, such as {@code invites wapikit roles}. Run without one of them it is a usage
 * error listing them, taken from its {@link Subcommands} so that the list cannot drift from the commands that
 * exist.
 */
abstract class CommandGroup implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Override
  public final Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: " + subcommandNames(getClass()));
  }

  /** The group's subcommands as a sentence, in declaration order: "list, get or create". */
  static String subcommandNames(Class<?> group) {
    Subcommands declared = group.getAnnotation(Subcommands.class);
    if (declared == null) {
      throw new IllegalStateException(group.getName() + " is a command group without @Subcommands");
    }
    List<String> names = Arrays.stream(declared.value())
        .map(command -> command.getAnnotation(Command.class).name())
        .collect(Collectors.toList());
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}
