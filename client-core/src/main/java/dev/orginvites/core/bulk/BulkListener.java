package dev.orginvites.core.bulk;

/**
 * Hears what happened to each email of a bulk run, as soon as it is known: to show progress, or to record each
 * outcome durably. Called once per email, from the run's worker threads (so possibly concurrently, and in the
 * order outcomes become known, not the input order). An exception thrown here stops the run: no further email is
 * sent, and the bulk operation rethrows it.
 */
@FunctionalInterface
public interface BulkListener {
  /** {@code outcome} is final for its email; {@code done} of {@code total} emails have an outcome now. */
  void onOutcome(BulkOutcome outcome, int done, int total);
}
