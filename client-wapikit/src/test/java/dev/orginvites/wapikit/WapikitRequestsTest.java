package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.INVITES_PATH;
import static dev.orginvites.wapikit.WapikitTestSupport.INVITE_JSON;
import static dev.orginvites.wapikit.WapikitTestSupport.PREFIX;
import static dev.orginvites.wapikit.WapikitTestSupport.assertStandardHeaders;
import static dev.orginvites.wapikit.WapikitTestSupport.clientFor;
import static dev.orginvites.wapikit.WapikitTestSupport.inviteResponse;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static dev.orginvites.wapikit.WapikitTestSupport.take;
import static dev.orginvites.wapikit.WapikitTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.Page;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wapikit.model.SortOrder;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exact request each operation sends, sync and async, under a base URL with a path prefix. */
class WapikitRequestsTest extends WapikitTestSupport.ClientTest {
  private static final String PAGE_JSON =
      "{\"invites\":[" + INVITE_JSON + "],\"paginationMeta\":{\"page\":1,\"per_page\":50,\"total\":1}}";

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listSendsPageAndPerPageWithoutSort(Mode mode) {
    server.enqueue(json(200, PAGE_JSON));

    Page<OrganizationMemberInvite> page = mode.run(() -> invites.list(3, 25), () -> invites.listAsync(3, 25));

    assertThat(page.items()).extracting(OrganizationMemberInvite::getUniqueId).containsExactly("inv_1");
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    HttpUrl url = request.getRequestUrl();
    assertThat(url.encodedPath()).isEqualTo(INVITES_PATH);
    assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("page", "per_page");
    assertThat(url.queryParameter("page")).isEqualTo("3");
    assertThat(url.queryParameter("per_page")).isEqualTo("25");
    assertThat(url.queryParameter("sortBy")).isNull();
    assertStandardHeaders(request);
    assertThat(request.getBodySize()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listSendsSortAscending(Mode mode) {
    server.enqueue(json(200, PAGE_JSON));

    mode.run(() -> invites.list(1, 10, SortOrder.ASC), () -> invites.listAsync(1, 10, SortOrder.ASC));

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(INVITES_PATH);
    assertThat(request.getRequestUrl().queryParameter("page")).isEqualTo("1");
    assertThat(request.getRequestUrl().queryParameter("per_page")).isEqualTo("10");
    assertThat(request.getRequestUrl().queryParameter("sortBy")).isEqualTo("asc");
    assertStandardHeaders(request);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listSendsSortDescending(Mode mode) {
    server.enqueue(json(200, PAGE_JSON));

    mode.run(() -> invites.list(2, 5, SortOrder.DESC), () -> invites.listAsync(2, 5, SortOrder.DESC));

    RecordedRequest request = take(server);
    assertThat(request.getRequestUrl().queryParameter("page")).isEqualTo("2");
    assertThat(request.getRequestUrl().queryParameter("per_page")).isEqualTo("5");
    assertThat(request.getRequestUrl().queryParameter("sortBy")).isEqualTo("desc");
    assertStandardHeaders(request);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listWithNullSortSendsNoSortBy(Mode mode) {
    server.enqueue(json(200, PAGE_JSON));

    mode.run(() -> invites.list(1, 10, null), () -> invites.listAsync(1, 10, null));

    assertThat(take(server).getRequestUrl().queryParameterNames()).containsExactlyInAnyOrder("page", "per_page");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createPostsEmailAndAccessLevelAsJson(Mode mode) {
    server.enqueue(inviteResponse(INVITE_JSON));

    OrganizationMemberInvite created = mode.run(() -> invites.create("ann@example.com", AccessLevel.MEMBER),
        () -> invites.createAsync("ann@example.com", AccessLevel.MEMBER));

    assertThat(created.getUniqueId()).isEqualTo("inv_1");
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(INVITES_PATH);
    assertThat(request.getRequestUrl().querySize()).isZero();
    assertStandardHeaders(request);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(tree(request.getBody().readUtf8()))
        .isEqualTo(tree("{\"email\":\"ann@example.com\",\"accessLevel\":\"Member\"}"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createSendsOwnerAccessLevel(Mode mode) {
    server.enqueue(inviteResponse(INVITE_JSON));

    mode.run(() -> invites.create("bob+team@example.org", AccessLevel.OWNER),
        () -> invites.createAsync("bob+team@example.org", AccessLevel.OWNER));

    assertThat(tree(take(server).getBody().readUtf8()))
        .isEqualTo(tree("{\"email\":\"bob+team@example.org\",\"accessLevel\":\"Owner\"}"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getRequestsTheSlugPath(Mode mode) {
    server.enqueue(inviteResponse(INVITE_JSON));

    OrganizationMemberInvite invite = mode.run(() -> invites.get("3f2a9c1e"), () -> invites.getAsync("3f2a9c1e"));

    assertThat(invite.getEmail()).isEqualTo("ann@example.com");
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(PREFIX + "/organization/invite/3f2a9c1e");
    assertThat(request.getRequestUrl().querySize()).isZero();
    assertStandardHeaders(request);
    assertThat(request.getBodySize()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void acceptPostsWithoutBody(Mode mode) {
    server.enqueue(json(200, "{\"token\":\"sess-0123456789\"}"));

    AcceptedInvite accepted = mode.run(() -> invites.accept("3f2a9c1e"), () -> invites.acceptAsync("3f2a9c1e"));

    assertThat(accepted.slug()).isEqualTo("3f2a9c1e");
    assertThat(accepted.sessionToken()).isEqualTo("sess-0123456789");
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(PREFIX + "/organization/invite/3f2a9c1e/accept");
    assertThat(request.getRequestUrl().querySize()).isZero();
    assertStandardHeaders(request);
    assertThat(request.getBodySize()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void applicationNamePrefixesTheUserAgent(Mode mode) {
    try (WapikitClient named = clientFor(server, new RecordingSleeper()).applicationName("onboarding/2.3").build()) {
      server.enqueue(inviteResponse(INVITE_JSON));

      mode.run(() -> named.invites().get("abc"), () -> named.invites().getAsync("abc"));

      assertThat(take(server).getHeader("User-Agent"))
          .matches("onboarding/2\\.3 org-invites-java/\\S+ \\(wapikit; Java [0-9.]+\\)");
    }
  }
}
