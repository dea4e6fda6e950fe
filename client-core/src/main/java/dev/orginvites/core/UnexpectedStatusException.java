package dev.orginvites.core;

/** The service answered with a status this SDK does not map to a more specific exception. */
public final class UnexpectedStatusException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public UnexpectedStatusException(ErrorDetails details) {
    super(details, null, null);
  }
}
