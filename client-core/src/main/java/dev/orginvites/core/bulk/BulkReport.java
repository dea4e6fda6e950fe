package dev.orginvites.core.bulk;

import dev.orginvites.core.InviteApiException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a bulk run did, email by email, in the order the emails were given. Immutable. A run is safe to repeat:
 * emails invited the first time are skipped the second time, so a run that stopped (see {@link #stoppedBy()}) or
 * was killed is finished by running it again with the same list.
 */
public final class BulkReport {
  private final List<BulkOutcome> outcomes;
  private final InviteApiException stoppedBy;
  private final Duration elapsed;

  /** The report of a run with these outcomes (input order), stopped early by {@code stoppedBy} (or null). */
  public BulkReport(List<BulkOutcome> outcomes, InviteApiException stoppedBy, Duration elapsed) {
    this.outcomes = List.copyOf(outcomes);
    this.stoppedBy = stoppedBy;
    this.elapsed = elapsed;
  }

  /** Every email's outcome, in input order. */
  public List<BulkOutcome> outcomes() {
    return outcomes;
  }

  /** The emails invited by this run. */
  public List<String> invited() {
    return emails(BulkOutcome.Status.INVITED);
  }

  /** The emails skipped because they already had an invite or belonged to a member. */
  public List<String> skipped() {
    return emails(BulkOutcome.Status.SKIPPED);
  }

  /** The emails whose invite failed. */
  public List<String> failed() {
    return emails(BulkOutcome.Status.FAILED);
  }

  /** The emails not tried because the run stopped early. */
  public List<String> notAttempted() {
    return emails(BulkOutcome.Status.NOT_ATTEMPTED);
  }

  /** How many emails the run was given. */
  public int total() {
    return outcomes.size();
  }

  /** Whether every email was tried (none {@link BulkOutcome.Status#NOT_ATTEMPTED}). */
  public boolean completed() {
    return stoppedBy == null;
  }

  /**
   * The failure that stopped the run before every email was tried: one the next email would meet too (the
   * credentials refused, the organization or the service's URL not found).
   */
  public Optional<InviteApiException> stoppedBy() {
    return Optional.ofNullable(stoppedBy);
  }

  /** How long the run took, from the first call to the last outcome. */
  public Duration elapsed() {
    return elapsed;
  }

  private List<String> emails(BulkOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).map(BulkOutcome::email).collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return "BulkReport{total=" + total() + ", invited=" + invited().size() + ", skipped=" + skipped().size()
        + ", failed=" + failed().size() + ", notAttempted=" + notAttempted().size() + ", elapsed=" + elapsed + '}';
  }
}
