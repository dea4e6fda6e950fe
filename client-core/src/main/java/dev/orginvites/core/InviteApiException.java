package dev.orginvites.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The base of every failure the SDK reports: a status the service answered with, a response the SDK could not
 * read, or a call that got no response at all. Unchecked, like Retrofit's and OkHttp's callers expect.
 *
 * <p>Catch a subclass for one outcome ({@link NotFoundException}, {@link InviteExpiredException}, ...) or this
 * class for all of them, and branch on {@link #reason()} where the status alone does not say enough (an invite
 * refused because the email is already invited, or already a member). The message names the method, the path
 * (secrets redacted), the status and what the service said; it never holds an invite token, an API key or a
 * session token.
 */
public class InviteApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorDetails details;

  /**
   * Makes the exception with {@code summary} in its message; for the subclasses.
   *
   * @param details what the failed call looked like and what came back
   * @param summary what went wrong in a few words, after the status; null for none
   * @param cause the underlying exception, or null
   */
  protected InviteApiException(ErrorDetails details, String summary, Throwable cause) {
    super(describe(details, summary), cause);
    this.details = details;
  }

  /**
   * Makes the exception for a call that failed with {@code details}; subclasses use the status to pick it.
   *
   * @param details what the failed call looked like and what came back
   */
  public InviteApiException(ErrorDetails details) {
    this(details, null, null);
  }

  /**
   * The details this exception was made from.
   *
   * @return the details
   */
  public ErrorDetails details() {
    return details;
  }

  /**
   * Why the call failed, to branch on without reading message text: for example
   * {@link ErrorReason#ALREADY_INVITED} or {@link ErrorReason#ALREADY_MEMBER} for a refused invite.
   *
   * @return the reason; {@link ErrorReason#UNKNOWN} when none applies
   */
  public ErrorReason reason() {
    return details.reason();
  }

  /**
   * The HTTP status, or 0 when no response arrived.
   *
   * @return the status, or 0
   */
  public int statusCode() {
    return details.statusCode();
  }

  /**
   * The service's error type, or null.
   *
   * @return the error type, or null
   */
  public String errorType() {
    return details.errorType();
  }

  /**
   * The service's error message, or null.
   *
   * @return the message, or null
   */
  public String serviceMessage() {
    return details.serviceMessage();
  }

  /**
   * The HTTP method of the failed call.
   *
   * @return the method, e.g. {@code POST}
   */
  public String method() {
    return details.method();
  }

  /**
   * The path and query of the failed call, secrets redacted.
   *
   * @return the path and query
   */
  public String path() {
    return details.path();
  }

  /**
   * The whole URL of the failed call, secrets redacted; null when it was not recorded.
   *
   * @return the URL, or null
   */
  public String url() {
    return details.url();
  }

  /**
   * A bounded prefix of the raw response body, secrets removed; empty when there was none.
   *
   * @return the snippet, possibly empty
   */
  public String bodySnippet() {
    return details.bodySnippet();
  }

  /**
   * The service's request id, or null.
   *
   * @return the request id, or null
   */
  public String requestId() {
    return details.requestId();
  }

  /**
   * How long the service asked the caller to wait (Retry-After or X-RateLimit-Reset), when it said so.
   *
   * @return the wait, or empty
   */
  public Optional<Duration> retryAfter() {
    return details.retryAfter();
  }

  private static String describe(ErrorDetails details, String summary) {
    StringBuilder text = new StringBuilder();
    text.append(details.method()).append(' ').append(details.path()).append(": ");
    if (details.statusCode() != 0) {
      text.append("HTTP ").append(details.statusCode());
    }
    if (summary != null) {
      text.append(details.statusCode() != 0 ? " " : "").append(summary);
    }
    if (details.serviceMessage() != null || details.errorType() != null) {
      text.append(" - ");
      if (details.errorType() != null) {
        text.append('[').append(details.errorType()).append("] ");
      }
      if (details.serviceMessage() != null) {
        text.append(details.serviceMessage());
      }
    } else if (!details.bodySnippet().isEmpty()) {
      text.append(" - body: ").append(oneLine(details.bodySnippet(), 200));
    }
    details.retryAfter().ifPresent(wait -> text.append(" (retry after ").append(wait.toMillis()).append(" ms)"));
    if (details.requestId() != null) {
      text.append(" (request id ").append(details.requestId()).append(')');
    }
    return text.toString().trim();
  }

  private static String oneLine(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= max ? flat : flat.substring(0, max) + "...";
  }
}
