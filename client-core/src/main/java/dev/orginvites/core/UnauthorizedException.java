package dev.orginvites.core;

/** The credentials were missing or not accepted (HTTP 401). */
public final class UnauthorizedException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public UnauthorizedException(ErrorDetails details) {
    super(details, "Unauthorized", null);
  }
}
