package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** A look-up is retried as the policy allows; an accept or reject is never sent twice. Waits are recorded, not slept. */
class WnologyRetryTest extends TestClients.ClientTest {
  private static final String TOKEN = "retry-secret-token";
  private static final String EMAIL = "ann@example.com";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Override
  WnologyClient newClient(MockWebServer server) {
    return TestClients.client(server, RetryPolicy.builder().maxAttempts(3).build(), sleeper);
  }

  @Test
  void getIsRetriedAfter503AndHonoursRetryAfter() {
    server.enqueue(json(503, "{}").setHeader("Retry-After", "2"));
    server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));

    assertThat(client.invites().get(TOKEN, EMAIL).getOrgName()).isEqualTo("Acme");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void getAsyncIsRetriedToo() throws Exception {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "1"));
    server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));

    assertThat(client.invites().getAsync(TOKEN, EMAIL).get(5, TimeUnit.SECONDS).getOrgName()).isEqualTo("Acme");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void getGivesUpAfterMaxAttemptsWithTheLastFailure() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{\"type\":\"Unavailable\",\"message\":\"try " + i + "\"}"));
    }

    assertThatThrownBy(() -> client.invites().get(TOKEN, EMAIL))
        .isExactlyInstanceOf(ServerErrorException.class)
        .hasMessageContaining("try 2");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void retryAfterLongerThanTheLimitFailsAtOnceWithTheHint() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "3600"));

    assertThatThrownBy(() -> client.invites().get(TOKEN, EMAIL))
        .isExactlyInstanceOf(RateLimitedException.class)
        .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofHours(1)));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void acceptAndRejectAreNeverSentTwice() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));

    assertThatThrownBy(() -> client.invites().accept(TOKEN, EMAIL)).isExactlyInstanceOf(ServerErrorException.class);
    assertThatThrownBy(() -> client.invites().reject(InviteLink.of(TOKEN, EMAIL)))
        .isExactlyInstanceOf(ServerErrorException.class);
    assertThatThrownBy(() -> client.invites().respondAsync(TOKEN, EMAIL, true).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isExactlyInstanceOf(ServerErrorException.class);

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).isEmpty();
  }
}
