package dev.orginvites.core;

/**
 * HTTP 404. {@link #reason()} says what was not found: an organization, a member, a role... ({@link
 * ErrorReason#ORGANIZATION_NOT_FOUND}, ...), or {@link ErrorReason#ENDPOINT_NOT_FOUND} when the answer did not
 * come from the service's API at all (an HTML page, an empty body, JSON the service never sends): then the base
 * URL or the path is probably wrong, and the message shows the whole URL that was called (secrets masked).
 *
 * <p>A missing invite on an invite call is the subclass {@link InviteNotFoundException}.
 */
public class NotFoundException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception from what is known about the failed call.
   *
   * @param details what the failed call looked like and what came back
   */
  public NotFoundException(ErrorDetails details) {
    super(details, summary(details), null);
  }

  private static String summary(ErrorDetails details) {
    if (details.reason() != ErrorReason.ENDPOINT_NOT_FOUND) {
      return "Not Found";
    }
    return "Not Found: not an answer of the service's API, so the base URL or path may be wrong"
        + (details.url() == null ? "" : " (called " + details.url() + ")");
  }
}
