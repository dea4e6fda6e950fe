package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.wnology.model.InviteRole;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API token: set in the builder or from {@code WNOLOGY_API_TOKEN}, sent only on the organization's calls and
 * only to the configured origin, never over plain http to another machine unless allowed, and never shown in
 * {@code toString()}, exceptions or logs.
 */
class WnologyTokenSafetyTest extends TestClients.ServerTest {
  private static final String TOKEN = OrgCall.API_TOKEN;

  private final MockWebServer elsewhere = new MockWebServer();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startElsewhere() throws IOException {
    elsewhere.start();
  }

  @AfterEach
  void stopElsewhere() throws IOException {
    elsewhere.shutdown();
  }

  private WnologyClient loggingClient(HttpLoggingInterceptor.Level level) {
    return OrgCall.clientFor(server, RetryPolicy.disabled(), new dev.orginvites.core.testing.RecordingSleeper())
        .httpLogger(lines::add).httpLogLevel(level).build();
  }

  @Test
  void theBuilderRefusesUnusableTokensWithoutShowingThem() {
    assertThatNullPointerException().isThrownBy(() -> WnologyClient.builder().apiToken(null))
        .withMessage("apiToken must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> WnologyClient.builder().apiToken("  "))
        .withMessage("apiToken must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> WnologyClient.builder().apiToken("secret tök\n"))
        .withMessageStartingWith("apiToken must be printable ASCII")
        .withMessageNotContaining("secret");
  }

  @Test
  void theEnvironmentsTokenIsReadTrimmedAndAnUnusableOneNamesTheVariableOnly() throws Exception {
    server.enqueue(json(200, "[]"));
    try (WnologyClient client = WnologyClient.builder()
        .fromEnvironment(Map.of("WNOLOGY_BASE_URL", server.url(TestClients.PREFIX).toString(),
            WnologyClient.API_TOKEN_VARIABLE, "  " + TOKEN + "\n"))
        .retryPolicy(RetryPolicy.disabled())
        .build()) {
      assertThat(client.hasApiToken()).isTrue();
      client.org(OrgCall.ORG).invites().pending();
    }
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);

    try (WnologyClient blank = WnologyClient.builder()
        .fromEnvironment(Map.of(WnologyClient.API_TOKEN_VARIABLE, "   ")).build()) {
      assertThat(blank.hasApiToken()).isFalse();
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WnologyClient.builder().fromEnvironment(Map.of(WnologyClient.API_TOKEN_VARIABLE,
            "secret\u00e9value")))
        .withMessageStartingWith(WnologyClient.API_TOKEN_VARIABLE + " must be printable ASCII")
        .withMessageNotContaining("secret");
  }

  @Test
  void aTokenSetAfterTheEnvironmentWins() throws Exception {
    server.enqueue(json(200, "[]"));
    try (WnologyClient client = WnologyClient.builder()
        .fromEnvironment(Map.of(WnologyClient.API_TOKEN_VARIABLE, "from-the-environment"))
        .baseUrl(server.url(TestClients.PREFIX).toString())
        .apiToken(TOKEN)
        .build()) {
      client.org(OrgCall.ORG).invites().pending();
    }
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http://api.example.com", "http://10.1.2.3:8080/wnology", "http://127.0.0.1.example.com"})
  void aTokenIsNotSentOverPlainHttpToAnotherMachineUnlessAllowed(String baseUrl) {
    assertThatIllegalStateException()
        .isThrownBy(() -> WnologyClient.builder().baseUrl(baseUrl).apiToken(TOKEN).build())
        .withMessageContaining("plain http").withMessageContaining("allowInsecureHttp")
        .withMessageNotContaining(TOKEN);
    assertThatCode(() -> WnologyClient.builder().baseUrl(baseUrl).apiToken(TOKEN).allowInsecureHttp(true).build()
        .close()).doesNotThrowAnyException();
    assertThatCode(() -> WnologyClient.builder().baseUrl(baseUrl).build().close())
        .as("without a token there is nothing to protect").doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://api.app.wnology.io", "http://127.0.0.1:8080/wnology", "http://localhost:1",
      "http://[::1]:8080/wnology"})
  void httpsAndThisMachineNeedNoPermission(String baseUrl) {
    assertThatCode(() -> WnologyClient.builder().baseUrl(baseUrl).apiToken(TOKEN).build().close())
        .doesNotThrowAnyException();
  }

  @Test
  void toStringNeverShowsTheToken() {
    try (WnologyClient client = WnologyClient.builder().apiToken(TOKEN).build();
        WnologyClient tokenless = WnologyClient.builder().build()) {
      assertThat(client.toString()).contains("apiToken=***").doesNotContain(TOKEN);
      assertThat(client.org(OrgCall.ORG).toString()).doesNotContain(TOKEN).contains(OrgCall.ORG);
      assertThat(client.org(OrgCall.ORG).invites().toString()).doesNotContain(TOKEN);
      assertThat(tokenless.toString()).contains("apiToken=none");
    }
  }

  @Test
  void aRedirectToAnotherServerIsFollowedWithoutTheToken() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(302)
        .setHeader("Location", elsewhere.url("/moved/orgs/" + OrgCall.ORG + "/invites")));
    elsewhere.enqueue(json(200, "[]"));

