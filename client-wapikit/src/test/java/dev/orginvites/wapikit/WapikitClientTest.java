package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.API_KEY;
import static dev.orginvites.wapikit.WapikitTestSupport.await;
import static dev.orginvites.wapikit.WapikitTestSupport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.SortOrder;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's checks, toString and the client's lifecycle. */
class WapikitClientTest {
  @Test
  void apiKeyIsRequired() {
    assertThatThrownBy(() -> WapikitClient.builder().baseUrl("https://api.example.com/api").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
  }

  @Test
  void nullApiKeyIsRefused() {
    assertThatThrownBy(() -> WapikitClient.builder().apiKey(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("apiKey");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "wk_live secret", "wk_live\tSECRETPART", "wk_live\nX-Injected: SECRETPART",
      "wk_live\u0000SECRETPART", "wk_live\u007fSECRETPART", "wk_live_\u00e9SECRETPART"})
  void apiKeyWithSpacesOrControlCharactersIsRefusedWithoutEchoingIt(String key) {
    assertThatThrownBy(() -> WapikitClient.builder().apiKey(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKey ")
        .hasMessageNotContaining("SECRETPART")
        .hasMessageNotContaining("secret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com", "http://example.com/wapikit/api", "http://10.0.0.5:8080/api",
      "http://0.0.0.0:8080/api", "http://localhost.example.com/api", "http://127.0.0.1.nip.io/api",
      "http://[2001:db8::1]/api"})
  void plainHttpToAnotherHostIsRefused(String baseUrl) {
    assertThatThrownBy(() -> WapikitClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("allowInsecureHttp")
        .hasMessageNotContaining(API_KEY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com", "http://10.0.0.5:8080/api"})
  void plainHttpToAnotherHostIsAllowedWhenAskedFor(String baseUrl) {
    assertThatCode(() -> {
      try (WapikitClient client = WapikitClient.builder().apiKey(API_KEY).baseUrl(baseUrl).allowInsecureHttp(true)
          .build()) {
        assertThat(client.invites()).isNotNull();
      }
    }).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/wapikit/api", "http://127.1.2.3/api", "http://localhost:9/api",
      "http://LOCALHOST/api", "http://sandbox.localhost/api", "http://[::1]:8080/wapikit/api",
      "https://api.example.com/api", "https://10.0.0.5/api"})
  void loopbackHttpAndAnyHttpsAreAllowed(String baseUrl) {
    assertThatCode(() -> WapikitClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build().close())
        .doesNotThrowAnyException();
  }

  @Test
  void defaultsToTheProductionHttpsApi() {
    assertThat(WapikitClient.DEFAULT_BASE_URL).isEqualTo("https://api.wapikit.com/api");
    assertThatCode(() -> WapikitClient.builder().apiKey(API_KEY).build().close()).doesNotThrowAnyException();
  }

  @Test
  void toStringHidesTheKeyAndShowsWhetherClosed() {
    WapikitClient client = WapikitClient.builder().apiKey(API_KEY).build();
    assertThat(client.toString()).doesNotContain(API_KEY).contains("***").contains("closed=false");

    client.close();

    assertThat(client.toString()).doesNotContain(API_KEY).contains("closed=true");
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of("list", (Function<WapikitInvites, Object>) i -> i.list(1, 10)),
        Arguments.of("list sorted", (Function<WapikitInvites, Object>) i -> i.list(1, 10, SortOrder.ASC)),
        Arguments.of("listAll", (Function<WapikitInvites, Object>) i -> i.listAll().findFirst()),
        Arguments.of("create", (Function<WapikitInvites, Object>) i -> i.create("a@b.io", AccessLevel.MEMBER)),
        Arguments.of("get", (Function<WapikitInvites, Object>) i -> i.get("abc")),
        Arguments.of("accept", (Function<WapikitInvites, Object>) i -> i.accept("abc")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void callsAfterCloseThrowIllegalStateAndSendNothing(String name, Function<WapikitInvites, Object> call)
      throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      WapikitClient client = clientFor(server, new RecordingSleeper()).build();
      client.close();
      client.close();

      assertThatThrownBy(() -> call.apply(client.invites())).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  static Stream<Arguments> asyncCalls() {
    return Stream.of(
        Arguments.of("listAsync", (Function<WapikitInvites, CompletableFuture<?>>) i -> i.listAsync(1, 10)),
        Arguments.of("listAllAsync", (Function<WapikitInvites, CompletableFuture<?>>) WapikitInvites::listAllAsync),
        Arguments.of("createAsync",
            (Function<WapikitInvites, CompletableFuture<?>>) i -> i.createAsync("a@b.io", AccessLevel.OWNER)),
        Arguments.of("getAsync", (Function<WapikitInvites, CompletableFuture<?>>) i -> i.getAsync("abc")),
        Arguments.of("acceptAsync", (Function<WapikitInvites, CompletableFuture<?>>) i -> i.acceptAsync("abc")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("asyncCalls")
  void asyncCallsAfterCloseFailWithIllegalStateAndSendNothing(String name,
      Function<WapikitInvites, CompletableFuture<?>> call) throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      WapikitClient client = clientFor(server, new RecordingSleeper()).build();
      client.close();

      assertThatThrownBy(() -> await(call.apply(client.invites()))).isInstanceOf(IllegalStateException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
