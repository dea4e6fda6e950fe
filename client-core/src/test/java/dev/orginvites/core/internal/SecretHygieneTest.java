package dev.orginvites.core.internal;

import static dev.orginvites.core.internal.FaultMatrixTest.assertNoSecret;
import static dev.orginvites.core.internal.FaultMatrixTest.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.testing.TestServers;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens, API keys and bearer tokens never reach an exception's text or the HTTP log, even at BODY level and
 * even when the service quotes them back. Each test also checks that the masked form is there, so that a
 * test passing because nothing was logged is impossible.
 */
final class SecretHygieneTest {
  private final List<String> log = new CopyOnWriteArrayList<>();
  private MockWebServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = TestServers.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  @Test
  void aBodyLevelLogOfALookUpMasksTheTokenTheKeyAndTheBearer() {
    server.enqueue(json(200, "{\"orgName\":\"Acme\",\"note\":\"issued for " + ProbeClient.TOKEN + "\"}"));
    try (ProbeClient client = loggingClient()) {
      assertThat(client.get().orgName).isEqualTo("Acme");
    }
    String text = String.join("\n", log);
    assertThat(text).contains("?token=***&email=", "x-access-token: ██", "Authorization: ██",
        "issued for ***");
    assertNoSecret(text, "HTTP log");
  }

  @Test
  void aBodyLevelLogOfAnActionMasksTheTokenInTheRequestBody() {
    server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));
    try (ProbeClient client = loggingClient()) {
      client.post();
    }
    String text = String.join("\n", log);
    assertThat(text).contains("\"token\":\"***\"");
    assertNoSecret(text, "HTTP log");
  }

  /** A session token the SDK has never seen is still masked: its field name marks it. */
  @Test
  void aSessionTokenInAResponseIsMaskedByItsFieldName() {
    server.enqueue(json(200, "{\"orgName\":\"Acme\",\"token\":\"sess-7e6d5c4b3a29\"}"));
    try (ProbeClient client = loggingClient()) {
      client.get();
    }
    String text = String.join("\n", log);
    assertThat(text).contains("\"token\":\"***\"").doesNotContain("sess-7e6d5c4b3a29");
  }

  @Test
  void anErrorQuotingTheTokenIsMaskedInTheExceptionAndTheLog() {
    server.enqueue(json(404, "{\"type\":\"NotFound\",\"message\":\"no invite for token " + ProbeClient.TOKEN
        + "\"}").setHeader("X-Request-Id", "req-" + ProbeClient.TOKEN));
    try (ProbeClient client = loggingClient()) {
      assertThatThrownBy(client::get).isInstanceOfSatisfying(InviteNotFoundException.class, e -> {
        assertThat(e.serviceMessage()).isEqualTo("no invite for token ***");
        assertThat(e.requestId()).isEqualTo("req-***");
        assertThat(e.path()).isEqualTo("/invites?token=***&email=ann%40example.com");
        assertThat(e.getMessage()).contains("GET /invites?token=***", "HTTP 404", "no invite for token ***");
        assertNoSecret(describe(e), "exception");
      });
    }
    assertNoSecret(String.join("\n", log), "HTTP log");
  }

  /** A token with characters that encode differently on each way it travels is masked in every form. */
  @Test
  void anOddTokenIsMaskedHoweverTheServiceQuotesIt() {
    String odd = "a+b/c d~e\"f&g=h%i";
    String formEncoded = URLEncoder.encode(odd, StandardCharsets.UTF_8);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return json(400, "{\"message\":\"bad " + request.getPath() + " form " + formEncoded
            + " json " + odd.replace("\"", "\\\"") + "\"}");
      }
    });
    try (ProbeClient client = loggingClient()) {
      assertThatThrownBy(() -> client.stack().caller().execute(ProbeClient.LOOK_UP, client.api().lookUp(odd, ProbeClient.EMAIL), odd))
          .isInstanceOfSatisfying(BadRequestException.class, e -> {
            String text = describe(e);
            assertThat(e.serviceMessage()).startsWith("bad /invites?token=***&email=");
            assertThat(text).doesNotContain(odd, formEncoded, "a+b/c", "a%2Bb");
          });
    }
    String text = String.join("\n", log);
    assertThat(text).contains("token=***").doesNotContain(odd, formEncoded, "a%2Bb");
  }

  /** A failure whose own message quotes the URL (an interceptor of a shared client) is masked too. */
  @Test
  void aTransportFailureQuotingTheUrlIsMasked() {
    OkHttpClient shared = new OkHttpClient.Builder().addInterceptor(chain -> {
      throw new IOException("blocked by policy: " + chain.request().url(),
          new IOException("inner " + ProbeClient.TOKEN));
    }).build();
    try (ProbeClient client = ProbeClient.builder().baseUrl(server.url("/").toString()).okHttpClient(shared)
        .retryPolicy(RetryPolicy.disabled()).build()) {
      assertThatThrownBy(client::get).isInstanceOfSatisfying(TransportException.class, e -> {
        assertThat(e.timeout()).isEmpty();
        assertThat(e.getMessage()).contains("blocked by policy", "token=***");
        assertThat(e.getCause()).isNotNull();
        assertThat(e.getCause().getStackTrace()).isNotEmpty();
        assertNoSecret(describe(e), "exception");
      });
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anExceptionsTextNeverShowsTheApiKeyEvenIfTheServiceQuotesIt() {
    server.enqueue(json(400, "{\"message\":\"key " + ProbeClient.API_KEY + " lacks scope\"}"));
    try (ProbeClient client = loggingClient()) {
      assertThatThrownBy(client::post).isInstanceOfSatisfying(InviteApiException.class, e -> {
        assertThat(e.serviceMessage()).isEqualTo("key *** lacks scope");
        assertNoSecret(describe(e), "exception");
      });
    }
    assertNoSecret(String.join("\n", log), "HTTP log");
  }

  private ProbeClient loggingClient() {
    return ProbeClient.builder().baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.disabled())
        .httpLogger(log::add)
        .httpLogLevel(HttpLoggingInterceptor.Level.BODY)
        .build();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }
}
