package dev.orginvites.core;

import java.util.Optional;

/**
 * No usable response arrived: the connection failed or broke, or a timeout was hit ({@link #timeout()} says
 * which). {@link #requestSent()} tells whether the service may have received the request, which matters for an
 * accept or reject: when it may have, the action may have happened.
 */
public final class TransportException extends InviteApiException {
  private static final long serialVersionUID = 1L;

  /** The limit that was hit, or null. */
  private final TimeoutKind timeout;
  /** Whether the request may have reached the service. */
  private final boolean requestSent;

  /**
   * Makes the exception for a call that got no response.
   *
   * @param details what the failed call looked like and what came back
   * @param timeout the limit that was hit, or null when the call failed for another reason
   * @param requestSent whether the request may have reached the service
   * @param cause the underlying exception
   */
  public TransportException(ErrorDetails details, TimeoutKind timeout, boolean requestSent, Throwable cause) {
    this(details, timeout, requestSent, null, cause);
  }

  /**
   * Makes the exception for a call that got no response, with {@code problem} saying what most likely went wrong
   * (for example a TLS handshake with a server that does not speak TLS); null for none.
   *
   * @param details what the failed call looked like and what came back
   * @param timeout the limit that was hit, or null when the call failed for another reason
   * @param requestSent whether the request may have reached the service
   * @param problem the likely problem in words, or null
   * @param cause the underlying exception
   */
  public TransportException(ErrorDetails details, TimeoutKind timeout, boolean requestSent, String problem,
      Throwable cause) {
    super(details, summarize(timeout, requestSent, problem, cause), cause);
    this.timeout = timeout;
    this.requestSent = requestSent;
  }

  /**
   * The limit that was hit, or empty when the call failed for another reason.
   *
   * @return the limit, or empty
   */
  public Optional<TimeoutKind> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Whether the request may have reached the service before the failure.
   *
   * @return true when the service may have received it
   */
  public boolean requestSent() {
    return requestSent;
  }

  private static String summarize(TimeoutKind timeout, boolean requestSent, String problem, Throwable cause) {
    String what = timeout != null
        ? timeout.name().toLowerCase(java.util.Locale.ROOT) + " timeout"
        : "connection failed";
    if (problem != null) {
      what = problem + " (" + what + ")";
    }
    String when = requestSent ? " after the request may have been sent" : " before the request was sent";
    // OkHttp's own messages carry no path or query (it redacts URLs), so they are safe to show.
    String why = cause == null ? "" : " (" + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
    return what + when + why;
  }
}
