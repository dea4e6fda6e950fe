package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.core.testing.TestServers;
import dev.orginvites.wapikit.model.AccessLevel;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A caller branches on {@link InviteApiException#reason()}, never on message text: already invited, already a
 * member and no longer pending are told apart from the live service's bare-string bodies (and, in the testkit's
 * WapikitReasonsSandboxTest, from the sandbox). Also: building the client from the environment.
 */
final class WapikitReasonsTest {
  private static final String ANN = "ann@example.com";

  /** The live service answers with bare JSON strings; the documented body is {"message"}. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "400 | '\"User already sent an invite\"'            | ALREADY_INVITED    | BadRequestException",
      "400 | '\"Invite already redeemed\"'                 | INVITE_NOT_PENDING | BadRequestException",
      "404 | '\"Invite not found\"'                        | INVITE_NOT_FOUND   | InviteNotFoundException",
      "400 | '{\"message\":\"User is already a member\"}' | ALREADY_MEMBER     | BadRequestException",
      "404 | '<html><title>Not Found</title></html>'      | ENDPOINT_NOT_FOUND | NotFoundException",
  })
  void theLiveServicesWordingsGiveReasons(int status, String body, ErrorReason reason, String type)
      throws Exception {
    MockWebServer server = TestServers.start();
    try (WapikitClient client = WapikitTestSupport.clientFor(server, new RecordingSleeper()).build()) {
      server.enqueue(json(status, body));
      assertThatThrownBy(() -> client.invites().get("slug-1")).isInstanceOfSatisfying(InviteApiException.class, e -> {
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
      });
    } finally {
      server.shutdown();
    }
  }

  @Test
  void aNotFoundOnCreateIsNotAnInviteNotFound() throws Exception {
    MockWebServer server = TestServers.start();
    try (WapikitClient client = WapikitTestSupport.clientFor(server, new RecordingSleeper()).build()) {
      server.enqueue(json(404, "{\"message\":\"organization not found\"}"));
      assertThatThrownBy(() -> client.invites().create(ANN, AccessLevel.MEMBER))
          .isExactlyInstanceOf(NotFoundException.class)
          .isNotInstanceOf(InviteNotFoundException.class)
          .extracting(e -> ((InviteApiException) e).reason()).isEqualTo(ErrorReason.NOT_FOUND);
    } finally {
      server.shutdown();
    }
  }

  @Test
  void theApiKeyComesFromTheEnvironmentAndItsAbsenceIsNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> WapikitClient.builder().fromEnvironment(Map.of()).build())
        .withMessageContaining("WAPIKIT_API_KEY");
    assertThatThrownBy(() -> WapikitClient.builder().fromEnvironment(Map.of("WAPIKIT_API_KEY", "bad key")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WAPIKIT_API_KEY").hasMessageNotContaining("bad key");
    try (WapikitClient client = WapikitClient.builder()
        .fromEnvironment(Map.of("WAPIKIT_API_KEY", " key-from-env-123 ")).build()) {
      assertThat(client.toString()).doesNotContain("key-from-env-123");
    }
  }

  @Test
  void createWithAKeyIsTheProductionClient() {
    try (WapikitClient client = WapikitClient.create("key-123456")) {
      assertThat(client.toString()).doesNotContain("key-123456");
    }
  }

  @Test
  void aBadRequestWithoutAKnownWordingIsInvalidInput() throws Exception {
    MockWebServer server = TestServers.start();
    try (WapikitClient client = WapikitTestSupport.clientFor(server, new RecordingSleeper()).build()) {
      server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"message\":\"email must be valid\"}"));
      assertThatThrownBy(() -> client.invites().create(ANN, AccessLevel.MEMBER))
          .isInstanceOfSatisfying(BadRequestException.class,
              e -> assertThat(e.reason()).isEqualTo(ErrorReason.INVALID_INPUT));
    } finally {
      server.shutdown();
    }
  }
}
