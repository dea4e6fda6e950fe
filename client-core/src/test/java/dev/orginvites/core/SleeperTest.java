package dev.orginvites.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class SleeperTest {
  /**
   * An async retry's wait must not depend on the common pool: from JDK 25 on, CompletableFuture's async tasks run
   * there even when its parallelism is 1, and an application may keep that pool busy.
   */
  @Test
  void delayCompletesWhileTheCommonPoolIsBusy() throws Exception {
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(workers);
    List<CompletableFuture<?>> blockers = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      blockers.add(CompletableFuture.runAsync(() -> {
        busy.countDown();
        sleepUntil(release);
      }, ForkJoinPool.commonPool()));
    }
    try {
      assertThat(busy.await(5, TimeUnit.SECONDS)).as("common pool workers blocked").isTrue();
      long start = System.nanoTime();

      Sleeper.system().delay(Duration.ofMillis(20)).get(5, TimeUnit.SECONDS);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20))
          .isLessThan(Duration.ofSeconds(2));
    } finally {
      release.countDown();
      CompletableFuture.allOf(blockers.toArray(new CompletableFuture<?>[0])).get(5, TimeUnit.SECONDS);
    }
  }

  /** Plain sleeping, which the pool cannot compensate for, so the workers stay taken. */
  private static void sleepUntil(CountDownLatch release) {
    while (release.getCount() > 0) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
