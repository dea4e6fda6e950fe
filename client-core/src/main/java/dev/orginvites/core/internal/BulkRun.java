package dev.orginvites.core.internal;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.Sleeper;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.bulk.BulkListener;
import dev.orginvites.core.bulk.BulkOptions;
import dev.orginvites.core.bulk.BulkOutcome;
import dev.orginvites.core.bulk.BulkReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Invites a list of emails for either client, so that each email ends with exactly one invite however the run
 * goes, and so that it can simply be run again after it stopped or was killed:
 *
 * <ul>
 *   <li><b>Resumable.</b> Before sending anything, the run reads who already has a pending invite and who is a
 *       member ({@link Service#existing()}); those emails are skipped, as are repeats in the list.
 *   <li><b>Never twice.</b> An invite is sent again only when its first send provably did not create it: a 429
 *       (waited out as the service says), or a connection that failed before the request left. After a failure
 *       whose outcome is unknown (no answer after sending, a 5xx, an unreadable 2xx), the run first asks the
 *       service whether the email now has a pending invite ({@link Service#hasPendingInvite}).
 *   <li><b>Paced.</b> At most {@link BulkOptions#concurrency()} invites are in flight, and a {@link Pacer} spreads
 *       them over the rate-limit window the service reports, so that a run at the limit does not get 429s.
 *   <li><b>Honest.</b> A failure the next email would meet too (credentials, organization or URL not found) stops
 *       the run: the rest are reported as not attempted. Any other failure is reported for its email only.
 * </ul>
 */
public final class BulkRun {
  /** What a bulk run needs from a client's invites. */
  public interface Service {
    /** The emails, lower-cased, that already have a pending invite or belong to a member. */
    Existing existing();

    /** Invites {@code email}; throws what the facade throws. */
    void send(String email);

    /** Whether {@code email} (compared ignoring case) has a pending invite now. */
    boolean hasPendingInvite(String email);
  }

  /** Who must not be invited again. */
  public static final class Existing {
    final Set<String> invited;
    final Set<String> members;

    /** Both sets hold emails in any case; they are compared ignoring case. */
    public Existing(Set<String> invited, Set<String> members) {
      this.invited = lowerCase(invited);
      this.members = lowerCase(members);
    }

    private static Set<String> lowerCase(Set<String> emails) {
      Set<String> out = new HashSet<>();
      for (String email : emails) {
        if (email != null) {
          out.add(normalize(email));
        }
      }
      return out;
    }
  }

  /** Failures the next email would meet too: no point in sending it. */
  private static final Set<ErrorReason> STOPPING = EnumSet.of(ErrorReason.INVALID_CREDENTIALS,
      ErrorReason.FORBIDDEN, ErrorReason.ENDPOINT_NOT_FOUND, ErrorReason.ORGANIZATION_NOT_FOUND);
  /** Waited after a 429 that names no wait. */
  static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

  private final Service service;
  private final BulkOptions options;
  private final Pacer pacer;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;

  private BulkRun(Service service, BulkOptions options, Pacer pacer, Sleeper sleeper, LongSupplier nanoTime) {
    this.service = service;
    this.options = options;
    this.pacer = pacer;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
  }

  /**
   * Runs {@code emails} through {@code service} as {@code options} say, paced by what the client of
   * {@code stack} learned about the rate limit and waiting with its sleeper.
   *
   * @throws InviteApiException when reading who is already invited fails (nothing was sent)
   * @throws RuntimeException what the listener threw, after stopping the run
   */
  public static BulkReport run(Service service, List<String> emails, BulkOptions options, HttpStack stack) {
    return run(service, emails, options, stack.rateLimits(), stack.sleeper());
  }

  /**
   * {@link #run(Service, List, BulkOptions, HttpStack)} on a thread of its own: a bulk run blocks for as long as
   * the rate limit makes it, so the caller's thread is not held. The future fails with what the run throws.
   */
  public static java.util.concurrent.CompletableFuture<BulkReport> runAsync(Service service, List<String> emails,
      BulkOptions options, HttpStack stack) {
    List<String> copy = checked(emails);
    Args.notNull(options, "options");
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> run(service, copy, options, stack), task -> {
      Thread thread = new Thread(task, "org-invites-bulk");
      thread.setDaemon(true);
      thread.start();
    });
  }

  /**
   * Runs {@code emails} through {@code service} as {@code options} say, pacing by what {@code meter} learned.
   * Blocks until every email has an outcome.
   *
   * @throws InviteApiException when reading who is already invited fails (nothing was sent)
   * @throws RuntimeException what the listener threw, after stopping the run
   */
  public static BulkReport run(Service service, List<String> emails, BulkOptions options, RateLimitMeter meter,
      Sleeper sleeper) {
    List<String> copy = checked(emails);
    Args.notNull(options, "options");
    Pacer pacer = new Pacer(meter, System::nanoTime, options.pacing());
    return new BulkRun(service, options, pacer, sleeper, System::nanoTime).run(copy);
  }

  /** {@code emails}, copied, after checking that neither it nor any element is null (naming which). */
  private static List<String> checked(java.util.Collection<String> emails) {
    Objects.requireNonNull(emails, "emails must not be null");
    List<String> copy = new ArrayList<>(emails.size());
    for (String email : emails) {
      copy.add(Objects.requireNonNull(email, "emails[" + copy.size() + "] must not be null"));
    }
    return List.copyOf(copy);
  }

  /** For tests: a run with its own pacer and time source. */
  static BulkReport run(Service service, List<String> emails, BulkOptions options, Pacer pacer, Sleeper sleeper,
      LongSupplier nanoTime) {
    return new BulkRun(service, options, pacer, sleeper, nanoTime).run(List.copyOf(emails));
  }

  private BulkReport run(List<String> emails) {
    long start = nanoTime.getAsLong();
    Existing existing = service.existing();
    BulkOutcome[] outcomes = new BulkOutcome[emails.size()];
    AtomicInteger done = new AtomicInteger();
    AtomicReference<InviteApiException> stoppedBy = new AtomicReference<>();
    AtomicReference<RuntimeException> listenerFailure = new AtomicReference<>();
    List<Integer> toSend = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < emails.size(); i++) {
      String email = emails.get(i);
      String key = normalize(email);
      if (existing.members.contains(key)) {
        outcomes[i] = BulkOutcome.skipped(i, email, ErrorReason.ALREADY_MEMBER, 0);
      } else if (existing.invited.contains(key) || !seen.add(key)) {
        outcomes[i] = BulkOutcome.skipped(i, email, ErrorReason.ALREADY_INVITED, 0);
      } else {
        toSend.add(i);
        continue;
      }
      report(outcomes[i], done, emails.size(), listenerFailure);
    }

    AtomicInteger next = new AtomicInteger();
    pacer.demand(() -> Math.max(1, toSend.size() - next.get() + pacer.inFlight() + 1));
    Runnable worker = () -> {
      for (int slot = next.getAndIncrement(); slot < toSend.size(); slot = next.getAndIncrement()) {
        int i = toSend.get(slot);
        if (stoppedBy.get() != null || listenerFailure.get() != null || Thread.currentThread().isInterrupted()) {
          outcomes[i] = BulkOutcome.notAttempted(i, emails.get(i));
          continue;
        }
        BulkOutcome outcome = invite(i, emails.get(i), stoppedBy);
        outcomes[i] = outcome;
        if (outcome.status() != BulkOutcome.Status.NOT_ATTEMPTED) {
          report(outcome, done, emails.size(), listenerFailure);
        }
      }
    };
    runWorkers(worker, Math.min(options.concurrency(), Math.max(1, toSend.size())));
    RuntimeException fromListener = listenerFailure.get();
    if (fromListener != null) {
      throw fromListener;
    }
    List<BulkOutcome> ordered = new ArrayList<>(emails.size());
    for (int i = 0; i < outcomes.length; i++) {
      ordered.add(outcomes[i] != null ? outcomes[i] : BulkOutcome.notAttempted(i, emails.get(i)));
    }
    return new BulkReport(ordered, stoppedBy.get(), Duration.ofNanos(nanoTime.getAsLong() - start));
  }

  /** Sends one email until it has an outcome. */
  private BulkOutcome invite(int position, String email, AtomicReference<InviteApiException> stoppedBy) {
    int attempts = 0;
    boolean uncertain = false;
    RuntimeException last = null;
    while (attempts < options.maxAttempts()) {
      if (stoppedBy.get() != null) {
        return BulkOutcome.notAttempted(position, email);
      }
      try {
        awaitTurn();
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
        return BulkOutcome.notAttempted(position, email);
      }
      attempts++;
      try {
        service.send(email);
        return BulkOutcome.invited(position, email, attempts);
      } catch (IllegalArgumentException | NullPointerException badInput) {
        return BulkOutcome.failed(position, email, ErrorReason.INVALID_INPUT, badInput, attempts);
      } catch (InviteApiException failure) {
        last = failure;
        ErrorReason reason = failure.reason();
        if (reason == ErrorReason.ALREADY_INVITED || reason == ErrorReason.ALREADY_MEMBER) {
          return uncertain && reason == ErrorReason.ALREADY_INVITED
              // Sent again after an answer that got lost: the invite that exists is this run's own.
              ? BulkOutcome.invited(position, email, attempts)
              : BulkOutcome.skipped(position, email, reason, attempts);
        }
        if (STOPPING.contains(reason)) {
          stoppedBy.compareAndSet(null, failure);
          return BulkOutcome.failed(position, email, reason, failure, attempts);
        }
        if (failure instanceof RateLimitedException) {
          Duration wait = failure.retryAfter().orElse(DEFAULT_RATE_LIMIT_WAIT);
          if (wait.compareTo(options.maxWait()) > 0) {
            return BulkOutcome.failed(position, email, reason, failure, attempts);
          }
          pacer.blockFor(wait);
          continue;
        }
        if (mayHaveBeenCreated(failure)) {
          uncertain = true;
          if (pendingNow(email)) {
            return BulkOutcome.invited(position, email, attempts);
          }
          continue;
        }
        if (failure instanceof TransportException) {
          continue; // never left: sending again is safe
        }
        return BulkOutcome.failed(position, email, reason, failure, attempts);
      } finally {
        pacer.done();
      }
    }
    return BulkOutcome.failed(position, email,
        last instanceof InviteApiException ? ((InviteApiException) last).reason() : ErrorReason.UNKNOWN, last,
        attempts);
  }

  /** An answer that leaves open whether the invite was created. */
  private static boolean mayHaveBeenCreated(InviteApiException failure) {
    return failure instanceof TransportException && ((TransportException) failure).requestSent()
        || failure instanceof ServerErrorException
        || failure instanceof MalformedResponseException;
  }

  /** Whether the email has a pending invite now; a failure to find out counts as no (and is sent again). */
  private boolean pendingNow(String email) {
    try {
      return service.hasPendingInvite(email);
    } catch (InviteApiException unknown) {
      return false;
    }
  }

  private void awaitTurn() throws InterruptedException {
    while (true) {
      long from = pacer.now();
      long wait = pacer.reserve();
      if (wait <= 0) {
        return;
      }
      sleeper.sleep(Duration.ofNanos(wait));
      pacer.waitedUntil(from + wait);
    }
  }

  private void report(BulkOutcome outcome, AtomicInteger done, int total, AtomicReference<RuntimeException> failure) {
    int count = done.incrementAndGet();
    BulkListener listener = options.listener();
    if (listener == null || failure.get() != null) {
      return;
    }
    try {
      listener.onOutcome(outcome, count, total);
    } catch (RuntimeException thrown) {
      failure.compareAndSet(null, thrown);
    }
  }

  private static void runWorkers(Runnable worker, int count) {
    if (count == 1) {
      worker.run();
      return;
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(count, task -> {
      Thread thread = new Thread(task, "org-invites-bulk-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        running.add(pool.submit(worker));
      }
      for (Future<?> each : running) {
        each.get();
      }
    } catch (InterruptedException stop) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException bug) {
      Throwable cause = bug.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
