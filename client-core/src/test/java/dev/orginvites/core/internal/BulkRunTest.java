package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorDetails;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.core.bulk.BulkOptions;
import dev.orginvites.core.bulk.BulkOutcome;
import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.core.testing.RecordingSleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bulk run's decisions, against a scripted service: what is skipped, sent again, checked, stopped. */
final class BulkRunTest {
  /** A service whose answers a test scripts per email and per attempt; it counts what it received. */
  private static final class ScriptedService implements BulkRun.Service {
    final Set<String> invited = ConcurrentHashMap.newKeySet();
    final Set<String> members = ConcurrentHashMap.newKeySet();
    final Set<String> pending = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    final List<String> pendingChecks = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    /** For an email and its attempt number (from 1), the failure to throw; null means the invite is created. */
    Function<String, Function<Integer, InviteApiException>> script = email -> attempt -> null;

    @Override
    public BulkRun.Existing existing() {
      return new BulkRun.Existing(invited, members);
    }

    @Override
    public void send(String email) {
      Args.email(email, "email");
      int attempt = sends.computeIfAbsent(email, e -> new AtomicInteger()).incrementAndGet();
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(2);
        InviteApiException failure = script.apply(email).apply(attempt);
        if (failure != null) {
          throw failure;
        }
        pending.add(email);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
      }
    }

    @Override
    public boolean hasPendingInvite(String email) {
      pendingChecks.add(email);
      return pending.contains(email);
    }

