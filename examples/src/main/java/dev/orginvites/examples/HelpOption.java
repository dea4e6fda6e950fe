package dev.orginvites.examples;

import picocli.CommandLine.Option;

/** {@code -h/--help} for every subcommand; only the top command also has {@code -V/--version}. */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;
}
