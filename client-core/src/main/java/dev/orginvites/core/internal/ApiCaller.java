package dev.orginvites.core.internal;

import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs a generated Retrofit call the way every facade method needs it: within the client's call deadline, and
 * again as the {@link RetryPolicy} allows. What each attempt's result means (value, typed exception, retry or
 * not) is decided by {@link Outcomes}; this class only loops, waits and keeps the deadline, on the calling
 * thread or, for async calls, on OkHttp's callbacks and the sleeper's timer. Internal: not part of the SDK's API.
 */
public final class ApiCaller {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final long callTimeoutNanos;
  private final CallPhases phases;
  private final Outcomes outcomes;
  private final AtomicBoolean closed;
  private final String[] clientSecrets;

  ApiCaller(ClientConfig config, ErrorDialect dialect, CallPhases phases, AtomicBoolean closed,
      String[] clientSecrets) {
    this.policy = config.retryPolicy;
    this.sleeper = config.sleeper;
    this.callTimeoutNanos = config.callTimeout.toNanos();
    this.phases = phases;
    this.outcomes = new Outcomes(dialect, config.clock, phases);
    this.closed = closed;
    this.clientSecrets = clientSecrets.clone();
  }

  /**
   * Executes {@code call}, an attempt of operation {@code op}, on the calling thread and returns what the
   * operation reads from the response.
   *
   * @param secrets values the call carries that must never show in an exception (tokens); kept, not copied, so
   *     the array must not change while the call runs (varargs arrays never do)
   * @throws InviteApiException for every failure
   */
  public <T, R> R execute(Operation<T, R> op, Call<T> call, String... secrets) {
    ensureOpen();
    String[] allSecrets = withClientSecrets(secrets);
    long deadline = System.nanoTime() + callTimeoutNanos;
    Call<T> attempt = call;
    int moves = 0;
    for (int attemptNumber = 1; ; attemptNumber++) {
      Outcomes.Outcome<R> outcome;
      try {
        prepare(attempt, deadline, allSecrets);
        outcome = outcomes.ofResponse(op, attempt, attempt.execute(), allSecrets);
      } catch (IOException | RuntimeException e) {
        outcome = outcomes.ofFailure(op, attempt, e, allSecrets);
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
   * {@link #execute} without blocking: retries wait on a timer, not a thread. Cancelling the returned future
   * cancels the call in flight. The future fails with the same {@link InviteApiException} that {@link #execute}
   * would throw.
   */
  public <T, R> CompletableFuture<R> executeAsync(Operation<T, R> op, Call<T> call, String... secrets) {
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
    new AsyncAttempt<T, R>(op, withClientSecrets(secrets), System.nanoTime() + callTimeoutNanos, result,
        inFlight).start(call, 1, 0);
    return result;
  }

  private final class AsyncAttempt<T, R> {
    private final Operation<T, R> op;
    private final String[] secrets;
    private final long deadline;
    private final CompletableFuture<R> result;
    private final AtomicReference<Call<T>> inFlight;

    AsyncAttempt(Operation<T, R> op, String[] secrets, long deadline, CompletableFuture<R> result,
        AtomicReference<Call<T>> inFlight) {
      this.op = op;
      this.secrets = secrets;
      this.deadline = deadline;
      this.result = result;
      this.inFlight = inFlight;
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
          settle(c, attemptNumber, moves, () -> outcomes.ofResponse(op, c, response, secrets));
        }

        @Override
        public void onFailure(Call<T> c, Throwable failure) {
          settle(c, attemptNumber, moves, () -> outcomes.ofFailure(op, c, failure, secrets));
        }
      });
    }

    private void settle(Call<T> call, int attemptNumber, int moves, Supplier<Outcomes.Outcome<R>> evaluate) {
      try {
        Outcomes.Outcome<R> outcome = evaluate.get();
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

  /**
   * Whether a failed attempt whose request provably never reached the server may be repeated at once on another
   * connection: within the call deadline, and at most {@link StaleConnections#MAX_MOVES} times per call.
   */
  private static boolean mayMoveOn(Outcomes.Outcome<?> outcome, int moves, long deadline) {
    return outcome.notReceived && moves < StaleConnections.MAX_MOVES && System.nanoTime() < deadline;
  }

  /** The wait before the next attempt, or null when the call must fail now. */
  private Duration nextWait(Outcomes.Outcome<?> outcome, int attemptNumber, long deadline) {
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
}
