package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.INVITE_JSON;
import static dev.orginvites.wapikit.WapikitTestSupport.PREFIX;
import static dev.orginvites.wapikit.WapikitTestSupport.inviteResponse;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static dev.orginvites.wapikit.WapikitTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad arguments fail before anything is sent, naming the argument; odd but valid slugs stay one segment. */
class WapikitArgumentsTest extends WapikitTestSupport.ClientTest {
  /** Checked after each test: a refused call must send nothing. */
  private int expectedRequests;

  /** Runs before the client is closed and the server shut down. */
  @AfterEach
  void checkRequestCount() {
    assertThat(server.getRequestCount()).as("requests sent").isEqualTo(expectedRequests);
  }

  static Stream<Arguments> badPaging() {
    return Stream.of(
        Arguments.of(0, 10, "page"),
        Arguments.of(-1, 10, "page"),
        Arguments.of(Integer.MIN_VALUE, 10, "page"),
        Arguments.of(1, 0, "perPage"),
        Arguments.of(1, -5, "perPage"));
  }

  @ParameterizedTest
  @MethodSource("badPaging")
  void listRefusesBadPaging(int page, int perPage, String argument) {
    assertRefused(IllegalArgumentException.class, argument, i -> i.list(page, perPage));
    assertRefused(IllegalArgumentException.class, argument, i -> i.list(page, perPage, SortOrder.DESC));
    assertRefused(IllegalArgumentException.class, argument, i -> i.listAsync(page, perPage));
    assertRefused(IllegalArgumentException.class, argument, i -> i.listAsync(page, perPage, SortOrder.ASC));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void listAllRefusesBadPageSizeAtOnce(int perPage) {
    assertRefused(IllegalArgumentException.class, "perPage", i -> i.listAll(perPage));
    assertRefused(IllegalArgumentException.class, "perPage", i -> i.listAllAsync(perPage));
  }

  @Test
  void createRefusesNullEmail() {
    assertRefused(NullPointerException.class, "email", i -> i.create(null, AccessLevel.MEMBER));
    assertRefused(NullPointerException.class, "email", i -> i.createAsync(null, AccessLevel.MEMBER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "not-an-email", "@example.com", "ann@", "ann@exa\nmple.com", "ann\u0000@x.io"})
  void createRefusesBlankOrInvalidEmail(String email) {
    assertRefused(IllegalArgumentException.class, "email", i -> i.create(email, AccessLevel.MEMBER));
    assertRefused(IllegalArgumentException.class, "email", i -> i.createAsync(email, AccessLevel.OWNER));
  }

  @Test
  void createRefusesNullAccessLevel() {
    assertRefused(NullPointerException.class, "accessLevel", i -> i.create("ann@example.com", null));
    assertRefused(NullPointerException.class, "accessLevel", i -> i.createAsync("ann@example.com", null));
  }

  @Test
  void createRefusesUnknownAccessLevel() {
    assertRefused(IllegalArgumentException.class, "accessLevel", i -> i.create("ann@example.com", AccessLevel.UNKNOWN));
    assertRefused(IllegalArgumentException.class, "accessLevel",
        i -> i.createAsync("ann@example.com", AccessLevel.UNKNOWN));
  }

  @Test
  void listRefusesUnknownSortOrder() {
    assertRefused(IllegalArgumentException.class, "sort", i -> i.list(1, 10, SortOrder.UNKNOWN));
    assertRefused(IllegalArgumentException.class, "sort", i -> i.listAsync(1, 10, SortOrder.UNKNOWN));
  }

  @Test
  void slugMustNotBeNull() {
    assertSlugRefused(NullPointerException.class, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", ".", "..", "a/b", "/", "a\\b", "a b", " abc", "abc\n", "a\rb", "a\u0000b",
      "a\u0007b", "a\u007fb", "a\u0085b", "a\u2028b", "a\u3000b"})
  void slugMustBeOnePlainPathSegment(String slug) {
    assertSlugRefused(IllegalArgumentException.class, slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a%b?c#d", "a%2Fb", "%2e%2e", "caf\u00e9-\u65e5\u672c", "\ud83c\udf89party", "a+b=c;d,e",
      "x&y=z", "...", ".a", "[v]{w}|<>^`\"'", "~!$*()@:"})
  void specialCharactersArePercentEncodedIntoExactlyOneSegment(String slug) {
    expectedRequests = 2;
    server.enqueue(inviteResponse(INVITE_JSON));
    server.enqueue(json(200, "{\"token\":\"sess-123456\"}"));

    invites.get(slug);
    invites.accept(slug);

    RecordedRequest get = take(server);
    assertThat(get.getRequestUrl().pathSegments()).containsExactly("wapikit", "api", "organization", "invite", slug);
    assertThat(get.getRequestUrl().querySize()).isZero();
    assertThat(get.getRequestUrl().fragment()).isNull();
    RecordedRequest accept = take(server);
    assertThat(accept.getRequestUrl().pathSegments())
        .containsExactly("wapikit", "api", "organization", "invite", slug, "accept");
    assertThat(accept.getRequestUrl().querySize()).isZero();
  }

  @Test
  void aSlugOfPercentEscapesIsNotDecodedBeforeSending() {
    expectedRequests = 1;
    server.enqueue(inviteResponse(INVITE_JSON));

    invites.get("%2e%2e");

    assertThat(take(server).getPath()).isEqualTo(PREFIX + "/organization/invite/%252e%252e");
  }

  private void assertSlugRefused(Class<? extends RuntimeException> type, String slug) {
    assertRefused(type, "slug", i -> i.get(slug));
    assertRefused(type, "slug", i -> i.getAsync(slug));
    assertRefused(type, "slug", i -> i.accept(slug));
    assertRefused(type, "slug", i -> i.acceptAsync(slug));
  }

  /** The call throws {@code type} naming {@code argument} before returning anything, future included. */
  private void assertRefused(Class<? extends RuntimeException> type, String argument, Consumer<WapikitInvites> call) {
    assertThatThrownBy(() -> call.accept(invites))
        .isInstanceOf(type)
        .hasMessageStartingWith(argument + " ");
  }
}
