package dev.orginvites.core;

/** The credentials do not allow this call (HTTP 403). */
public final class ForbiddenException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public ForbiddenException(ErrorDetails details) {
    super(details, "Forbidden", null);
  }
}
