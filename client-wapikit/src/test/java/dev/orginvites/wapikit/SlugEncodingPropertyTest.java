package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.API_KEY;
import static dev.orginvites.wapikit.WapikitTestSupport.INVITE_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Any slug the argument check accepts reaches the server as exactly one path segment that decodes back to it;
 * any slug holding a separator, whitespace or control character is refused before sending.
 */
class SlugEncodingPropertyTest {
  private static MockWebServer server;
  private static WapikitClient client;

  @BeforeContainer
  static void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getMethod().equals("POST")
            ? "{\"token\":\"sess-123456\"}"
            : "{\"invite\":" + INVITE_JSON + "}";
        // A fresh connection per try: on a reused one each exchange took ~40 ms here (TCP delayed ACK).
        return WapikitTestSupport.json(200, body).setHeader("Connection", "close");
      }
    });
    server.start();
    client = WapikitClient.builder().apiKey(API_KEY).baseUrl(server.url(WapikitTestSupport.PREFIX).toString()).build();
  }

  @AfterContainer
  static void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    server.shutdown();
  }

  @Property(tries = 100)
  void getSendsTheSlugAsOneSegment(@ForAll("validSlugs") String slug) throws InterruptedException {
    client.invites().get(slug);

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getRequestUrl().pathSegments()).containsExactly("wapikit", "api", "organization", "invite", slug);
    assertThat(request.getRequestUrl().querySize()).isZero();
  }

  @Property(tries = 100)
  void acceptSendsTheSlugAsOneSegment(@ForAll("validSlugs") String slug) throws InterruptedException {
    assertThat(client.invites().accept(slug).slug()).isEqualTo(slug);

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getRequestUrl().pathSegments())
        .containsExactly("wapikit", "api", "organization", "invite", slug, "accept");
  }

  @Property(tries = 100)
  void slugsWithSeparatorsOrInvisibleCharactersAreRefused(@ForAll("invalidSlugs") String slug) {
    int before = server.getRequestCount();

    assertThatThrownBy(() -> client.invites().get(slug)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("slug ");
    assertThatThrownBy(() -> client.invites().accept(slug)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("slug ");
    assertThat(server.getRequestCount()).isEqualTo(before);
  }

  @Provide
  Arbitrary<String> validSlugs() {
    return Arbitraries.strings()
        .withCharRange('!', '~')
        .withCharRange('\u00a0', '\u024f')
        .withCharRange('\u4e00', '\u4e3f')
        .ofMinLength(1)
        .ofMaxLength(24)
        .filter(s -> s.indexOf('/') < 0 && s.indexOf('\\') < 0 && !s.equals(".") && !s.equals(".."));
  }

  @Provide
  Arbitrary<String> invalidSlugs() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').withChars('%', '?', '#').ofMaxLength(8);
    Arbitrary<Character> bad = Arbitraries.of('/', '\\', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u0085',
        '\u2028', '\u3000');
    return Combinators.combine(part, bad, part).as((a, c, b) -> a + c + b);
  }
}
