package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.bodyOf;
import static dev.orginvites.wnology.TestClients.decodedQuery;
import static dev.orginvites.wnology.TestClients.json;
import static dev.orginvites.wnology.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What goes over the wire for every organization call: what the platform's official JavaScript client sends for
 * the same operation (method, path under the base path, the {@code _actions=false&_links=true&_embedded=true}
 * decorations, {@code Accept: application/json}, the API token as {@code Authorization: Bearer}, the JSON body).
 */
class WnologyOrgRequestTest extends TestClients.ClientTest {
  static List<OrgCall> calls() {
    return OrgCall.all();
  }

  @Override
  WnologyClient newClient(MockWebServer server) {
    return OrgCall.client(server);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsExactlyTheRequestOfTheOfficialClient(OrgCall call) throws Exception {
    server.enqueue(json(200, call.answer));

    Object value = call.value(client.org(OrgCall.ORG));

    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo(call.method);
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(TestClients.PREFIX + call.path);
    assertThat(decodedQuery(request)).isEqualTo(call.expectedQuery());
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + OrgCall.API_TOKEN);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).startsWith("org-invites-java/");
    assertThat(request.getHeader("x-access-token")).isNull();
    if (call.body == null) {
      assertThat(request.getBodySize()).isZero();
      assertThat(request.getHeader("Content-Type")).isNull();
    } else {
      MediaType contentType = MediaType.parse(request.getHeader("Content-Type"));
      assertThat(contentType).isNotNull();
      assertThat(contentType.type() + "/" + contentType.subtype()).isEqualTo("application/json");
      assertThat(contentType.charset()).isIn(null, StandardCharsets.UTF_8);
      // Exactly these properties: a list left empty is left out, not sent as [].
      assertThat(bodyOf(request)).isEqualTo(tree(call.body));
    }
    call.checkValue(value);
  }

  @Test
  void theInvitedPersonsCallsNeverCarryTheToken() throws Exception {
    server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));
    server.enqueue(json(200, "{\"accepted\":true,\"orgId\":\"" + OrgCall.ORG + "\"}"));

    client.invites().get("invite-token", OrgCall.EMAIL);
    client.invites().acceptAsync("invite-token", OrgCall.EMAIL).get(5, TimeUnit.SECONDS);

    for (int i = 0; i < 2; i++) {
      RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
      assertThat(request.getRequestUrl().encodedPath()).isEqualTo(TestClients.INVITES_PATH);
      assertThat(request.getHeader("Authorization")).isNull();
      assertThat(request.getRequestUrl().queryParameter("_links")).isNull();
    }
  }

  @Test
  void keepsTheBaseUrlPathPrefixForTheOrganizationsCalls() throws Exception {
    server.enqueue(json(200, "[]"));
    try (WnologyClient prefixed = WnologyClient.builder()
        .baseUrl(server.url("/deep/prefix").toString())
        .apiToken(OrgCall.API_TOKEN)
        .retryPolicy(dev.orginvites.core.RetryPolicy.disabled())
        .build()) {
      assertThat(prefixed.org(OrgCall.ORG).invites().pending()).isEmpty();
    }
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/deep/prefix/orgs/" + OrgCall.ORG + "/invites");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + OrgCall.API_TOKEN);
  }

  @Test
  void uppercaseHexIdsAreSentAsGiven() throws Exception {
    server.enqueue(json(200, "[]"));

    client.org(OrgCall.ORG.toUpperCase()).invites().revoke(OrgCall.INVITE_ID.toUpperCase());

    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getRequestUrl().encodedPath()).contains(OrgCall.ORG.toUpperCase());
    assertThat(request.getRequestUrl().queryParameter("inviteId")).isEqualTo(OrgCall.INVITE_ID.toUpperCase());
  }

  @Test
  void theNewInviteIsPickedByItsEmailIgnoringCaseOutOfEveryPendingInvite() throws Exception {
    String others = "{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"email\":\"zed@example.com\",\"role\":\"view\"}";
    server.enqueue(json(200, "[" + others + ",{\"id\":\"" + OrgCall.INVITE_ID + "\",\"email\":\""
        + OrgCall.EMAIL.toUpperCase() + "\",\"role\":\"admin\"}," + others + "]"));

    assertThat(client.org(OrgCall.ORG).invites().send(OrgCall.EMAIL, dev.orginvites.wnology.model.InviteRole.ADMIN)
        .getId()).isEqualTo(OrgCall.INVITE_ID);
  }

  @Test
  void pendingListsDropNullEntriesAndCannotBeChanged() {
    server.enqueue(json(200, "[null,{\"id\":\"" + OrgCall.INVITE_ID + "\",\"hasExpired\":true}]"));

    List<dev.orginvites.wnology.model.OrgInvite> pending = client.org(OrgCall.ORG).invites().pending();

    assertThat(pending).singleElement().satisfies(invite -> {
      assertThat(invite.getHasExpired()).isTrue();
      assertThat(invite.expiresAt()).isEmpty();
      assertThat(invite.getApplicationRoles()).as("left out by the service").isNull();
    });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> pending.add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
