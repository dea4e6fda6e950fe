package dev.orginvites.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorDetails;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.ForbiddenException;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.TimeoutKind;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.core.UnexpectedStatusException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.util.Set;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The one place where an attempt's result becomes what the caller gets: a value, or a typed
 * {@link InviteApiException} with its {@link ErrorReason}, and the decision whether to try again. Sync and async
 * calls both come here ({@link ApiCaller} only loops and waits). It reads the operation's declaration
 * ({@link Operation}) and the service's {@link ErrorDialect}; what the service said is parsed by
 * {@link ErrorBodies} and {@link RetryHints}, and every text is masked by {@link Redactor} first.
 *
 * <p>The decisions, in order:
 * <ul>
 *   <li>2xx: the operation's payload, or a {@link MalformedResponseException} when it is missing or unreadable.
 *   <li>Any other status: the reason from the dialect; the exception from the status (a 404 is an
 *       {@link InviteNotFoundException} only when the reason is about an invite, which requires the service's own
 *       error body, and the operation looks up an invite); retried when the status is 408, 429, 502, 503 or 504 and the operation is repeatable.
 *   <li>No response: a {@link TransportException}. Sent again at once when the request provably never reached the
 *       service ({@link StaleConnections}); not retried after a failed TLS handshake (a wrong URL does not heal);
 *       otherwise retried when nothing was sent, or when the operation is repeatable, unless the call deadline
 *       ran out or the call was cancelled.
 * </ul>
 */
