package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.RetryPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The HTTP log shows the exchange but never the invite token, at any level. */
class WnologyLoggingTest extends TestClients.ServerTest {
  private static final String TOKEN = "log-secret-Tok+en/=";
  private static final String EMAIL = "ann@example.com";

  private final List<String> lines = new CopyOnWriteArrayList<>();

  @ParameterizedTest(name = "level {0}")
  @EnumSource(value = HttpLoggingInterceptor.Level.class, names = {"BASIC", "HEADERS", "BODY"})
  void logLinesNeverHoldTheToken(HttpLoggingInterceptor.Level level) {
    server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));
    server.enqueue(json(200, "{\"accepted\":true,\"orgId\":\"5e8f8c1b2a3d4e5f6a7b8c9d\"}"));
    server.enqueue(json(404, "{\"type\":\"NotFound\",\"message\":\"Invite was not found\"}"));

    try (WnologyClient client = WnologyClient.builder()
        .baseUrl(server.url(TestClients.PREFIX).toString())
        .retryPolicy(RetryPolicy.disabled())
        .httpLogger(lines::add)
        .httpLogLevel(level)
        .build()) {
      client.invites().get(TOKEN, EMAIL);
      client.invites().accept(TOKEN, EMAIL);
      assertThatThrownBy(() -> client.invites().reject(TOKEN, EMAIL)).isInstanceOf(InviteNotFoundException.class);
    }

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("GET").contains("/wnology/invites"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("POST").contains("/wnology/invites"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("404"));
    if (level == HttpLoggingInterceptor.Level.BODY) {
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"accept\":true"));
    }
    String encoded = URLEncoder.encode(TOKEN, StandardCharsets.UTF_8);
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(TOKEN).doesNotContain(encoded)
        .doesNotContain(encoded.replace("+", "%20")).doesNotContain("log-secret"));
  }

  @Test
  void aTokenEchoedInAResponseBodyIsNotLogged() {
    server.enqueue(json(404, "{\"type\":\"NotFound\",\"message\":\"No invite for " + TOKEN + "\"}"));

    try (WnologyClient client = WnologyClient.builder()
        .baseUrl(server.url(TestClients.PREFIX).toString())
        .retryPolicy(RetryPolicy.disabled())
        .httpLogger(lines::add)
        .httpLogLevel(HttpLoggingInterceptor.Level.BODY)
        .build()) {
      assertThatThrownBy(() -> client.invites().get(TOKEN, EMAIL)).isInstanceOf(InviteNotFoundException.class);
    }

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("No invite for"));
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("log-secret"));
  }
}
