package dev.orginvites.examples;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the CLI's picocli command tree from the {@link Subcommands} of each command. For a run, only the branch
 * the command line names is built ({@code invites wnology get} builds {@code invites}, {@code wnology} and
 * {@code get}, not the fifty other commands): building a command's model (reflection over its options, converters,
 * mixins) is most of what a one-call run spends before its call. Where the command line names no known
 * subcommand (help, a typo, a missing command) the whole level is built, so that help lists every command and a
 * typo gets its "Did you mean" suggestion; {@code invites help ...} builds the whole tree.
 */
final class CommandTree {
  private CommandTree() {}

  /** The whole tree, for help and for the tests that walk every command. */
  static CommandLine full(Object root, CommandLine.IFactory factory) {
    return build(root, factory, null);
  }

  /** The branch of the tree that {@code args} names. */
  static CommandLine forArgs(Object root, CommandLine.IFactory factory, String[] args) {
    List<String> words = Arrays.asList(args);
    return words.contains("help") ? full(root, factory) : build(root, factory, words);
  }

  /**
   * {@code command} with its subcommands: all of them (recursively) when {@code words} is null, else only the one
   * the first word that is not an option names, built for the words after it; all of them, each without its own
   * subcommands, when no word names one.
   */
  private static CommandLine build(Object command, CommandLine.IFactory factory, List<String> words) {
    CommandLine line = new CommandLine(command, factory);
    Subcommands declared = command.getClass().getAnnotation(Subcommands.class);
    if (declared == null) {
      return line;
    }
    String wanted = words == null ? null : firstWord(words);
    Class<?> chosen = wanted == null ? null : named(declared.value(), wanted);
    for (Class<?> sub : declared.value()) {
      if (chosen != null && sub != chosen) {
        continue;
      }
      Object instance = create(factory, sub);
      List<String> rest = words == null ? null
          : chosen != null ? words.subList(words.indexOf(wanted) + 1, words.size()) : List.of();
      line.addSubcommand(build(instance, factory, rest));
    }
    return line;
  }

  /** The first word that is not an option; null when there is none. */
  private static String firstWord(List<String> words) {
    for (String word : words) {
      if (!word.startsWith("-")) {
        return word;
      }
      if (word.equals("--")) {
        return null;
      }
    }
    return null;
  }

  /** The subcommand called {@code name} (or one of its aliases), or null. */
  private static Class<?> named(Class<?>[] subcommands, String name) {
    for (Class<?> sub : subcommands) {
      Command command = sub.getAnnotation(Command.class);
      if (command != null && (command.name().equals(name) || Arrays.asList(command.aliases()).contains(name))) {
        return sub;
      }
    }
    return null;
  }

  private static Object create(CommandLine.IFactory factory, Class<?> type) {
    try {
      return factory.create(type);
    } catch (Exception e) {
      throw new CommandLine.InitializationException("cannot create " + type.getName(), e);
    }
  }
}
