package dev.orginvites.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.builder()
      .maxAttempts(5).baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(1000)).build();

  @Test
  void defaultsAreThreeAttemptsFrom200MsUpTo5sWithHintsUpTo30s() {
    RetryPolicy defaults = RetryPolicy.defaults();
    assertThat(defaults.maxAttempts()).isEqualTo(3);
    assertThat(defaults.baseDelay()).isEqualTo(Duration.ofMillis(200));
    assertThat(defaults.maxDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.enabled()).isTrue();
  }

  @Test
  void disabledMeansOneAttempt() {
    assertThat(RetryPolicy.disabled().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.disabled().enabled()).isFalse();
  }

  @Test
  void boundDoublesFromTheBaseDelayUpToTheMaxDelay() {
    assertThat(policy.bound(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.bound(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.bound(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.bound(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.bound(5)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.bound(64)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.bound(Integer.MAX_VALUE)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void fullJitterSpansZeroToTheBound() {
    assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ZERO);
    assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(3, Math.nextDown(1.0))).isEqualTo(Duration.ofMillis(399));
  }

  @Test
  void randomWaitsStayWithinBoundsAndSpreadOut() {
    SplittableRandom random = new SplittableRandom(42);
    for (int retry = 1; retry <= 10; retry++) {
      Set<Duration> seen = new HashSet<>();
      for (int i = 0; i < 200; i++) {
        Duration wait = policy.backoff(retry, random.nextDouble());
        assertThat(wait).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(policy.bound(retry));
        seen.add(wait);
      }
      // Full jitter: the waits are spread over the range, not clustered at the bound.
      assertThat(seen).as("distinct waits for retry " + retry).hasSizeGreaterThan(20);
    }
  }

  @Test
  void aHugeBaseDelayNeverOverflowsIntoANegativeWait() {
    Duration century = Duration.ofDays(36_500);
    RetryPolicy slow = RetryPolicy.builder().baseDelay(century).maxDelay(century).build();
    for (int retry : new int[] {1, 2, 30, 31, 62, 63, 1000}) {
      assertThat(slow.bound(retry)).isEqualTo(century);
      assertThat(slow.backoff(retry, 0.5)).isPositive();
    }
  }

  @Test
  void zeroDelaysMeanImmediateRetries() {
    RetryPolicy eager = RetryPolicy.builder().baseDelay(Duration.ZERO).maxDelay(Duration.ZERO).build();
    assertThat(eager.backoff(5, 0.9)).isEqualTo(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN})
  void backoffRejectsARandomOutsideTheUnitInterval(double random) {
    assertThatThrownBy(() -> policy.backoff(1, random)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void backoffAndBoundRejectRetryZero() {
    assertThatThrownBy(() -> policy.backoff(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.bound(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 21})
  void maxAttemptsOutside1To20IsRejected(int attempts) {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(attempts))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
  }

  @Test
  void negativeOrMissingDurationsAreRejected() {
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseDelay");
    assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDelay");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetryAfter");
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void maxDelayShorterThanBaseDelayIsRejected() {
    assertThatThrownBy(() -> RetryPolicy.builder()
        .baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringShowsTheSettings() {
    assertThat(policy.toString()).contains("maxAttempts=5", "baseDelay=PT0.1S", "maxDelay=PT1S");
  }
}
