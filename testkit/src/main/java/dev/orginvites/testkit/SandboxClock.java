package dev.orginvites.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time of a {@link Sandbox}'s fakes: a base clock (the system's, or a test's) plus an offset that
 * {@link Sandbox#advanceClock(Duration)} moves forward, so tests can expire invites without waiting.
 */
final class SandboxClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  SandboxClock(Clock base) {
    this.base = base;
  }

  void advance(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
  }

  void resetOffset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the fakes only use the sandbox's own zone");
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }
}
