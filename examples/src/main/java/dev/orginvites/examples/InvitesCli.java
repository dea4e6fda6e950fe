package dev.orginvites.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code invites} command-line tool: a demo of both invite flows against the in-process sandbox, the
 * sandbox itself, and one command per SDK call. See docs/CLI.md for the reference and the exit codes.
 */
@Command(
    name = "invites",
    mixinStandardHelpOptions = true,
    versionProvider = InvitesCli.Version.class,
    description = {
      "Organization invites for WEGnology and WapiKit, from the command line.",
      "Without a command, runs the demo against an in-process sandbox."
    },
    subcommands = {
      DemoCommand.class,
      SandboxCommand.class,
      WnologyCommand.class,
      WapikitCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 other failure, 2 invalid input (nothing sent),",
      "3 invite not found, 4 invite expired, 5 other 4xx, 6 5xx,",
      "7 network failure or timeout. See docs/CLI.md."
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
    CommandLine commandLine = new CommandLine(new InvitesCli(context), new ContextFactory(context));
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (problem, arguments) -> {
          String command = problem.getCommandLine().getCommandSpec().qualifiedName();
          String message = problem.getMessage().replaceFirst("^Error: ", "");
          context.err().println("invites: " + message + " (see '" + command + " --help')");
          context.err().flush();
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (failure, failedCommand, parsed) -> {
          context.err().println("invites: " + ExitCodes.describe(failure));
          context.err().flush();
          return ExitCodes.of(failure);
        });
    int code = commandLine.execute(args);
    context.out().flush();
    context.err().flush();
    return code;
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
