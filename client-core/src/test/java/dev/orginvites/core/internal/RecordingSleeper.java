package dev.orginvites.core.internal;

import dev.orginvites.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every wait and returns at once, so retry tests neither sleep nor depend on timing. */
final class RecordingSleeper implements Sleeper {
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    waits.add(duration);
    // Completed on another thread, like a real timer: the retry must not rely on running inline.
    return CompletableFuture.runAsync(() -> {});
  }
}