final class Outcomes {
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);
  private static final String[] REQUEST_ID_HEADERS = {"X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id"};
  private static final int MAX_PROBLEM_CHARS = 300;

  private final ErrorDialect dialect;
  private final Clock clock;
  private final CallPhases phases;

  Outcomes(ErrorDialect dialect, Clock clock, CallPhases phases) {
    this.dialect = dialect;
    this.clock = clock;
    this.phases = phases;
  }

  /** The outcome of an attempt that got a response. */
  <T, R> Outcome<R> ofResponse(Operation<T, R> op, Call<T> call, Response<T> response, String[] secrets) {
    Request request = call.request();
    phases.release(request);
    if (response.isSuccessful()) {
      return ofSuccess(op, request, response, secrets);
    }
    Redactor.Masks masks = Redactor.masks(secrets);
    int status = response.code();
    // Masked before anything is parsed or cut for the snippet (parsing undoes JSON escapes, so the parsed fields
    // are masked once more); the body itself may already be cut (16 KiB bound, or the network), so a secret's
    // start at its very end is masked too.
    String body = masks.scrubCut(readErrorBody(response.errorBody()));
    ErrorBodies.Parsed parsed = ErrorBodies.parse(body);
    ErrorReason reason = dialect.reason(status, parsed, op.notFound());
    ErrorDetails details = describe(request, masks)
        .statusCode(status)
        .reason(reason)
        .errorType(masks.scrub(parsed.type))
        .serviceMessage(masks.scrub(parsed.message))
        .bodySnippet(ErrorBodies.snippet(body))
        .requestId(requestId(response.headers(), masks))
        .retryAfter(RetryHints.parse(status, response.headers(), clock))
        .build();
    boolean retryable = RETRYABLE_STATUSES.contains(status) && op.repeatable();
    return Outcome.failed(forStatus(details, op.notFound()), retryable);
  }

  /** The outcome of an attempt that got no usable response. */
  <R> Outcome<R> ofFailure(Operation<?, R> op, Call<?> call, Throwable failure, String[] secrets) {
    Request request = call.request();
    CallPhase phase = phases.release(request);
    if (!(failure instanceof IOException || failure instanceof RuntimeException)) {
      return Outcome.unexpected(failure);
    }
    Redactor.Masks masks = Redactor.masks(secrets);
    JsonProcessingException unreadable = jsonCause(failure);
    if (unreadable != null) {
      // No cause attached: a parser's message quotes the body, which may hold a secret the SDK cannot know.
      int status = phase.statusCode() != 0 ? phase.statusCode() : 200;
      return malformed(request, status, parserProblem(unreadable, masks), masks);
    }
    if (!(failure instanceof IOException)) {
      return Outcome.unexpected(failure); // a bug, not a service failure: it surfaces as it is
    }
    IOException io = (IOException) failure;
    TimeoutKind timeout = timeoutKind(io, phase);
    ErrorDetails details = describe(request, masks).reason(ErrorReason.TRANSPORT).build();
    IOException cause = withoutSecrets(io, masks);
    if (phase.isHandshaking() && !call.isCanceled()) {
      return Outcome.failed(new TransportException(details, timeout, false, tlsProblem(io), cause), false);
    }
    boolean notReceived = StaleConnections.notReceived(phase, io, call.isCanceled());
    boolean sent = !notReceived && phase.requestMayHaveBeenSent();
    TransportException error = new TransportException(details, timeout, sent, cause);
    if (notReceived) {
      return Outcome.notReceived(error);
    }
    boolean retryable = !call.isCanceled() && timeout != TimeoutKind.CALL && (!sent || op.repeatable());
    return Outcome.failed(error, retryable);
  }

  private <T, R> Outcome<R> ofSuccess(Operation<T, R> op, Request request, Response<T> response,
      String[] secrets) {
    T body = response.body();
    if (body == null) {
      return malformed(request, response.code(), "expected a JSON object, got no content or JSON null",
          Redactor.masks(secrets));
    }
    R value;
    try {
      value = op.extract(body);
    } catch (RuntimeException unusable) {
      // The facade's reading of a body that parsed but lacks what it needs (a null list, a bad value). Only the
      // type is shown: the message could quote the body, and the body may hold a session token.
      return malformed(request, response.code(),
          "the JSON object could not be used (" + unusable.getClass().getSimpleName() + ")", Redactor.masks(secrets));
    }
    if (value == null) {
      return malformed(request, response.code(), "the JSON object has no '" + op.payload() + "'",
          Redactor.masks(secrets));
    }
    return Outcome.ok(value);
  }

  private static <R> Outcome<R> malformed(Request request, int status, String problem, Redactor.Masks masks) {
    ErrorDetails details =
        describe(request, masks).statusCode(status).reason(ErrorReason.MALFORMED_RESPONSE).build();
    return Outcome.failed(new MalformedResponseException(details, problem, null), false);
  }

  /** The exception type a status (and, for a 404, the reason) calls for, on a call that looks up an invite. */
  static InviteApiException forStatus(ErrorDetails details) {
    return forStatus(details, ErrorReason.INVITE_NOT_FOUND);
  }

  /**
   * The exception type a status (and, for a 404, the reason) calls for. A 404 is an {@link InviteNotFoundException}
   * only on a call that looks up an invite (its operation's {@code notFound} is about an invite) and when the
   * reason is about an invite: an organization's call that names an invite (a revoke) fails with a plain
   * {@link NotFoundException} whose reason says what was missing.
   */
  static InviteApiException forStatus(ErrorDetails details, ErrorReason operationNotFound) {
    int status = details.statusCode();
    switch (status) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new UnauthorizedException(details);
      case 403:
        return new ForbiddenException(details);
      case 404:
        return isAboutAnInvite(details.reason()) && isAboutAnInvite(operationNotFound)
            ? new InviteNotFoundException(details)
            : new NotFoundException(details);
      case 410:
        return new InviteExpiredException(details);
      case 429:
        return new RateLimitedException(details);
      default:
        return status >= 500 && status <= 599
            ? new ServerErrorException(details)
            : new UnexpectedStatusException(details);
    }
  }

  private static boolean isAboutAnInvite(ErrorReason reason) {
    return reason == ErrorReason.INVITE_NOT_FOUND || reason == ErrorReason.INVITE_NOT_PENDING;
  }

  static ErrorDetails.Builder describe(Request request, Redactor.Masks masks) {
    return ErrorDetails.builder(request.method(), masks.pathOf(request.url())).url(masks.urlOf(request.url()));
  }

  /**
   * What went wrong in a TLS handshake, for the message: a certificate the client refused, or (a timeout, a
   * record that is not TLS, a connection closed mid-handshake) a server that does not speak TLS at all.
   */
  private static String tlsProblem(IOException failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CertificateException || t instanceof SSLPeerUnverifiedException) {
        return "TLS handshake failed: the server's certificate was not accepted";
      }
    }
    return "TLS handshake failed: the server may not speak https (an https:// URL to an http:// port?)";
  }

  private static String requestId(Headers headers, Redactor.Masks masks) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isBlank()) {
        String safe = masks.scrub(value.trim());
        return safe.length() <= 200 ? safe : safe.substring(0, 200);
      }
    }
    return null;
  }

  /** The parser's complaint on one line, bounded and without secrets, e.g. "Unexpected end-of-input ...". */
  private static String parserProblem(JsonProcessingException unreadable, Redactor.Masks masks) {
    String message = unreadable.getOriginalMessage();
    String text = unreadable.getClass().getSimpleName()
        + (message == null ? "" : ": " + masks.scrub(message).replaceAll("\\s+", " ").trim());
    return text.length() <= MAX_PROBLEM_CHARS ? text : text.substring(0, MAX_PROBLEM_CHARS) + "...";
  }

  /**
   * {@code failure} itself when no message in its chain shows a secret; otherwise a stand-in with the masked
   * message and the same stack. OkHttp's messages never show one, but an interceptor of a shared client might.
   */
  private static IOException withoutSecrets(IOException failure, Redactor.Masks masks) {
    boolean reveals = false;
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 10 && !reveals; depth++, t = t.getCause()) {
      reveals = masks.reveals(t.getMessage());
    }
    if (!reveals) {
      return failure;
    }
    IOException safe = new IOException(failure.getClass().getName() + ": "
        + masks.scrub(String.valueOf(failure.getMessage())));
    safe.setStackTrace(failure.getStackTrace());
    return safe;
  }

  private static TimeoutKind timeoutKind(IOException failure, CallPhase phase) {
    if (failure instanceof SocketTimeoutException) {
      if (phase.hasSendFailed()) {
        return TimeoutKind.WRITE;
      }
      switch (phase.stage()) {
        case CONNECTING:
          return TimeoutKind.CONNECT;
        case SENDING:
          return TimeoutKind.WRITE;
        default:
          return TimeoutKind.READ;
      }
    }
    // OkHttp reports its call timeout as a plain InterruptedIOException("timeout").
    if (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage())) {
      return TimeoutKind.CALL;
    }
    return null;
  }

  private static JsonProcessingException jsonCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException) {
        return (JsonProcessingException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String readErrorBody(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (ResponseBody closing = body) {
      return closing.string();
    } catch (IOException unreadable) {
      return "";
    }
  }

  /**
   * One attempt's result: a value, a typed error (maybe retryable, or not received at all and so to be repeated
   * at once), or an unexpected throwable.
   */
  static final class Outcome<T> {
    final T value;
    final InviteApiException error;
    final boolean retryable;
    final boolean notReceived;
    final Throwable unexpected;

    private Outcome(T value, InviteApiException error, boolean retryable, boolean notReceived,
        Throwable unexpected) {
      this.value = value;
      this.error = error;
      this.retryable = retryable;
      this.notReceived = notReceived;
      this.unexpected = unexpected;
    }

    static <T> Outcome<T> ok(T value) {
      return new Outcome<>(value, null, false, false, null);
    }

    static <T> Outcome<T> failed(InviteApiException error, boolean retryable) {
      return new Outcome<>(null, error, retryable, false, null);
    }

    /** The server never got the request (a stale pooled connection): safe to send again, whatever the method. */
    static <T> Outcome<T> notReceived(TransportException error) {
      return new Outcome<>(null, error, true, true, null);
    }

    static <T> Outcome<T> unexpected(Throwable unexpected) {
      return new Outcome<>(null, null, false, false, unexpected);
    }
  }
}
