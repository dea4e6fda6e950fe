package dev.orginvites.wnology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.Sleeper;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.core.testing.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Shared fixtures: clients pointed at a MockWebServer under a path prefix, canned responses, request decoding. */
final class TestClients {
  /** The prefix every client in these tests is mounted under, so that a lost base path shows as a wrong path. */
  static final String PREFIX = "/wnology/";
  static final String INVITES_PATH = "/wnology/invites";

  /** A plain ObjectMapper, independent of the SDK's own, to read what went over the wire. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private TestClients() {}

  /** A MockWebServer whose connections send small writes at once (property tests make thousands of calls). */
  static MockWebServer newServer() {
    return TestServers.noDelay();
  }

  /** A client with retries off, so each call is exactly one exchange. */
  static WnologyClient client(MockWebServer server) {
    return client(server, RetryPolicy.disabled(), new RecordingSleeper());
  }

  static WnologyClient client(MockWebServer server, RetryPolicy policy, Sleeper sleeper) {
    return WnologyClient.builder()
        .baseUrl(server.url(PREFIX).toString())
        .retryPolicy(policy)
        .sleeper(sleeper)
        .callTimeout(Duration.ofSeconds(10))
        .build();
  }

  static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  static MockResponse text(int status, String contentType, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", contentType).setBody(body);
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The POST body the contract requires, as a tree (property order does not matter). */
  static ObjectNode actionBody(String token, String email, boolean accept) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("email", email);
    body.put("token", token);
    body.put("accept", accept);
    return body;
  }

  static JsonNode bodyOf(RecordedRequest request) {
    try {
      return MAPPER.readTree(request.getBody().clone().readByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The query parameters exactly as a form-decoding server reads them ('+' is a space), from the raw request
   * target: a client that left '+' or '&' unescaped shows up here as a changed value.
   */
  static Map<String, List<String>> decodedQuery(RecordedRequest request) {
    String target = request.getPath();
    int question = target.indexOf('?');
    if (question < 0) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : target.substring(question + 1).split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return params;
  }

  /**
   * Base of the tests that need a started {@link #newServer() server} for each test; it is shut down after
   * the test.
   */
  abstract static class ServerTest {
    final MockWebServer server = newServer();

    @BeforeEach
    void startServer() throws IOException {
      server.start();
    }

    @AfterEach
    void stopServer() throws IOException {
      server.shutdown();
    }
  }

  /**
   * Base of the tests that call through one client of the {@link ServerTest#server server}, built by {@link
   * #newClient(MockWebServer)} before each test and closed after it (before the server stops).
   */
  abstract static class ClientTest extends ServerTest {
    WnologyClient client;

    /** The client under test, once the server has started; by default {@link #client(MockWebServer)}. */
    WnologyClient newClient(MockWebServer server) {
      return client(server);
    }

    @BeforeEach
    void startClient() {
      client = newClient(server);
    }

    @AfterEach
    void stopClient() {
      client.close();
    }
  }
}
