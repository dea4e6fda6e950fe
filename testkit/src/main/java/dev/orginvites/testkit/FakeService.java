package dev.orginvites.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What both fakes of a {@link Sandbox} offer alike: inspecting the requests they received and their spec
 * {@link #violations()}, switches that make them slow, failing or rate-limited, and {@link #reset()}.
 *
 * <p>Every method returns the fake it was called on as its own type, so calls chain:
 *
 * <pre>{@code
 * sandbox.wapikit().failNext(1, 503).addApiKey("other-key");
 * }</pre>
 *
 * <p>The service-specific parts (error and 429 body shapes, which headers every response carries, what a reset
 * clears besides the switches and recordings) are described on {@link WnologyFake} and {@link WapikitFake}.
 * Only those two fakes exist; obtain them from {@link Sandbox#wnology()} and {@link Sandbox#wapikit()}. All
 * methods are thread-safe.
 *
 * @param <F> the concrete fake, returned by the chaining methods
 */
public abstract sealed class FakeService<F extends FakeService<F>> permits WnologyFake, WapikitFake {
  /** The time source of the fake's invites, expiries and rate-limit windows. */
  final Clock clock;

  FakeService(Clock clock) {
    this.clock = clock;
  }

  /** The shared request pipeline this fake is served through. */
  abstract FakeEndpoint endpoint();

  /** Clears the service's own state (invites, members, keys...); the pipeline is reset by {@link #reset()}. */
  abstract void resetState();

  /** This fake as its own type, for chaining. */
  @SuppressWarnings("unchecked") // F is the class itself: the class is sealed and each subclass passes itself.
  private F self() {
    return (F) this;
  }

  /** Now in UTC at millisecond precision, as the services write dates. */
  OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Every request received since start or the last {@link #reset()}, valid or not, in order.
   *
   * @return the requests, oldest first
   */
  public final List<RecordedRequest> requests() {
    return endpoint().requests();
  }

  /**
   * How many requests arrived since start or the last {@link #reset()}.
   *
   * @return the number of requests
   */
  public final int requestCount() {
    return endpoint().requests().size();
  }

  /**
   * Every way in which a received request broke the spec, in order; empty when all conformed.
   *
   * @return the violations, oldest first
   */
  public final List<Violation> violations() {
    return endpoint().violations();
  }

  /**
   * How many answers the fake sent, by HTTP status, since start or the last {@link #reset()}: for example how
   * many calls a bulk run got answered 429.
   *
   * @return a snapshot mapping each status to the number of answers with it, in status order
   */
  public final java.util.SortedMap<Integer, Long> answersByStatus() {
    return endpoint().answeredByStatus();
  }

  /**
   * Answers every call after waiting {@code delay} ({@link Duration#ZERO} switches the delay off).
   *
   * @param delay how long to wait before answering, zero or more
   * @return this fake
   * @throws NullPointerException when {@code delay} is null
   * @throws IllegalArgumentException when {@code delay} is negative
   */
  public final F delay(Duration delay) {
    endpoint().switches().delay(delay);
    return self();
  }

  /**
   * Answers the next {@code count} calls with {@code status} (4xx or 5xx) and a body in the service's error
   * format, whatever they ask. {@code count} 0 cancels pending failures.
   *
   * @param count how many calls fail
   * @param status a 4xx or 5xx status
   * @return this fake
   * @throws IllegalArgumentException when {@code count} is negative or {@code status} is not 400..599
   */
  public final F failNext(int count, int status) {
    endpoint().switches().failNext(count, status);
    return self();
  }

  /**
   * Carries out the next {@code count} successful calls and then answers each with a 502 in the service's error
   * format, as a proxy that fails after the service acted: the client cannot tell whether its call took effect.
   * {@code count} 0 cancels. For testing what a client does after an answer that got lost (a bulk run checks the
   * pending invites before sending again).
   *
   * @param count how many answers to lose, zero or more
   * @return this fake
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public final F loseNextAnswers(int count) {
    endpoint().switches().loseNextAnswers(count);
    return self();
  }

  /**
   * Allows {@code callsPerWindow} calls per fixed window of length {@code window}. A window opens with the first
   * call after the previous one ended, so calls made right after this one share a window; for whole-second lengths
   * it starts at that call's whole second (the reset time then is exact), which can make it up to a second short.
   * Further calls in a window get 429
   * with X-RateLimit-* headers, {@code Retry-After} (whole seconds, at least 1) and a body in the service's
   * 429 format (see the fake's class documentation). While a limit is set every response carries the
   * X-RateLimit-* headers.
   *
   * @param callsPerWindow calls allowed in each window
   * @param window the window's length
   * @return this fake
   * @throws NullPointerException when {@code window} is null
   * @throws IllegalArgumentException when {@code callsPerWindow} is below 1 or {@code window} is not positive
   */
  public final F rateLimit(int callsPerWindow, Duration window) {
    endpoint().switches().rateLimit(callsPerWindow, window);
    return self();
  }

  /**
   * Switches rate limiting off.
   *
   * @return this fake
   */
  public final F noRateLimit() {
    endpoint().switches().noRateLimit();
    return self();
  }

  /**
   * Returns to the state just after start: no switches, no recorded requests or violations, and the
   * service's own state as the fake's class documentation describes (for example no invites).
   *
   * @return this fake
   */
  public final F reset() {
    resetState();
    endpoint().reset();
    return self();
  }
}
