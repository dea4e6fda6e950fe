package dev.orginvites.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code invites} command-line tool: a demo of both invite flows against the in-process sandbox, the
 * sandbox itself, and one command per SDK call. See docs/CLI.md for the reference and the exit codes.
 */
@Subcommands({
  DemoCommand.class,
  SandboxCommand.class,
  WnologyCommand.class,
  WapikitCommand.class,
  CommandLine.HelpCommand.class
})
@Command(
    name = "invites",
    mixinStandardHelpOptions = true,
    versionProvider = InvitesCli.Version.class,
    description = {
      "Organization invites for WEGnology and WapiKit, from the command line.",
      "Without a command, runs the demo against an in-process sandbox."
    },

    exitCodeListHeading = "%nExit codes (see docs/CLI.md):%n",
    exitCodeList = {
      "0:ok",
      "1:other failure",
      "2:invalid input (nothing sent)",
      "3:not found (any 404; a wrong --base-url says so)",
      "4:invite expired",
      "5:other 4xx",
      "6:5xx",
      "7:network failure or timeout"
    },
    footerHeading = Examples.HEADING,
    footer = {
      "  # Both invite flows against an in-process sandbox (no network needed):",
      "  invites",
      "  # Serve the sandbox on port 8080 until Ctrl+C; then, in another shell:",
      "  invites sandbox",
      "  invites wnology get --base-url http://127.0.0.1:8080/wnology \\",
      "      --token demo-token --email new.user+demo@example.com",
      "  invites wapikit list --base-url http://127.0.0.1:8080/wapikit/api \\",
      "      --api-key sandbox-key",
      "  invites --version"
    })
public final class InvitesCli implements Callable<Integer> {
  private final CliContext context;

  InvitesCli(CliContext context) {
    this.context = context;
  }

  /** Runs the CLI and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(execute(CliContext.system(), args));
  }

  /** Runs the CLI in-process and returns its exit code; never throws, never exits the JVM. */
  static int execute(CliContext context, String... args) {
    int code = configure(CommandTree.forArgs(new InvitesCli(context), new ContextFactory(context), args), context)
        .execute(args);
    context.out().flush();
    context.err().flush();
    return code;
  }

  /** The command tree with the CLI's output, error handling and help layout; parses without executing too. */
  static CommandLine commandLine(CliContext context) {
    return configure(CommandTree.full(new InvitesCli(context), new ContextFactory(context)), context);
  }

  /** Sets the CLI's output, error handling and help layout on a command tree. */
  private static CommandLine configure(CommandLine commandLine, CliContext context) {
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setParameterExceptionHandler(
        (problem, arguments) -> {
          UsageErrors.describe(problem).forEach(context.err()::println);
          context.err().flush();
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (failure, failedCommand, parsed) -> {
          int code = ExitCodes.of(failure);
          if (code == ExitCodes.USAGE) {
            UsageErrors.describe(ExitCodes.describe(failure), failedCommand).forEach(context.err()::println);
          } else {
            context.err().println("invites: " + ExitCodes.describe(failure));
          }
          context.err().flush();
          return code;
        });
    CommandLine help = commandLine.getSubcommands().get("help");
    if (help != null) { // a run that names another command builds only that branch
      Examples.addToHelpCommand(help);
    }
    Examples.printVerbatim(commandLine);
    return commandLine;
  }

  CliContext context() {
    return context;
  }

  /** No command: the demo. */
  @Override
  public Integer call() throws Exception {
    return new DemoCommand(context).call();
  }

  /** Hands the context to every command that takes one, so none of them reaches for System.* itself. */
  private static final class ContextFactory implements CommandLine.IFactory {
    private final CliContext context;

    ContextFactory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(CliContext.class).newInstance(context);
      } catch (NoSuchMethodException noContextNeeded) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  /** Reports the SDK version the build stamped into the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = InvitesCli.class.getPackage().getImplementationVersion();
      return new String[] {"invites " + (version == null ? "(development build)" : version)};
    }
  }
}
