package dev.orginvites.core.testing;

import dev.orginvites.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Sleeper} for tests: records every wait and returns at once, so retry tests neither sleep nor depend
 * on timing. A test that needs time to pass for the service (a rate-limit window ending) passes {@code onSleep}
 * to make that happen, deterministically. Shared by every module's tests through the test-support module.
 */
public final class RecordingSleeper implements Sleeper {
  private final Runnable onSleep;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  public RecordingSleeper() {
    this(() -> {});
  }

  public RecordingSleeper(Runnable onSleep) {
    this.onSleep = onSleep;
  }

  /** The waits so far, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    onSleep.run();
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    waits.add(duration);
    onSleep.run();
    // Completed on another thread, like a real timer: an async retry must not rely on running inline. A thread of
    // its own, not the common pool: from JDK 25 on, CompletableFuture's async tasks use the common pool even when
    // its parallelism is 1 (two cores), so one blocked task there held every async retry of the fault matrix.
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread completer = new Thread(() -> done.complete(null), "recording-sleeper");
    completer.setDaemon(true);
    completer.start();
    return done;
  }
}
