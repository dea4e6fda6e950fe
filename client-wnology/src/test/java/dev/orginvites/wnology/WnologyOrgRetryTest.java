package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads of the organization (pending invites, the organization, its members) are retried as the policy allows;
 * sending, revoking, changing a role and removing are never sent twice once they may have arrived. Sync and async
 * alike; waits are recorded, not slept.
 */
class WnologyOrgRetryTest extends TestClients.ClientTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Override
  WnologyClient newClient(MockWebServer server) {
    return OrgCall.clientFor(server, RetryPolicy.builder().maxAttempts(3).build(), sleeper).build();
  }

  static List<OrgCall> calls() {
    return OrgCall.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void a503IsRetriedForReadsOnlyAndTheTokenGoesWithEveryAttempt(OrgCall call) throws Exception {
    server.enqueue(json(503, "{\"type\":\"ServerError\",\"message\":\"busy\"}").setHeader("Retry-After", "1"));
    server.enqueue(json(200, call.answer));

    if (call.action) {
      assertThat(call.failure(client.org(OrgCall.ORG))).isExactlyInstanceOf(ServerErrorException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(sleeper.waits()).isEmpty();
    } else {
      call.checkValue(call.value(client.org(OrgCall.ORG)));
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
      assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + OrgCall.API_TOKEN);
      assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + OrgCall.API_TOKEN);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void aConnectionCutAfterTheRequestIsRetriedForReadsOnly(OrgCall call) throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, call.answer));

    if (call.action) {
      Throwable failure = call.failure(client.org(OrgCall.ORG));
      assertThat(failure).isExactlyInstanceOf(TransportException.class);
      assertThat(((TransportException) failure).requestSent()).isTrue();
      assertThat(server.getRequestCount()).isEqualTo(1);
    } else {
      call.checkValue(call.value(client.org(OrgCall.ORG)));
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }
}
