package dev.orginvites.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh sandbox on a {@link MutableClock} for each test, and the fake under test in it. After each test the
 * fake's own responses must match the spec, unless the test seeded data that the spec does not allow.
 */
abstract class FakeTestBase<F extends FakeService<F>> {
  static final Instant START = Instant.parse("2026-11-01T12:00:00Z");

  final MutableClock clock = new MutableClock(START);
  Sandbox sandbox;
  F fake;
  /** Set by a test whose seeded data makes the fake answer off-spec on purpose. */
  boolean offSpecResponsesSeeded;

  /** The fake under test, out of the just-started sandbox. */
  abstract F fakeIn(Sandbox started);

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(0, clock);
    fake = fakeIn(sandbox);
  }

  @AfterEach
  void stop() {
    try {
      if (!offSpecResponsesSeeded) {
        assertThat(sandbox.responseViolations()).as("the fake's own responses match the spec").isEmpty();
      }
    } finally {
      sandbox.close();
    }
  }
}
