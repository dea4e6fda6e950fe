package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.INVITE_JSON;
import static dev.orginvites.wapikit.WapikitTestSupport.clientFor;
import static dev.orginvites.wapikit.WapikitTestSupport.inviteResponse;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static dev.orginvites.wapikit.WapikitTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.Page;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Look-ups are retried on transient statuses; create and accept are sent once. Waits are instant. */
class WapikitRetryTest extends WapikitTestSupport.ClientTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Override
  WapikitClient.Builder clientBuilder(MockWebServer server) {
    return clientFor(server, sleeper).retryPolicy(RetryPolicy.builder().maxAttempts(3).build());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listIsRetriedAfter503(Mode mode) {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(200, "{\"invites\":[" + INVITE_JSON + "]}"));

    Page<OrganizationMemberInvite> page = mode.run(() -> invites.list(1, 10), () -> invites.listAsync(1, 10));

    assertThat(page.items()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).hasSize(1);
    assertThat(take(server).getRequestUrl()).isEqualTo(take(server).getRequestUrl());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getIsRetriedAfter503(Mode mode) {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(inviteResponse(INVITE_JSON));

    assertThat(mode.run(() -> invites.get("abc"), () -> invites.getAsync("abc")).getUniqueId()).isEqualTo("inv_1");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(take(server).getPath()).isEqualTo(take(server).getPath());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRetryAfterHintIsTheWait(Mode mode) {
    server.enqueue(json(429, "{\"message\":\"slow down\"}").setHeader("Retry-After", "2"));
    server.enqueue(inviteResponse(INVITE_JSON));

    mode.run(() -> invites.get("abc"), () -> invites.getAsync("abc"));

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void aHintLongerThanMaxRetryAfterFailsAtOnce() {
    server.enqueue(json(429, "{\"message\":\"slow down\"}").setHeader("Retry-After", "3600"));

    assertThatThrownBy(() -> invites.get("abc")).isInstanceOf(RateLimitedException.class)
        .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofHours(1)));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aGetStopsAfterMaxAttempts(Mode mode) {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(503, "{\"message\":\"busy\"}"));
    }

    assertThatThrownBy(() -> mode.run(() -> invites.get("abc"), () -> invites.getAsync("abc")))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createIsNotRetriedAfter503(Mode mode) {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(inviteResponse(INVITE_JSON));

    assertThatThrownBy(() -> mode.run(() -> invites.create("ann@example.com", AccessLevel.MEMBER),
        () -> invites.createAsync("ann@example.com", AccessLevel.MEMBER)))
        .isInstanceOf(ServerErrorException.class)
        .satisfies(e -> assertThat(((ServerErrorException) e).statusCode()).isEqualTo(503));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void acceptIsNotRetriedAfter503(Mode mode) {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(200, "{\"token\":\"sess-123456\"}"));

    assertThatThrownBy(() -> mode.run(() -> invites.accept("abc"), () -> invites.acceptAsync("abc")))
        .isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createIsNotRetriedAfter429(Mode mode) {
    server.enqueue(json(429, "{\"message\":\"slow down\"}").setHeader("Retry-After", "1"));
    server.enqueue(inviteResponse(INVITE_JSON));

    assertThatThrownBy(() -> mode.run(() -> invites.create("ann@example.com", AccessLevel.MEMBER),
        () -> invites.createAsync("ann@example.com", AccessLevel.MEMBER)))
        .isInstanceOf(RateLimitedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anAcceptCutOffAfterSendingIsNotSentAgain(Mode mode) {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, "{\"token\":\"sess-123456\"}"));

    assertThatThrownBy(() -> mode.run(() -> invites.accept("abc"), () -> invites.acceptAsync("abc")))
        .isInstanceOf(TransportException.class)
        .satisfies(e -> assertThat(((TransportException) e).statusCode()).isZero());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aListCutOffAfterSendingIsRetried(Mode mode) {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, "{\"invites\":[]}"));

    assertThat(mode.run(() -> invites.list(1, 10), () -> invites.listAsync(1, 10)).items()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void disabledRetriesSendAGetOnce() {
    try (WapikitClient once = clientFor(server, sleeper).retryPolicy(RetryPolicy.disabled()).build()) {
      server.enqueue(json(503, "{\"message\":\"busy\"}"));

      assertThatThrownBy(() -> once.invites().get("abc")).isInstanceOf(ServerErrorException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
