package dev.orginvites.core;

/** The invite has expired (HTTP 410): ask for a new one. */
public final class InviteExpiredException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public InviteExpiredException(ErrorDetails details) {
    super(details, "Gone (invite expired)", null);
  }
}
