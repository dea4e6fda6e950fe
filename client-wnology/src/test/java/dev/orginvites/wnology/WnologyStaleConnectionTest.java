package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.testing.KeepAliveServer;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reported failure, through the facade: a look-up, a quiet spell longer than the server's keep-alive
 * timeout, then an accept. The accept must arrive, once. The rule itself is client-core's (StaleConnectionTest).
 */
final class WnologyStaleConnectionTest {
  private static final String BODY =
      "{\"orgName\":\"Acme\",\"accepted\":true,\"orgId\":\"5e8f8c1b2a3d4e5f6a7b8c9d\"}";

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anAcceptAfterTheServerClosedTheIdleConnectionArrivesOnce(boolean async) throws Exception {
    RecordingSleeper sleeper = new RecordingSleeper();
    try (KeepAliveServer server = KeepAliveServer.start(Duration.ofSeconds(1), BODY);
        WnologyClient client = WnologyClient.builder().baseUrl(server.url()).sleeper(sleeper).build()) {
      InviteLink link = InviteLink.of("tok-1234567890", "ann@example.com");
      assertThat(client.invites().get(link).getOrgName()).isEqualTo("Acme");
      server.awaitNoOpenConnections(Duration.ofSeconds(5));
      Thread.sleep(500); // 1.5 s after the look-up: well past the server's 1 s keep-alive timeout

      OrgInvitationResult result = async
          ? client.invites().acceptAsync(link).get(10, TimeUnit.SECONDS)
          : client.invites().accept(link);

      assertThat(result.getOrgId()).isEqualTo("5e8f8c1b2a3d4e5f6a7b8c9d");
      assertThat(server.count("POST")).as("accepts the server received").isEqualTo(1);
      assertThat(sleeper.waits()).as("retry waits").isEmpty();
    }
  }
}
