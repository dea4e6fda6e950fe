package dev.orginvites.core.bulk;

/**
 * Hears what happened to each email of a bulk run, as soon as it is known: to show progress, or to record each
 * outcome durably. Called once per email invited, skipped or failed (not for one the run stopped before), from
 * the thread that started the run or from the run's worker threads (so possibly concurrently, and in the order
 * outcomes become known, not the input order). An exception thrown here stops the run: no further email is
 * sent, and the bulk operation rethrows it.
 */
@FunctionalInterface
public interface BulkListener {
  /**
   * Hears one email's outcome. {@code outcome} is final for its email; {@code done} of {@code total} emails have
   * an outcome now.
   *
   * @param outcome what the run did for one email, final
   * @param done how many emails have an outcome now, this one included, from 1 to {@code total}
   * @param total how many emails the run was given
   */
  void onOutcome(BulkOutcome outcome, int done, int total);
}
