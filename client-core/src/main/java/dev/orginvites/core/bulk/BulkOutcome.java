package dev.orginvites.core.bulk;

import dev.orginvites.core.ErrorReason;
import java.util.Objects;
import java.util.Optional;

/** What a bulk run did for one email. Immutable. */
public final class BulkOutcome {
  /** Where one email ended. */
  public enum Status {
    /** This run created the invite (or confirmed, after an answer that got lost, that it exists). */
    INVITED,
    /** Not sent: the email already had a pending invite or belonged to a member ({@link #reason()} says which). */
    SKIPPED,
    /** Sending failed; {@link #failure()} holds the exception and {@link #reason()} its reason. */
    FAILED,
    /** Not tried: the run stopped before this email, see {@link BulkReport#stoppedBy()}. Re-run to continue. */
    NOT_ATTEMPTED
  }

  private final int position;
  private final String email;
  private final Status status;
  private final ErrorReason reason;
  private final RuntimeException failure;
  private final int attempts;

  private BulkOutcome(int position, String email, Status status, ErrorReason reason, RuntimeException failure,
      int attempts) {
    this.position = position;
    this.email = Objects.requireNonNull(email, "email");
    this.status = Objects.requireNonNull(status, "status");
    this.reason = reason;
    this.failure = failure;
    this.attempts = attempts;
  }

  /**
   * The invite was created after {@code attempts} sends.
   *
   * @param position the email's index in the list the run was given, from 0
   * @param email the email as given
   * @param attempts how many times the invite was sent for this email
   * @return an {@link Status#INVITED} outcome
   * @throws NullPointerException when {@code email} is null
   */
  public static BulkOutcome invited(int position, String email, int attempts) {
    return new BulkOutcome(position, email, Status.INVITED, null, null, attempts);
  }

  /**
   * The email was not sent, for {@code reason} (already invited, already a member).
   *
   * @param position the email's index in the list the run was given, from 0
   * @param email the email as given
   * @param reason why it was skipped, such as {@link ErrorReason#ALREADY_INVITED} or
   *     {@link ErrorReason#ALREADY_MEMBER}
   * @param attempts how many times the invite was sent for this email (0 when skipped before any send)
   * @return a {@link Status#SKIPPED} outcome
   * @throws NullPointerException when {@code email} or {@code reason} is null
   */
  public static BulkOutcome skipped(int position, String email, ErrorReason reason, int attempts) {
    return new BulkOutcome(position, email, Status.SKIPPED, Objects.requireNonNull(reason, "reason"), null,
        attempts);
  }

  /**
   * Sending failed with {@code failure}, whose reason is {@code reason}.
   *
   * @param position the email's index in the list the run was given, from 0
   * @param email the email as given
   * @param reason the failure's reason
   * @param failure the exception the email ended with
   * @param attempts how many times the invite was sent for this email
   * @return a {@link Status#FAILED} outcome
   * @throws NullPointerException when {@code email}, {@code reason} or {@code failure} is null
   */
  public static BulkOutcome failed(int position, String email, ErrorReason reason, RuntimeException failure,
      int attempts) {
    return new BulkOutcome(position, email, Status.FAILED, Objects.requireNonNull(reason, "reason"),
        Objects.requireNonNull(failure, "failure"), attempts);
  }

  /**
   * The run stopped before this email was tried.
   *
   * @param position the email's index in the list the run was given, from 0
   * @param email the email as given
   * @return a {@link Status#NOT_ATTEMPTED} outcome, with no reason and 0 attempts
   * @throws NullPointerException when {@code email} is null
   */
  public static BulkOutcome notAttempted(int position, String email) {
    return new BulkOutcome(position, email, Status.NOT_ATTEMPTED, null, null, 0);
  }

  /**
   * The email's index in the list the run was given, from 0.
   *
   * @return the position, from 0
   */
  public int position() {
    return position;
  }

  /**
   * The email as given.
   *
   * @return the email, exactly as in the list the run was given
   */
  public String email() {
    return email;
  }

  /**
   * Where the email ended.
   *
   * @return the status, never null
   */
  public Status status() {
    return status;
  }

  /**
   * Why it was skipped or failed ({@link ErrorReason#ALREADY_INVITED}, ...).
   *
   * @return the reason, or null when invited or not tried
   */
  public ErrorReason reason() {
    return reason;
  }

  /**
   * The exception a failed email ended with; its message holds no secret.
   *
   * @return the failure of a {@link Status#FAILED} outcome, empty for every other status
   */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * How many times the invite was sent for this email (rate-limit waits and lost answers send it again).
   *
   * @return the number of sends, 0 when none was made
   */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return email + ": " + status + (reason == null ? "" : " (" + reason + ")");
  }
}
