package dev.orginvites.examples;

import dev.orginvites.core.testing.RecordingSleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Runs the CLI in-process with captured output, a chosen environment and an instant sleeper. */
final class CliRun {
  private final Map<String, String> env;
  private final RecordingSleeper sleeper;
  private final String hookMarker;
  private final Runnable hook;
  private final boolean stopRequested;

  private CliRun(
      Map<String, String> env, RecordingSleeper sleeper, String hookMarker, Runnable hook, boolean stopRequested) {
    this.env = env;
    this.sleeper = sleeper;
    this.hookMarker = hookMarker;
    this.hook = hook;
    this.stopRequested = stopRequested;
  }

  /** An empty environment (so a developer's WAPIKIT_API_KEY cannot leak into tests) and instant waits. */
  static CliRun standard() {
    return new CliRun(Map.of(), new RecordingSleeper(), null, null, false);
  }

  CliRun withEnv(Map<String, String> value) {
    return new CliRun(value, sleeper, hookMarker, hook, stopRequested);
  }

  CliRun withSleeper(RecordingSleeper value) {
    return new CliRun(env, value, hookMarker, hook, stopRequested);
  }

  /** Runs {@code action} once, as soon as stderr shows {@code marker}: a switch flipped mid-run. */
  CliRun withProgressHook(String marker, Runnable action) {
    return new CliRun(env, sleeper, marker, action, stopRequested);
  }

  /** As if Ctrl+C came at once: {@code invites sandbox} starts, prints its URLs and stops. */
  CliRun withStopRequested() {
    return new CliRun(env, sleeper, hookMarker, hook, true);
  }

  RecordingSleeper sleeper() {
    return sleeper;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Writer errSink = hook == null ? err : new HookWriter(err, hookMarker, hook);
    CompletableFuture<Void> stop =
        stopRequested ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
    int code =
        InvitesCli.execute(
            new CliContext(new PrintWriter(out, true), new PrintWriter(errSink, true), env, sleeper, stop), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What one run left behind. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Passes text through to a StringWriter and fires a one-off action when the marker first appears. */
  private static final class HookWriter extends Writer {
    private final StringWriter target;
    private final String marker;
    private Runnable action;

    HookWriter(StringWriter target, String marker, Runnable action) {
      this.target = target;
      this.marker = marker;
      this.action = action;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      target.write(chars, offset, length);
      if (action != null && target.toString().contains(marker)) {
        Runnable once = action;
        action = null;
        once.run();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
