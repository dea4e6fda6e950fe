package dev.orginvites.wapikit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The part of client-wapikit's test helpers that the sandbox tests (moved here, next to the fakes) use; same name
 * and package, so a sandbox test moves between the modules unchanged.
 */
final class WapikitTestSupport {
  private WapikitTestSupport() {}

  /** The future's value, or the runtime exception it failed with; at most 10 s. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError("future failed with a checked exception", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (TimeoutException e) {
      throw new AssertionError("future did not complete", e);
    }
  }
}
