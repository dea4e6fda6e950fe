package dev.orginvites.core;

/** The service rejected the request as malformed or invalid (HTTP 400), e.g. a duplicate invite. */
public final class BadRequestException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public BadRequestException(ErrorDetails details) {
    super(details, "Bad Request", null);
  }
}