    try (WnologyClient client = OrgCall.client(server)) {
      assertThat(client.org(OrgCall.ORG).invites().pendingAsync().get(5, TimeUnit.SECONDS)).isEmpty();
    }

    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    RecordedRequest redirected = elsewhere.takeRequest(1, TimeUnit.SECONDS);
    assertThat(redirected.getRequestUrl().encodedPath()).isEqualTo("/moved/orgs/" + OrgCall.ORG + "/invites");
    assertThat(redirected.getHeader("Authorization")).isNull();
    assertThat(redirected.getHeaders().toMultimap().toString()).doesNotContain(TOKEN);
  }

  @Test
  void aRedirectWithinTheOriginKeepsTheTokenOnlyForOrganizationPaths() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(301)
        .setHeader("Location", TestClients.PREFIX + "orgs/" + OrgCall.ORG + "/invites?_links=true"));
    server.enqueue(json(200, "[]"));
    server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", TestClients.INVITES_PATH));
    server.enqueue(json(200, "[]"));

    try (WnologyClient client = OrgCall.client(server)) {
      client.org(OrgCall.ORG).invites().pending();
      client.org(OrgCall.ORG).invites().pending();
    }

    server.takeRequest();
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    server.takeRequest();
    RecordedRequest toInvites = server.takeRequest();
    assertThat(toInvites.getRequestUrl().encodedPath()).isEqualTo(TestClients.INVITES_PATH);
    assertThat(toInvites.getHeader("Authorization")).as("not an organization call").isNull();
  }

  @Test
  void withoutATokenTheInvitedPersonsCallsStillWork() throws Exception {
    server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));

    try (WnologyClient tokenless = TestClients.client(server)) {
      assertThat(tokenless.invites().get("invite-token", OrgCall.EMAIL).getOrgName()).isEqualTo("Acme");
    }

    assertThat(server.takeRequest().getHeader("Authorization")).isNull();
  }

  @ParameterizedTest(name = "level {0}")
  @EnumSource(value = HttpLoggingInterceptor.Level.class, names = {"BASIC", "HEADERS", "BODY"})
  void logLinesNeverHoldTheToken(HttpLoggingInterceptor.Level level) throws Exception {
    server.enqueue(json(200, OrgCall.INVITES_JSON));
    server.enqueue(json(200, OrgCall.ORG_JSON));
    server.enqueue(json(401, "{\"type\":\"Unauthorized\",\"message\":\"token " + TOKEN + " refused\"}"));
    server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));

    try (WnologyClient client = loggingClient(level)) {
      client.org(OrgCall.ORG).invites().send(OrgCall.EMAIL, InviteRole.EDIT);
      client.org(OrgCall.ORG).members().changeRoleAsync(OrgCall.USER_ID, InviteRole.VIEW).get(5, TimeUnit.SECONDS);
      assertThatThrownBy(() -> client.org(OrgCall.ORG).get()).isInstanceOf(UnauthorizedException.class);
      client.invites().get("invite-token-value", OrgCall.EMAIL);
    }

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("POST").contains("/orgs/" + OrgCall.ORG));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("PATCH").contains("/member"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("401"));
    if (level != HttpLoggingInterceptor.Level.BASIC) {
      assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Authorization:"));
    }
    if (level == HttpLoggingInterceptor.Level.BODY) {
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"email\":\"" + OrgCall.EMAIL + "\""));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("token *** refused"));
    }
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(TOKEN).doesNotContain("org-secret")
        .doesNotContain("invite-token-value"));
  }

  @Test
  void aTransportFailureDoesNotShowTheToken() throws Exception {
    WnologyClient client = OrgCall.client(server);
    server.shutdown();
    try (client) {
      assertThatThrownBy(() -> client.org(OrgCall.ORG).members().list())
          .isInstanceOfSatisfying(TransportException.class, e -> {
            WnologyOrgErrorMappingTest.assertNoTokenIn(e);
            assertThat(String.valueOf(e.getCause())).doesNotContain(TOKEN);
          });
      assertThatThrownBy(() -> client.org(OrgCall.ORG).invites().send(OrgCall.EMAIL, InviteRole.VIEW))
          .isInstanceOfSatisfying(InviteApiException.class, WnologyOrgErrorMappingTest::assertNoTokenIn);
    }
  }
}
