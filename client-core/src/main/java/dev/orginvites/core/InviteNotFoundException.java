package dev.orginvites.core;

/**
 * An invite call answered 404 in the service's own error format: no such invite, or it was already accepted,
 * rejected or revoked ({@link #reason()} is {@link ErrorReason#INVITE_NOT_FOUND}, or
 * {@link ErrorReason#INVITE_NOT_PENDING} when the service said the invite was already used). A 404 that is not
 * the service's own answer (a wrong base URL) is a plain {@link NotFoundException} instead.
 */
public final class InviteNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public InviteNotFoundException(ErrorDetails details) {
    super(details);
  }
}
