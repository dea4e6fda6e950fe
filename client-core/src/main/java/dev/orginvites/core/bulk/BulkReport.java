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

  /**
   * The report of a run with these outcomes (input order), stopped early by {@code stoppedBy} (or null).
   *
   * @param outcomes every email's outcome, in input order; copied
   * @param stoppedBy the failure that stopped the run early, or null when every email was tried
   * @param elapsed how long the run took
   * @throws NullPointerException when {@code outcomes} is null or holds a null
   */
  public BulkReport(List<BulkOutcome> outcomes, InviteApiException stoppedBy, Duration elapsed) {
    this.outcomes = List.copyOf(outcomes);
    this.stoppedBy = stoppedBy;
    this.elapsed = elapsed;
  }

  /**
   * Every email's outcome, in input order.
   *
   * @return the outcomes, unmodifiable, one per email given
   */
  public List<BulkOutcome> outcomes() {
    return outcomes;
  }

  /**
   * The emails invited by this run.
   *
   * @return the emails with status {@link BulkOutcome.Status#INVITED}, in input order
   */
  public List<String> invited() {
    return emails(BulkOutcome.Status.INVITED);
  }

  /**
   * The emails skipped because they already had an invite or belonged to a member.
   *
   * @return the emails with status {@link BulkOutcome.Status#SKIPPED}, in input order
   */
  public List<String> skipped() {
    return emails(BulkOutcome.Status.SKIPPED);
  }

  /**
   * The emails whose invite failed.
   *
   * @return the emails with status {@link BulkOutcome.Status#FAILED}, in input order
   */
  public List<String> failed() {
    return emails(BulkOutcome.Status.FAILED);
  }

  /**
   * The emails not tried because the run stopped early.
   *
   * @return the emails with status {@link BulkOutcome.Status#NOT_ATTEMPTED}, in input order
   */
  public List<String> notAttempted() {
    return emails(BulkOutcome.Status.NOT_ATTEMPTED);
  }

  /**
   * How many emails the run was given.
   *
   * @return the number of outcomes
   */
  public int total() {
    return outcomes.size();
  }

  /**
   * Whether the run went through the whole list: no failure stopped it early (see {@link #stoppedBy()}).
   *
   * @return true when the run was not stopped early
   */
  public boolean completed() {
    return stoppedBy == null;
  }

  /**
   * The failure that stopped the run before every email was tried: one the next email would meet too (the
   * credentials refused, the organization or the service's URL not found).
   *
   * @return the failure that stopped the run, or empty when the run was not stopped
   */
  public Optional<InviteApiException> stoppedBy() {
    return Optional.ofNullable(stoppedBy);
  }

  /**
   * How long the run took, from the first call to the last outcome.
   *
   * @return the run's duration
   */
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
