package dev.orginvites.examples;

import dev.orginvites.core.Sleeper;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the CLI needs from its surroundings, passed in so that tests run it in-process: the two output
 * streams, the environment, how to wait (rate limits), and when a running sandbox should stop.
 */
final class CliContext {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Sleeper sleeper;
  private final CompletableFuture<Void> stop;
  private final boolean terminal;

  CliContext(
      PrintWriter out, PrintWriter err, Map<String, String> env, Sleeper sleeper, CompletableFuture<Void> stop) {
    this(out, err, env, sleeper, stop, false);
  }

  CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Sleeper sleeper,
      CompletableFuture<Void> stop, boolean terminal) {
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.sleeper = sleeper;
    this.stop = stop;
    this.terminal = terminal;
  }

  /** The real process: System streams and environment, real waiting, a sandbox runs until the JVM stops. */
  static CliContext system() {
    return new CliContext(
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true),
        System.getenv(),
        Sleeper.system(),
        new CompletableFuture<>(),
        System.console() != null);
  }

  /** Whether a person watches stderr (a terminal): progress is then a bar redrawn in place, else a line each. */
  boolean terminal() {
    return terminal;
  }

  /** Results: the one JSON object with --json, or the human-readable lines. */
  PrintWriter out() {
    return out;
  }

  /** Progress, HTTP logs (--verbose) and the one-line error message. */
  PrintWriter err() {
    return err;
  }

  Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
  }

  Sleeper sleeper() {
    return sleeper;
  }

  /** Completes when a running {@code invites sandbox} should stop; never, outside tests. */
  CompletableFuture<Void> stop() {
    return stop;
  }
}
