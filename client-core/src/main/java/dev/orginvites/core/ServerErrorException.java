package dev.orginvites.core;

/** The service failed (HTTP 5xx). Safe to try a look-up again later; an accept may or may not have happened. */
public final class ServerErrorException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public ServerErrorException(ErrorDetails details) {
    super(details, "Server Error", null);
  }
}