    int sendsOf(String email) {
      AtomicInteger count = sends.get(email);
      return count == null ? 0 : count.get();
    }
  }

  private final ScriptedService service = new ScriptedService();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  private BulkReport run(List<String> emails, BulkOptions options) {
    RateLimitMeter meter = RateLimitMeter.system(java.time.Clock.systemUTC());
    // The run's first calls (who is invited already) were answered without rate-limit headers.
    meter.record(okhttp3.Headers.of());
    Pacer pacer = new Pacer(meter, System::nanoTime, true);
    return BulkRun.run(service, emails, options, pacer, sleeper, System::nanoTime);
  }

  private static ErrorDetails.Builder details(int status, ErrorReason reason) {
    return ErrorDetails.builder("POST", "/invites").statusCode(status).reason(reason);
  }

  @Test
  void existingInvitesMembersAndRepeatsAreSkippedWithTheirReasonAndNeverSent() {
    service.invited.add("ANN@example.com");
    service.members.add("bob@example.com");

    BulkReport report = run(List.of("ann@example.com", "Bob@Example.com", "cy@example.com", "CY@example.com"),
        BulkOptions.defaults());

    assertThat(report.outcomes()).extracting(BulkOutcome::status).containsExactly(BulkOutcome.Status.SKIPPED,
        BulkOutcome.Status.SKIPPED, BulkOutcome.Status.INVITED, BulkOutcome.Status.SKIPPED);
    assertThat(report.outcomes()).extracting(BulkOutcome::reason).containsExactly(ErrorReason.ALREADY_INVITED,
        ErrorReason.ALREADY_MEMBER, null, ErrorReason.ALREADY_INVITED);
    assertThat(service.sends.keySet()).containsExactly("cy@example.com");
    assertThat(report.invited()).containsExactly("cy@example.com");
    assertThat(report.completed()).isTrue();
  }

  @Test
  void aRefusalWithAnAlreadyReasonIsASkipNotAFailure() {
    service.script = email -> attempt -> email.startsWith("member")
        ? new BadRequestException(details(400, ErrorReason.ALREADY_MEMBER).build())
        : new BadRequestException(details(400, ErrorReason.ALREADY_INVITED).build());

    BulkReport report = run(List.of("member@example.com", "raced@example.com"), BulkOptions.defaults());

    assertThat(report.skipped()).containsExactly("member@example.com", "raced@example.com");
    assertThat(report.outcomes()).extracting(BulkOutcome::reason)
        .containsExactly(ErrorReason.ALREADY_MEMBER, ErrorReason.ALREADY_INVITED);
  }

  /** An answer lost after the invite may have been created: the run asks before sending it again. */
  @Test
  void anUnknownOutcomeIsCheckedBeforeTheEmailIsSentAgain() {
    service.script = email -> attempt -> {
      if (attempt > 1) {
        return null;
      }
      if (email.startsWith("created")) {
        service.pending.add(email); // the service did create it; the answer never arrived
      }
      return new TransportException(details(0, ErrorReason.TRANSPORT).build(), null, true,
          new IOException("unexpected end of stream"));
    };

    BulkReport report = run(List.of("created@example.com", "lost@example.com"), BulkOptions.defaults());

    assertThat(report.invited()).containsExactly("created@example.com", "lost@example.com");
    assertThat(service.sendsOf("created@example.com")).as("found pending: not sent again").isEqualTo(1);
    assertThat(service.sendsOf("lost@example.com")).as("not pending: sent again").isEqualTo(2);
    assertThat(service.pendingChecks).containsExactlyInAnyOrder("created@example.com", "lost@example.com");
  }

  @Test
  void a5xxIsAnUnknownOutcomeToo() {
    service.script = email -> attempt -> {
      service.pending.add(email);
      return attempt == 1 ? new ServerErrorException(details(502, ErrorReason.SERVER_ERROR).build()) : null;
    };

    BulkReport report = run(List.of("ann@example.com"), BulkOptions.defaults());

    assertThat(report.invited()).containsExactly("ann@example.com");
    assertThat(service.sendsOf("ann@example.com")).isEqualTo(1);
  }

  @Test
  void a429IsWaitedOutAsTheServiceSaysAndSentAgain() {
    service.script = email -> attempt -> attempt == 1
        ? new RateLimitedException(details(429, ErrorReason.RATE_LIMITED).retryAfter(Duration.ofSeconds(3)).build())
        : null;

    BulkReport report = run(List.of("ann@example.com"), BulkOptions.defaults());

    assertThat(report.invited()).containsExactly("ann@example.com");
    assertThat(report.outcomes().get(0).attempts()).isEqualTo(2);
    assertThat(sleeper.waits()).isNotEmpty().allSatisfy(wait -> assertThat(wait).isPositive())
        .anySatisfy(wait -> assertThat(wait).isGreaterThan(Duration.ofMillis(2900)));
  }

  @Test
  void aWaitLongerThanAllowedFailsTheEmail() {
    service.script = email -> attempt ->
        new RateLimitedException(details(429, ErrorReason.RATE_LIMITED).retryAfter(Duration.ofHours(1)).build());

    BulkReport report = run(List.of("ann@example.com"), BulkOptions.builder().maxWait(Duration.ofMinutes(1)).build());

    assertThat(report.failed()).containsExactly("ann@example.com");
    assertThat(report.outcomes().get(0).failure()).get().isInstanceOf(RateLimitedException.class);
  }

  @Test
  void refusedCredentialsStopTheRunAndTheRestIsNotAttempted() {
    service.script = email -> attempt -> new UnauthorizedException(details(401, ErrorReason.INVALID_CREDENTIALS).build());
    List<String> emails = IntStream.range(0, 20).mapToObj(i -> "p" + i + "@example.com").collect(Collectors.toList());

    BulkReport report = run(emails, BulkOptions.builder().concurrency(1).build());

    assertThat(report.completed()).isFalse();
    assertThat(report.stoppedBy()).get().isInstanceOf(UnauthorizedException.class);
    assertThat(report.failed()).containsExactly("p0@example.com");
    assertThat(report.notAttempted()).hasSize(19);
    assertThat(service.sends).hasSize(1);
  }

  @Test
  void aBadEmailFailsAloneWithoutBeingSent() {
    BulkReport report = run(List.of("not an email", "ann@example.com"), BulkOptions.defaults());

    assertThat(report.failed()).containsExactly("not an email");
    assertThat(report.outcomes().get(0).reason()).isEqualTo(ErrorReason.INVALID_INPUT);
    assertThat(report.invited()).containsExactly("ann@example.com");
  }

  @Test
  void noMoreThanTheConcurrencyIsInFlightAndEveryEmailIsReportedOnce() {
    List<String> emails = IntStream.range(0, 60).mapToObj(i -> "p" + i + "@example.com").collect(Collectors.toList());
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger lastDone = new AtomicInteger();

    BulkReport report = run(emails, BulkOptions.builder().concurrency(4).listener((outcome, done, total) -> {
      heard.add(outcome.email());
      lastDone.accumulateAndGet(done, Math::max);
      assertThat(total).isEqualTo(60);
    }).build());

    assertThat(report.invited()).hasSize(60);
    assertThat(service.maxInFlight.get()).isLessThanOrEqualTo(4).isGreaterThan(1);
    assertThat(heard).containsExactlyInAnyOrderElementsOf(emails);
    assertThat(lastDone.get()).isEqualTo(60);
  }

  @Test
  void aListenerFailureStopsTheRunAndIsRethrown() {
    List<String> emails = IntStream.range(0, 30).mapToObj(i -> "p" + i + "@example.com").collect(Collectors.toList());
    IllegalStateException disk = new IllegalStateException("disk full");

    assertThatThrownBy(() -> run(emails, BulkOptions.builder().concurrency(1).listener((outcome, done, total) -> {
      throw disk;
    }).build())).isSameAs(disk);
    assertThat(service.sends).hasSize(1);
  }
}
