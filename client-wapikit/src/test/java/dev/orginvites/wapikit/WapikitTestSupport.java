package dev.orginvites.wapikit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orginvites.core.testing.RecordingSleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Shared fixtures of the client-wapikit tests: a client pointed at a MockWebServer, canned bodies, helpers. */
final class WapikitTestSupport {
  /** Long and full of characters that percent-encoding changes, so both raw and encoded echoes are caught. */
  static final String API_KEY = "wk_test+Key/9f8e7d6c=";
  /** The path prefix of the base URL, as a sandbox or gateway would mount the API. */
  static final String PREFIX = "/wapikit/api";
  static final String INVITES_PATH = PREFIX + "/organization/invites";

  static final String INVITE_JSON = "{\"uniqueId\":\"inv_1\",\"email\":\"ann@example.com\",\"accessLevel\":\"Member\","
      + "\"createdAt\":\"2024-03-05T10:15:30+05:30\",\"status\":\"Pending\",\"organizationName\":\"Acme\"}";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WapikitTestSupport() {}

  /** A builder for a client of {@code server} under {@link #PREFIX}, whose retry waits return at once. */
  static WapikitClient.Builder clientFor(MockWebServer server, RecordingSleeper sleeper) {
    return WapikitClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url(PREFIX).toString())
        .callTimeout(Duration.ofSeconds(10))
        .sleeper(sleeper);
  }

  /**
   * Base of the tests that call through one client of a MockWebServer. Before each test the server starts and
   * {@link #clientBuilder(MockWebServer)} builds the client; after it the client is closed, then the server
   * shuts down.
   */
  abstract static class ClientTest {
    final MockWebServer server = new MockWebServer();
    WapikitClient client;
    WapikitInvites invites;

    /** The client under test, configured; by default {@link #clientFor} with a fresh {@link RecordingSleeper}. */
    WapikitClient.Builder clientBuilder(MockWebServer server) {
      return clientFor(server, new RecordingSleeper());
    }

    @BeforeEach
    void startServerAndClient() throws IOException {
      server.start();
      client = clientBuilder(server).build();
      invites = client.invites();
    }

    @AfterEach
    void stopClientAndServer() throws IOException {
      client.close();
      server.shutdown();
    }
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  static MockResponse inviteResponse(String invite) {
    return json(200, "{\"invite\":" + invite + "}");
  }

  /** An invite body with the given id and email, everything else as in {@link #INVITE_JSON}. */
  static String invite(String uniqueId, String email) {
    return "{\"uniqueId\":\"" + uniqueId + "\",\"email\":\"" + email + "\",\"accessLevel\":\"Member\","
        + "\"createdAt\":\"2024-03-05T10:15:30Z\",\"status\":\"Pending\",\"organizationName\":\"Acme\"}";
  }

  /** The next request the server received; fails instead of hanging when none arrives. */
  static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The headers every call must carry. */
  static void assertStandardHeaders(RecordedRequest request) {
    assertThat(request.getHeader("x-access-token")).isEqualTo(API_KEY);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).matches("org-invites-java/[^ $]+ \\(wapikit; Java [0-9.]+\\)");
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a call synchronously or through its async twin, so one test body covers both. */
  enum Mode {
    SYNC,
    ASYNC;

    /** The result; an async failure is rethrown as the exception the future failed with. */
    <T> T run(Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
      if (this == SYNC) {
        return sync.get();
      }
      return await(async.get());
    }
  }

  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError("future failed with a checked exception", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (TimeoutException e) {
      throw new AssertionError("future did not complete", e);
    }
  }
}
