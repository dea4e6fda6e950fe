package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.API_KEY;
import static dev.orginvites.wapikit.WapikitTestSupport.INVITE_JSON;
import static dev.orginvites.wapikit.WapikitTestSupport.PREFIX;
import static dev.orginvites.wapikit.WapikitTestSupport.inviteResponse;
import static dev.orginvites.wapikit.WapikitTestSupport.invite;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static dev.orginvites.wapikit.WapikitTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The API key goes to the configured host only, and neither it nor a session token reaches the logs. */
class WapikitCredentialSafetyTest extends WapikitTestSupport.ClientTest {
  private static final String SESSION_TOKEN = "sess_7Hq2LmN9pX4vR8tK";

  private final MockWebServer elsewhere = new MockWebServer();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  WapikitClient.Builder clientBuilder(MockWebServer server) {
    return super.clientBuilder(server).httpLogger(lines::add).httpLogLevel(HttpLoggingInterceptor.Level.BODY);
  }

  @BeforeEach
  void startElsewhere() throws IOException {
    elsewhere.start();
  }

  @AfterEach
  void stopElsewhere() throws IOException {
    elsewhere.shutdown();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRedirectToAnotherServerIsFollowedWithoutTheKey(Mode mode) {
    server.enqueue(new MockResponse().setResponseCode(302)
        .setHeader("Location", elsewhere.url("/moved/organization/invite/abc")));
    elsewhere.enqueue(inviteResponse(invite("inv_moved", "moved@example.com")));

    OrganizationMemberInvite invite =
        mode.run(() -> client.invites().get("abc"), () -> client.invites().getAsync("abc"));

    assertThat(invite.getUniqueId()).isEqualTo("inv_moved");
    RecordedRequest first = take(server);
    assertThat(first.getHeader("x-access-token")).isEqualTo(API_KEY);
    RecordedRequest redirected = take(elsewhere);
    assertThat(redirected.getRequestUrl().encodedPath()).isEqualTo("/moved/organization/invite/abc");
    assertThat(redirected.getHeader("x-access-token")).isNull();
    assertThat(redirected.getHeaders().toMultimap().toString()).doesNotContain(API_KEY);
    assertThat(redirected.getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void aRedirectWithinTheConfiguredOriginKeepsTheKey() {
    server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", PREFIX + "/organization/invite/new"));
    server.enqueue(inviteResponse(INVITE_JSON));

    client.invites().get("old");

    take(server);
    RecordedRequest redirected = take(server);
    assertThat(redirected.getRequestUrl().encodedPath()).isEqualTo(PREFIX + "/organization/invite/new");
    assertThat(redirected.getHeader("x-access-token")).isEqualTo(API_KEY);
  }

  @Test
  void bodyLevelLogsShowTheRequestButNeitherKeyNorSessionToken() {
    server.enqueue(json(200, "{\"token\":\"" + SESSION_TOKEN + "\"}"));

    AcceptedInvite accepted = client.invites().accept("slug-1");

    assertThat(accepted.sessionToken()).isEqualTo(SESSION_TOKEN);
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("POST")
        .contains(PREFIX + "/organization/invite/slug-1/accept"));
    assertThat(lines).anySatisfy(line -> assertThat(line).containsIgnoringCase("x-access-token"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("200"));
    assertNoSecretLogged();
  }

  @Test
  void bodyLevelLogsShowTheCreateBodyButNotTheKey() {
    server.enqueue(inviteResponse(INVITE_JSON));

    client.invites().create("ann@example.com", AccessLevel.MEMBER);

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("POST").contains(PREFIX + "/organization/invites"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"email\":\"ann@example.com\""));
    assertNoSecretLogged();
  }

  @Test
  void anEchoedKeyInAnErrorBodyIsNotLogged() {
    server.enqueue(json(401, "{\"message\":\"bad key " + API_KEY + "\"}"));

    assertThatThrownBy(() -> client.invites().list(1, 10)).isInstanceOf(UnauthorizedException.class);

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("401"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("bad key ***"));
    assertNoSecretLogged();
  }

  @Test
  void asyncCallsAreLoggedWithoutSecrets() {
    server.enqueue(json(200, "{\"token\":\"" + SESSION_TOKEN + "\"}"));

    WapikitTestSupport.await(client.invites().acceptAsync("slug-2"));

    assertThat(lines).anySatisfy(line -> assertThat(line).contains(PREFIX + "/organization/invite/slug-2/accept"));
    assertNoSecretLogged();
  }

  private void assertNoSecretLogged() {
    assertThat(lines).isNotEmpty();
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains(API_KEY));
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains(SESSION_TOKEN));
  }
}
