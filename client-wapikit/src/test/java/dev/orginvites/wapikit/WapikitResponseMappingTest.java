package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.API_KEY;
import static dev.orginvites.wapikit.WapikitTestSupport.INVITES_PATH;
import static dev.orginvites.wapikit.WapikitTestSupport.INVITE_JSON;
import static dev.orginvites.wapikit.WapikitTestSupport.invite;
import static dev.orginvites.wapikit.WapikitTestSupport.inviteResponse;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.Page;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.InviteStatus;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How response bodies become models: tolerant of drift, strict about the field each call is for. */
class WapikitResponseMappingTest extends WapikitTestSupport.ClientTest {
  @Override
  WapikitClient.Builder clientBuilder(MockWebServer server) {
    return super.clientBuilder(server).retryPolicy(RetryPolicy.disabled());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void inviteFieldsAreReadAndTheOffsetIsKept(Mode mode) {
    server.enqueue(inviteResponse(INVITE_JSON));

    OrganizationMemberInvite invite = mode.run(() -> invites.get("abc"), () -> invites.getAsync("abc"));

    assertThat(invite.getUniqueId()).isEqualTo("inv_1");
    assertThat(invite.getEmail()).isEqualTo("ann@example.com");
    assertThat(invite.getAccessLevel()).isSameAs(AccessLevel.MEMBER);
    assertThat(invite.getAccessLevelRaw()).isEqualTo("Member");
    assertThat(invite.getStatus()).isSameAs(InviteStatus.PENDING);
    assertThat(invite.getStatusRaw()).isEqualTo("Pending");
    assertThat(invite.getOrganizationName()).isEqualTo("Acme");
    assertThat(invite.getCreatedAt())
        .isEqualTo(OffsetDateTime.of(2024, 3, 5, 10, 15, 30, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(invite.getCreatedAt().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
  }

  @Test
  void negativeOffsetAndFractionalSecondsAreKept() {
    server.enqueue(inviteResponse("{\"uniqueId\":\"inv_9\",\"createdAt\":\"2023-11-07T05:31:56.123-08:00\"}"));

    OffsetDateTime createdAt = invites.get("abc").getCreatedAt();

    assertThat(createdAt.getOffset()).isEqualTo(ZoneOffset.ofHours(-8));
    assertThat(createdAt.getNano()).isEqualTo(123_000_000);
    assertThat(createdAt.toInstant()).isEqualTo(OffsetDateTime.parse("2023-11-07T13:31:56.123Z").toInstant());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unknownFieldsAreIgnoredEverywhere(Mode mode) {
    server.enqueue(json(200, "{\"requestId\":\"r-1\",\"invite\":{\"uniqueId\":\"inv_1\",\"email\":\"ann@example.com\","
        + "\"invitedBy\":{\"id\":7,\"tags\":[1,2]},\"expiresAt\":null,\"accessLevel\":\"Owner\"},\"extra\":[true]}"));

    OrganizationMemberInvite invite = mode.run(() -> invites.get("abc"), () -> invites.getAsync("abc"));

    assertThat(invite.getUniqueId()).isEqualTo("inv_1");
    assertThat(invite.getAccessLevel()).isSameAs(AccessLevel.OWNER);
    assertThat(invite.getStatus()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unknownEnumValuesKeepTheirRawString(Mode mode) {
    server.enqueue(inviteResponse("{\"uniqueId\":\"inv_1\",\"accessLevel\":\"Billing-Admin\",\"status\":\"Revoked\"}"));

    OrganizationMemberInvite invite = mode.run(() -> invites.get("abc"), () -> invites.getAsync("abc"));

    assertThat(invite.getAccessLevel()).isSameAs(AccessLevel.UNKNOWN);
    assertThat(invite.getAccessLevelRaw()).isEqualTo("Billing-Admin");
    assertThat(invite.getAccessLevel()).isNotEqualTo(AccessLevel.OWNER).isNotEqualTo(AccessLevel.MEMBER);
    assertThat(invite.getStatus()).isSameAs(InviteStatus.UNKNOWN);
    assertThat(invite.getStatusRaw()).isEqualTo("Revoked");
  }

  @Test
  void enumValuesIgnoreCaseAndKeepTheStringAsSent() {
    server.enqueue(inviteResponse("{\"accessLevel\":\"member\",\"status\":\"PENDING\"}"));

    OrganizationMemberInvite invite = invites.get("abc");

    assertThat(invite.getAccessLevel()).isSameAs(AccessLevel.MEMBER);
    assertThat(invite.getAccessLevelRaw()).isEqualTo("member");
    assertThat(invite.getStatus()).isSameAs(InviteStatus.PENDING);
    assertThat(invite.getStatusRaw()).isEqualTo("PENDING");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void pageReadsPaginationMeta(Mode mode) {
    server.enqueue(json(200, "{\"invites\":[" + invite("inv_11", "k@x.io") + "," + invite("inv_12", "l@x.io")
        + "],\"paginationMeta\":{\"page\":2,\"per_page\":10,\"total\":25,\"pages\":3}}"));

    Page<OrganizationMemberInvite> page = mode.run(() -> invites.list(2, 10), () -> invites.listAsync(2, 10));

    assertThat(page.items()).extracting(OrganizationMemberInvite::getUniqueId).containsExactly("inv_11", "inv_12");
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.perPage()).isEqualTo(10);
    assertThat(page.total()).hasValue(25);
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void theLastPageByTotalHasNoNextPage() {
    server.enqueue(json(200, "{\"invites\":[" + invite("inv_21", "k@x.io")
        + "],\"paginationMeta\":{\"page\":3,\"per_page\":10,\"total\":21}}"));

    Page<OrganizationMemberInvite> page = invites.list(3, 10);

    assertThat(page.total()).hasValue(21);
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void pageNumbersTheServiceReportsWinOverTheRequestedOnes() {
    server.enqueue(json(200, "{\"invites\":[" + invite("inv_1", "k@x.io")
        + "],\"paginationMeta\":{\"page\":1,\"per_page\":1,\"total\":2}}"));

    Page<OrganizationMemberInvite> page = invites.list(1, 100);

    assertThat(page.perPage()).isEqualTo(1);
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void pageWithoutPaginationMetaUsesTheRequestAndAFullPageMayHaveMore() {
    server.enqueue(json(200, "{\"invites\":[" + invite("inv_1", "a@x.io") + "," + invite("inv_2", "b@x.io") + "]}"));

    Page<OrganizationMemberInvite> page = invites.list(4, 2);

    assertThat(page.page()).isEqualTo(4);
    assertThat(page.perPage()).isEqualTo(2);
    assertThat(page.total()).isEmpty();
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void pageWithoutPaginationMetaThatIsShortIsTheLast() {
    server.enqueue(json(200, "{\"invites\":[" + invite("inv_1", "a@x.io") + "]}"));

    Page<OrganizationMemberInvite> page = invites.list(1, 2);

    assertThat(page.total()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void emptyPageHasNoNextPageWhateverTheTotalSays() {
    server.enqueue(json(200, "{\"invites\":[],\"paginationMeta\":{\"page\":3,\"per_page\":10,\"total\":500}}"));

    Page<OrganizationMemberInvite> page = invites.list(3, 10);

    assertThat(page.items()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void nullEntriesInTheInvitesArrayAreDropped() {
    server.enqueue(json(200, "{\"invites\":[null," + invite("inv_1", "a@x.io") + ",null]}"));

    assertThat(invites.list(1, 10).items()).extracting(OrganizationMemberInvite::getUniqueId)
        .containsExactly("inv_1");
  }

  @Test
  void pageInvitesAreImmutable() {
    server.enqueue(json(200, "{\"invites\":[" + invite("inv_1", "a@x.io") + "]}"));

    Page<OrganizationMemberInvite> page = invites.list(1, 10);

    assertThatThrownBy(() -> page.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(page.toString()).contains("page=1").contains("items=1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void acceptReadsTheSessionTokenAndToStringHidesIt(Mode mode) {
    server.enqueue(json(200, "{\"token\":\"sess_S3cr3tT0ken\",\"organizationId\":\"org_1\"}"));

    AcceptedInvite accepted = mode.run(() -> invites.accept("slug-1"), () -> invites.acceptAsync("slug-1"));

    assertThat(accepted.sessionToken()).isEqualTo("sess_S3cr3tT0ken");
    assertThat(accepted.slug()).isEqualTo("slug-1");
    assertThat(accepted.toString()).doesNotContain("sess_S3cr3tT0ken").contains("***").contains("slug-1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getWithoutInviteFieldIsMalformed(Mode mode) {
    server.enqueue(json(200, "{\"message\":\"ok\"}"));

    assertThatThrownBy(() -> mode.run(() -> invites.get("abc"), () -> invites.getAsync("abc")))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'invite'")
        .satisfies(e -> {
          MalformedResponseException malformed = (MalformedResponseException) e;
          assertThat(malformed.statusCode()).isEqualTo(200);
          assertThat(malformed.method()).isEqualTo("GET");
          assertThat(malformed.path()).isEqualTo("/wapikit/api/organization/invite/abc");
        });
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createWithNullInviteIsMalformed(Mode mode) {
    server.enqueue(json(200, "{\"invite\":null}"));

    assertThatThrownBy(() -> mode.run(() -> invites.create("a@b.io", AccessLevel.MEMBER),
        () -> invites.createAsync("a@b.io", AccessLevel.MEMBER)))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'invite'");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"token\":null}", "{\"token\":\"\"}", "{\"sessionToken\":\"abc\"}"})
  void acceptWithoutTokenIsMalformed(String body) {
    server.enqueue(json(200, body));

    assertThatThrownBy(() -> invites.accept("slug-1"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'token'");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listWithoutInvitesIsMalformed(Mode mode) {
    server.enqueue(json(200, "{\"paginationMeta\":{\"page\":1,\"per_page\":10,\"total\":0}}"));

    assertThatThrownBy(() -> mode.run(() -> invites.list(1, 10), () -> invites.listAsync(1, 10)))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'invites'")
        .satisfies(e -> assertThat(((MalformedResponseException) e).path())
            .isEqualTo(INVITES_PATH + "?page=1&per_page=10"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "null", "<html><title>502 Bad Gateway</title></html>", "{\"invite\":",
      "{\"invite\":{\"createdAt\":\"yesterday\"}}", "[]"})
  void unreadableSuccessBodiesAreMalformed(String body) {
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setBody(body));

    assertThatThrownBy(() -> invites.get("abc"))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).statusCode()).isEqualTo(200))
        .satisfies(e -> assertThat(e.toString()).doesNotContain(API_KEY));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
