package dev.orginvites.core;

/** Too many calls (HTTP 429). {@link #retryAfter()} says how long the service asked to wait, when it did. */
public final class RateLimitedException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public RateLimitedException(ErrorDetails details) {
    super(details, "Too Many Requests", null);
  }
}
