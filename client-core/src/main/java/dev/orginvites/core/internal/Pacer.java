package dev.orginvites.core.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Decides when a bulk run's next call may go, so that a run at the service's rate limit does not hit 429s: when
 * the run has more calls to make than the current window allows, the calls left in the window
 * ({@link RateLimitMeter}), less those still in flight, are spread evenly over the time left in it; with none
 * left, the next call waits for the window's end. A run whose remaining calls all fit in the window goes as fast
 * as its concurrency allows. After the end, one call
 * goes alone, and its answer tells the new window's budget. Before any answer has carried rate-limit headers,
 * one call goes alone too, to learn them; a service that sends none is not paced. A 429 blocks every call for
 * as long as the service asked ({@link #blockFor}).
 *
 * <p>Thread-safe. Workers ask {@link #reserve()} until it answers 0 (go), sleep in between, and call
 * {@link #done()} when their call has its answer.
 */
final class Pacer {
  /** How long a worker waits before asking again while an answer it needs is on its way. */
  static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final RateLimitMeter meter;
  private final LongSupplier nanoTime;
  private final boolean enabled;
  private int inFlight;
  private long lastSendNanos;
  private boolean anySend;
  private long blockedUntilNanos;
  private boolean blocked;
  /**
   * How far the run's waits have carried time past the clock: zero with a sleeper that really waits; with one that
   * returns at once (a test's), the waits still count as time passed, so a run never waits for a window forever.
   */
  private long offsetNanos;
  /** How many calls the run still has to make; spacing is only needed when they could use up the budget. */
  private volatile java.util.function.IntSupplier demand = () -> Integer.MAX_VALUE;

  Pacer(RateLimitMeter meter, LongSupplier nanoTime, boolean enabled) {
    this.meter = meter;
    this.nanoTime = nanoTime;
    this.enabled = enabled;
  }

  /**
   * How long to wait before the next call, in nanoseconds; 0 means go now, and the call is counted as in flight
   * until {@link #done()}.
   */
  synchronized long reserve() {
    long now = now();
    if (blocked && now - blockedUntilNanos < 0) {
      return blockedUntilNanos - now;
    }
    long wait = enabled ? pacedWait(now) : 0;
    if (wait > 0) {
      return wait;
    }
    inFlight++;
    lastSendNanos = now;
    anySend = true;
    return 0;
  }

  private long pacedWait(long now) {
    RateLimitMeter.Window window = meter.current();
    if (window == null) {
      // Nothing known yet: one call at a time until an answer tells the limit, or shows there is none.
      return inFlight > 0 && meter.responses() == 0 ? POLL_NANOS : 0;
    }
    long left = window.endNanos - now;
    if (left <= 0) {
      // The window is over; the next one's budget is unknown until a call in it is answered.
      return inFlight > 0 ? POLL_NANOS : 0;
    }
    int available = window.minRemaining - inFlight;
    if (available <= 0) {
      return left;
    }
    if (demand.getAsInt() <= available) {
      return 0; // the window's budget covers everything left to do: no need to spread it
    }
    long interval = left / available;
    long next = anySend ? Math.max(now, lastSendNanos + interval) : now;
    return Math.max(0, next - now);
  }

  /** The pacer's time: the clock, or later when the run's waits said so ({@link #waitedUntil}). */
  synchronized long now() {
    return nanoTime.getAsLong() + offsetNanos;
  }

  /** A worker has waited until {@code until} (in {@link #now()}'s terms): time has passed at least that far. */
  synchronized void waitedUntil(long until) {
    long now = now();
    if (until - now > 0) {
      offsetNanos += until - now;
    }
  }

  /** Tells the pacer how many calls the run still has to make (the current one included). */
  void demand(java.util.function.IntSupplier callsLeft) {
    this.demand = callsLeft;
  }

  /** The call reserved by {@link #reserve()} has its answer (or failed). */
  synchronized void done() {
    if (inFlight > 0) {
      inFlight--;
    }
  }

  /** Every call waits {@code wait} from now: the service answered 429 and asked for it. */
  synchronized void blockFor(Duration wait) {
    long until = now() + Math.max(0, Math.min(wait.toNanos(), TimeUnit.DAYS.toNanos(1)));
    if (!blocked || until - blockedUntilNanos > 0) {
      blockedUntilNanos = until;
      blocked = true;
    }
  }

  /** Calls reserved and not yet done. */
  synchronized int inFlight() {
    return inFlight;
  }
}
