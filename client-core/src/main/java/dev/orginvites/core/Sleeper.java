package dev.orginvites.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. The default really waits; tests install one that records the waits and returns at
 * once, so retry behaviour is checked instantly and deterministically.
 */
public interface Sleeper {
  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long
   * @throws InterruptedException when the thread is interrupted while it waits
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future completed after {@code duration}, without holding a thread while it waits.
   *
   * @param duration how long
   * @return a future completed after the delay
   */
  CompletableFuture<Void> delay(Duration duration);

  /**
   * The real clock.
   *
   * @return the sleeper that really waits
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}

/** Sleeps on the calling thread; delays on the JDK's shared delayed executor. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    // Completed by the JDK's delay scheduler thread itself, never handed to the common pool: from JDK 25 on, the
    // common pool serves CompletableFuture's async tasks even with parallelism 1 (two cores), where any blocked task
    // of the application would hold the retry. What runs next (re-enqueueing the call on OkHttp) does not block.
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS, Runnable::run));
  }
}
