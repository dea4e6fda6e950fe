package dev.orginvites.core;

/**
 * The service answered with success, but the body could not be read as the documented JSON (empty, {@code null},
 * HTML from a proxy, truncated JSON, wrong types). Not retried: for an accept the action may have happened.
 */
public final class MalformedResponseException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception; {@code problem} says what was wrong and {@code cause} is the parser's error, if any.
   *
   * @param details what the failed call looked like and what came back
   * @param problem what was wrong with the body
   * @param cause the parser's error, or null
   */
  public MalformedResponseException(ErrorDetails details, String problem, Throwable cause) {
    super(details, "response body unreadable: " + problem, cause);
  }
}
