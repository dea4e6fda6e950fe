package dev.orginvites.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.Sleeper;
import dev.orginvites.core.TimeoutKind;
import dev.orginvites.core.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs a generated Retrofit call the way every facade method needs it: within the client's call deadline,
 * retried as the {@link RetryPolicy} allows, with every failure turned into a typed
 * {@link InviteApiException} whose text holds no secret. Sync and async share the same decisions.
 * Internal: not part of the SDK's API.
 */
public final class ApiCaller {
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);
  private static final int MAX_PROBLEM_CHARS = 300;

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final long callTimeoutNanos;
  private final CallPhases phases;
  private final AtomicBoolean closed;
  private final String[] clientSecrets;

  ApiCaller(ClientConfig config, CallPhases phases, AtomicBoolean closed, String[] clientSecrets) {
    this.policy = config.retryPolicy;
    this.sleeper = config.sleeper;
    this.clock = config.clock;
    this.callTimeoutNanos = config.callTimeout.toNanos();
    this.phases = phases;
    this.closed = closed;
    this.clientSecrets = clientSecrets.clone();
  }

  /**
   * Executes {@code call} on the calling thread and returns its body.
   *
   * @param secrets values the call carries that must never show in an exception (tokens); kept, not copied, so
   *     the array must not change while the call runs (varargs arrays never do)
   * @throws InviteApiException for every failure
   */
  public <T> T execute(Call<T> call, String... secrets) {
    return execute(call, null, Function.identity(), secrets);
  }

  /**
   * Executes {@code call} and returns {@code field} of its body, read by {@code extract}; a body without it is a
   * {@link MalformedResponseException}, like an unreadable one.
   */
  public <T, R> R execute(Call<T> call, String field, Function<? super T, ? extends R> extract,
      String... secrets) {
    ensureOpen();
    String[] allSecrets = withClientSecrets(secrets);
    long deadline = System.nanoTime() + callTimeoutNanos;
    Call<T> attempt = call;
    int moves = 0;
    for (int attemptNumber = 1; ; attemptNumber++) {
      Outcome<R> outcome;
      try {
        prepare(attempt, deadline, allSecrets);
        outcome = fromResponse(attempt, attempt.execute(), field, extract, allSecrets);
      } catch (IOException | RuntimeException e) {
        outcome = fromFailure(attempt, e, allSecrets);
      }
      if (outcome.unexpected != null) {
        // Only RuntimeExceptions get here on this path: a bug, not a service failure; let it surface as is.
        throw (RuntimeException) outcome.unexpected;
      }
      if (outcome.error == null) {
        return outcome.value;
      }
      if (mayMoveOn(outcome, moves, deadline)) {
        // The request never reached the server: the same attempt again, on another connection, at once.
        moves++;
        attemptNumber--;
        attempt = attempt.clone();
        continue;
      }
      Duration wait = nextWait(outcome, attemptNumber, deadline);
      if (wait == null) {
        throw outcome.error;
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw outcome.error;
      }
      attempt = attempt.clone();
    }
  }

  /**
   * Executes {@code call} without blocking: retries wait on a timer, not a thread. Cancelling the returned
   * future cancels the call in flight. The future fails with the same {@link InviteApiException} that
   * {@link #execute} would throw.
   */
  public <T> CompletableFuture<T> executeAsync(Call<T> call, String... secrets) {
    return executeAsync(call, null, Function.identity(), secrets);
  }

  /** {@link #execute(Call, String, Function, String...)} without blocking. */
  public <T, R> CompletableFuture<R> executeAsync(Call<T> call, String field,
      Function<? super T, ? extends R> extract, String... secrets) {
    CompletableFuture<R> result = new CompletableFuture<>();
    if (closed.get()) {
      result.completeExceptionally(new IllegalStateException("client is closed"));
      return result;
    }
    AtomicReference<Call<T>> inFlight = new AtomicReference<>(call);
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        inFlight.get().cancel();
      }
    });
    new AsyncAttempt<T, R>(withClientSecrets(secrets), System.nanoTime() + callTimeoutNanos, result, inFlight,
        field, extract).start(call, 1, 0);
    return result;
  }

  private final class AsyncAttempt<T, R> {
    private final String[] secrets;
    private final long deadline;
    private final CompletableFuture<R> result;
    private final AtomicReference<Call<T>> inFlight;
    private final String field;
    private final Function<? super T, ? extends R> extract;

    AsyncAttempt(String[] secrets, long deadline, CompletableFuture<R> result, AtomicReference<Call<T>> inFlight,
        String field, Function<? super T, ? extends R> extract) {
      this.secrets = secrets;
      this.deadline = deadline;
      this.result = result;
      this.inFlight = inFlight;
      this.field = field;
      this.extract = extract;
    }

    void start(Call<T> call, int attemptNumber, int moves) {
      if (result.isDone()) {
        return;
      }
      inFlight.set(call);
      try {
        prepare(call, deadline, secrets);
        enqueue(call, attemptNumber, moves);
      } catch (RuntimeException | Error bug) {
        // Runs on a timer thread after a retry wait: a throw here would leave the future pending forever.
        releaseAfterFailedStart(call);
        result.completeExceptionally(bug);
      }
    }

    private void enqueue(Call<T> call, int attemptNumber, int moves) {
      call.enqueue(new Callback<T>() {
        @Override
        public void onResponse(Call<T> c, Response<T> response) {
          settle(c, attemptNumber, moves, () -> fromResponse(c, response, field, extract, secrets));
        }

        @Override
        public void onFailure(Call<T> c, Throwable failure) {
          settle(c, attemptNumber, moves, () -> failure instanceof IOException || failure instanceof RuntimeException
              ? fromFailure(c, (Exception) failure, secrets)
              : Outcome.unexpected(failure));
        }
      });
    }

    private void settle(Call<T> call, int attemptNumber, int moves, Supplier<Outcome<R>> evaluate) {
      try {
        Outcome<R> outcome = evaluate.get();
        if (outcome.unexpected != null) {
          result.completeExceptionally(outcome.unexpected);
          return;
        }
        if (outcome.error == null) {
          result.complete(outcome.value);
          return;
        }
        if (mayMoveOn(outcome, moves, deadline)) {
          start(call.clone(), attemptNumber, moves + 1);
          return;
        }
        Duration wait = nextWait(outcome, attemptNumber, deadline);
        if (wait == null) {
          result.completeExceptionally(outcome.error);
          return;
        }
        sleeper.delay(wait).whenComplete((ignored, delayFailure) -> {
          if (delayFailure != null) {
            result.completeExceptionally(outcome.error);
          } else {
            try {
              start(call.clone(), attemptNumber + 1, moves);
            } catch (RuntimeException | Error bug) {
              result.completeExceptionally(bug);
            }
          }
        });
      } catch (RuntimeException | Error bug) {
        // A failure inside our own handling must still reach the caller, never vanish on OkHttp's thread.
        result.completeExceptionally(bug);
      }
    }
  }

  private <T, R> Outcome<R> fromResponse(Call<T> call, Response<T> response, String field,
      Function<? super T, ? extends R> extract, String[] secrets) {
    Request request = call.request();
    phases.release(request);
    if (response.isSuccessful()) {
      T body = response.body();
      String problem;
      R value = null;
      if (body == null) {
        problem = "expected a JSON object, got no content or JSON null";
      } else {
        try {
          value = extract.apply(body);
          problem = value == null ? "the JSON object has no '" + field + "'" : null;
        } catch (RuntimeException unusable) {
          // The facade's reading of a body that parsed but lacks what it needs (a null list, a bad value).
          // Only the type is shown: the message could quote the body, and the body may hold a session token.
          problem = "the JSON object could not be used (" + unusable.getClass().getSimpleName() + ")";
        }
      }
      if (problem != null) {
        return Outcome.failed(new MalformedResponseException(
            Failures.describe(request, Redactor.masks(secrets)).statusCode(response.code()).build(), problem, null),
            false);
      }
      return Outcome.ok(value);
    }
    String text = readErrorBody(response.errorBody());
    InviteApiException error =
        Failures.fromStatus(request, response.code(), response.headers(), text, clock, Redactor.masks(secrets));
    boolean retryable = RETRYABLE_STATUSES.contains(response.code()) && isIdempotent(request);
    return Outcome.failed(error, retryable);
  }

  private <R> Outcome<R> fromFailure(Call<?> call, Exception failure, String[] secrets) {
    Request request = call.request();
    CallPhase phase = phases.release(request);
    Redactor.Masks masks = Redactor.masks(secrets);
    JsonProcessingException unreadable = jsonCause(failure);
    if (unreadable != null) {
      // No cause attached: a parser's message quotes the body, which may hold a secret the SDK cannot know.
      int status = phase.statusCode() != 0 ? phase.statusCode() : 200;
      return Outcome.failed(new MalformedResponseException(
          Failures.describe(request, masks).statusCode(status).build(),
          parserProblem(unreadable, masks), null), false);
    }
    if (!(failure instanceof IOException)) {
      return Outcome.unexpected(failure);
    }
    TimeoutKind timeout = timeoutKind((IOException) failure, phase);
    boolean notReceived = StaleConnections.notReceived(phase, (IOException) failure, call.isCanceled());
    boolean sent = !notReceived && phase.requestMayHaveBeenSent();
    TransportException error = new TransportException(
        Failures.describe(request, masks).build(), timeout, sent, withoutSecrets(failure, masks));
    if (notReceived) {
      return Outcome.notReceived(error);
    }
    boolean retryable = !call.isCanceled() && timeout != TimeoutKind.CALL && (!sent || isIdempotent(request));
    return Outcome.failed(error, retryable);
  }

  /**
   * Whether a failed attempt whose request provably never reached the server may be repeated at once on another
   * connection: within the call deadline, and at most {@link StaleConnections#MAX_MOVES} times per call.
   */
  private static boolean mayMoveOn(Outcome<?> outcome, int moves, long deadline) {
    return outcome.notReceived && moves < StaleConnections.MAX_MOVES && System.nanoTime() < deadline;
  }

  /** The wait before the next attempt, or null when the call must fail now. */
  private Duration nextWait(Outcome<?> outcome, int attemptNumber, long deadline) {
    if (!outcome.retryable || attemptNumber >= policy.maxAttempts()) {
      return null;
    }
    Duration hint = outcome.error.retryAfter().orElse(null);
    Duration wait;
    if (hint != null) {
      if (hint.compareTo(policy.maxRetryAfter()) > 0) {
        return null;
      }
      wait = hint;
    } else {
      wait = policy.backoff(attemptNumber, ThreadLocalRandom.current().nextDouble());
    }
    return System.nanoTime() + wait.toNanos() < deadline ? wait : null;
  }

  /** Sets the attempt's share of the call deadline and registers its secrets for the HTTP log. */
  private void prepare(Call<?> call, long deadline, String[] secrets) {
    long remaining = Math.max(1, deadline - System.nanoTime());
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    phases.forRequest(call.request()).secrets(secrets);
  }

  /** Forgets the phase of an attempt that never started; the failure that stopped it is reported by the caller. */
  private void releaseAfterFailedStart(Call<?> call) {
    try {
      phases.release(call.request());
    } catch (RuntimeException requestNotBuilt) {
      // Retrofit could not build the request, so no phase was registered for it.
    }
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
  private static IOException withoutSecrets(Exception failure, Redactor.Masks masks) {
    boolean reveals = false;
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 10 && !reveals; depth++, t = t.getCause()) {
      reveals = masks.reveals(t.getMessage());
    }
    if (!reveals) {
      return (IOException) failure;
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

  private static boolean isIdempotent(Request request) {
    String method = request.method();
    return method.equals("GET") || method.equals("HEAD");
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

  /** Attempts whose phase is still registered: zero once every call has ended. */
  int trackedAttempts() {
    return phases.inFlight();
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("client is closed");
    }
  }

  private String[] withClientSecrets(String[] secrets) {
    if (clientSecrets.length == 0) {
      return secrets;
    }
    String[] all = Arrays.copyOf(clientSecrets, clientSecrets.length + secrets.length);
    System.arraycopy(secrets, 0, all, clientSecrets.length, secrets.length);
    return all;
  }

  /**
   * One attempt's result: a value, a typed error (maybe retryable, or not received at all and so to be repeated
   * at once), or an unexpected throwable.
   */
  private static final class Outcome<T> {
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
