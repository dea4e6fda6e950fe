package dev.orginvites.core;

/** No such invite, or it was already accepted or rejected (HTTP 404). */
public final class InviteNotFoundException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /** Makes the exception from what is known about the failed call. */
  public InviteNotFoundException(ErrorDetails details) {
    super(details, "Not Found", null);
  }
}
