package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pacing arithmetic in virtual time: workers, a fixed-window server (aligned to the epoch, as the sandbox's)
 * and the network delay are simulated event by event, so that thousands of calls take milliseconds and the
 * outcome is exact. For each limit, window, latency and concurrency the run must get no 429 and take little
 * longer than the limit allows at best.
 */
final class PacerSimulationTest {
  private static final long START_EPOCH_NANOS = TimeUnit.SECONDS.toNanos(1_790_000_000L) + 123_456_789L;

  @ParameterizedTest(name = "{0} calls at {1} per {2} ms, latency {3} ms, {4} in flight")
  @CsvSource({
      "300, 60, 5000, 20, 8",
      "300, 60, 5000, 20, 1",
      "300, 60, 5000, 100, 32",
      "500, 100, 1000, 5, 8",
      "120, 10, 2000, 50, 4",
      "61, 60, 5000, 20, 8",
  })
  void aRunAtTheLimitGetsNo429AndStaysNearTheIdealTime(int calls, int limit, long windowMillis, long latencyMillis,
      int concurrency) {
    Simulation sim = new Simulation(limit, TimeUnit.MILLISECONDS.toNanos(windowMillis),
        TimeUnit.MILLISECONDS.toNanos(latencyMillis));
    long elapsed = sim.run(calls, concurrency);

    assertThat(sim.refused).as("calls answered 429").isZero();
    assertThat(sim.accepted).isEqualTo(calls);
    // The ideal: every full window used to the last call, from the first call's window on.
    long ideal = (long) Math.ceil((double) calls / limit) * TimeUnit.MILLISECONDS.toNanos(windowMillis);
    assertThat((double) elapsed).as("elapsed vs the limit-bound ideal")
        .isLessThanOrEqualTo(ideal * 1.10 + TimeUnit.MILLISECONDS.toNanos(latencyMillis) * 2);
  }

  /** When everything left fits in the window's budget, calls go at once: spreading them would only be slower. */
  @org.junit.jupiter.api.Test
  void callsThatFitTheBudgetAreNotSpread() {
    long[] now = {0};
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1_790_000_000L), ZoneOffset.UTC);
    RateLimitMeter meter = new RateLimitMeter(clock, () -> now[0]);
    meter.record(Headers.of("X-RateLimit-Limit", "1000", "X-RateLimit-Remaining", "990", "X-RateLimit-Reset",
        Long.toString(1_790_000_060L)));
    Pacer pacer = new Pacer(meter, () -> now[0], true);
    int[] left = {20};
    pacer.demand(() -> left[0]);

    for (int i = 0; i < 20; i++, left[0]--) {
      assertThat(pacer.reserve()).as("call %d", i).isZero();
    }
    left[0] = 5000; // more to do than the window allows: now the budget is spread
    assertThat(pacer.reserve()).isPositive();
  }

  /** Virtual time, a fixed-window server and workers that ask the pacer, wait, send and get answers. */
  private static final class Simulation {
    private final int limit;
    private final long windowNanos;
    private final long latencyNanos;
    private long now;
    private long windowEnd = Long.MIN_VALUE;
    private int used;
    int accepted;
    int refused;

    Simulation(int limit, long windowNanos, long latencyNanos) {
      this.limit = limit;
      this.windowNanos = windowNanos;
      this.latencyNanos = latencyNanos;
    }

    /** Sends {@code calls} calls with {@code concurrency} workers; returns the virtual time it took. */
    long run(int calls, int concurrency) {
      Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          long epochNanos = START_EPOCH_NANOS + now;
          return Instant.ofEpochSecond(0, epochNanos);
        }
      };
      RateLimitMeter meter = new RateLimitMeter(clock, () -> now);
      Pacer pacer = new Pacer(meter, () -> now, true);
      // Events: a worker ready to ask (kind 0) or an answer arriving (kind 1), ordered by time.
      PriorityQueue<long[]> events = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
      for (int i = 0; i < concurrency; i++) {
        events.add(new long[] {0, 0});
      }
      int sent = 0;
      long last = 0;
      while (!events.isEmpty()) {
        long[] event = events.poll();
        now = event[0];
        if (event[1] == 1) {
          // The answer arrives: the meter reads its headers, the worker is done and asks again.
          meter.record(Headers.of("X-RateLimit-Limit", Long.toString(limit), "X-RateLimit-Remaining",
              Long.toString(event[2]), "X-RateLimit-Reset", Long.toString(event[3])));
          pacer.done();
          last = now;
          if (event[4] == 0) {
            accepted++;
          } else {
            refused++;
            sent--; // a refused call is sent again later
          }
          events.add(new long[] {now, 0});
          continue;
        }
        if (sent >= calls) {
          continue;
        }
        long wait = pacer.reserve();
        if (wait > 0) {
          events.add(new long[] {now + wait, 0});
          continue;
        }
        sent++;
        // The request reaches the server half a latency later; the server counts it in its window then.
        long arrival = now + latencyNanos / 2;
        long epochArrival = START_EPOCH_NANOS + arrival;
        if (epochArrival >= windowEnd) {
          windowEnd = Math.floorDiv(epochArrival, windowNanos) * windowNanos + windowNanos;
          used = 0;
        }
        boolean allowed = used < limit;
        if (allowed) {
          used++;
        }
        long resetSeconds = Math.floorDiv(windowEnd + 999_999_999L, 1_000_000_000L);
        events.add(new long[] {now + latencyNanos, 1, limit - used, resetSeconds, allowed ? 0 : 1});
      }
      return last;
    }
  }
}
