package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static dev.orginvites.wnology.TestClients.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How response bodies become models, including what live services send that the spec does not list. */
class WnologyResponseMappingTest extends TestClients.ClientTest {
  private static final String TOKEN = "mapping-secret-token";
  private static final String EMAIL = "new.user+demo@example.com";

  @Test
  void readsEveryFieldOfTheInviteAndIgnoresUnknownOnes() {
    server.enqueue(json(200, "{"
        + "\"orgName\":\"Acme Robotics\","
        + "\"email\":\"new.user+demo@example.com\","
        + "\"role\":\"collaborate\","
        + "\"inviteDate\":\"2026-11-01T12:30:45.123+05:30\","
        + "\"ttl\":604800000,"
        + "\"disallowTransfer\":true,"
        + "\"id\":\"5e8f8c1b2a3d4e5f6a7b8c9d\","
        + "\"futureField\":{\"nested\":[1,2,{\"deep\":null}]}"
        + "}"));

    OrgInvitationInfo info = client.invites().get(TOKEN, EMAIL);

    assertThat(info.getOrgName()).isEqualTo("Acme Robotics");
    assertThat(info.getEmail()).isEqualTo("new.user+demo@example.com");
    assertThat(info.getRole()).isSameAs(InviteRole.COLLABORATE);
    assertThat(info.getRole()).isNotEqualTo(InviteRole.UNKNOWN);
    assertThat(info.getRoleRaw()).isEqualTo("collaborate");
    // The offset the service sent is kept, not normalised to UTC.
    assertThat(info.getInviteDate().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(info.getInviteDate().toString()).isEqualTo("2026-11-01T12:30:45.123+05:30");
    assertThat(info.getTtl()).isEqualByComparingTo(new BigDecimal("604800000"));
    assertThat(info.getDisallowTransfer()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2026-11-01T12:00:00.000Z, 2026-11-01T12:00Z, Z",
      "2026-11-01T09:00:00-03:00, 2026-11-01T09:00-03:00, -03:00",
      "2026-11-01T23:59:59.5+14:00, 2026-11-01T23:59:59.500+14:00, +14:00",
  })
  void inviteDateKeepsTheOffsetItWasSentWith(String sent, String expected, String offset) {
    server.enqueue(json(200, "{\"inviteDate\":\"" + sent + "\"}"));

    OrgInvitationInfo info = client.invites().get(TOKEN, EMAIL);

    assertThat(info.getInviteDate().toString()).isEqualTo(expected);
    assertThat(info.getInviteDate().getOffset()).isEqualTo(ZoneOffset.of(offset));
  }

  @Test
  void ttlBeyondDoublePrecisionAndWithAFractionIsExact() {
    server.enqueue(json(200, "{\"ttl\":9007199254740993}"));
    server.enqueue(json(200, "{\"ttl\":1500.25}"));

    assertThat(client.invites().get(TOKEN, EMAIL).getTtl()).isEqualByComparingTo(new BigDecimal("9007199254740993"));
    assertThat(client.invites().get(TOKEN, EMAIL).getTtl()).isEqualByComparingTo(new BigDecimal("1500.25"));
  }

  @ParameterizedTest(name = "role {0}")
  @CsvSource({"admin", "edit", "collaborate", "view", "none"})
  void everyDocumentedRoleIsTheKnownConstant(String role) {
    server.enqueue(json(200, "{\"role\":\"" + role + "\"}"));

    InviteRole read = client.invites().get(TOKEN, EMAIL).getRole();

    assertThat(read).isNotEqualTo(InviteRole.UNKNOWN);
    assertThat(read.getValue()).isEqualTo(role);
    assertThat(read).isSameAs(InviteRole.fromValue(role));
  }

  @Test
  void aRoleTheSpecDoesNotListIsKeptRawInsteadOfFailing() {
    server.enqueue(json(200, "{\"orgName\":\"Acme\",\"role\":\"owner\"}"));

    OrgInvitationInfo info = client.invites().get(TOKEN, EMAIL);

    assertThat(info.getOrgName()).isEqualTo("Acme");
    assertThat(info.getRole()).isSameAs(InviteRole.UNKNOWN);
    assertThat(info.getRoleRaw()).isEqualTo("owner");
    assertThat(info.toString()).contains("role: owner");
    assertThat(info.getRole()).isEqualTo(InviteRole.fromValue("owner"))
        .isNotIn(InviteRole.ADMIN, InviteRole.EDIT, InviteRole.COLLABORATE, InviteRole.VIEW, InviteRole.NONE);
  }

  @Test
  void noFieldIsRequired() {
    server.enqueue(json(200, "{}"));

    OrgInvitationInfo info = client.invites().get(TOKEN, EMAIL);

    assertThat(info.getOrgName()).isNull();
    assertThat(info.getEmail()).isNull();
    assertThat(info.getRole()).isNull();
    assertThat(info.getRoleRaw()).isNull();
    assertThat(info.getInviteDate()).isNull();
    assertThat(info.getTtl()).isNull();
    assertThat(info.getDisallowTransfer()).isNull();
  }

  @Test
  void readsTheResultOfAcceptAndReject() {
    server.enqueue(json(200, "{\"accepted\":true,\"orgId\":\"5e8f8c1b2a3d4e5f6a7b8c9d\",\"extra\":[1]}"));
    server.enqueue(json(200, "{\"accepted\":false,\"orgId\":\"5E8F8C1B2A3D4E5F6A7B8C9E\"}"));

    OrgInvitationResult accepted = client.invites().accept(TOKEN, EMAIL);
    OrgInvitationResult rejected = client.invites().reject(TOKEN, EMAIL);

    assertThat(accepted.getAccepted()).isTrue();
    assertThat(accepted.getOrgId()).isEqualTo("5e8f8c1b2a3d4e5f6a7b8c9d");
    assertThat(rejected.getAccepted()).isFalse();
    assertThat(rejected.getOrgId()).isEqualTo("5E8F8C1B2A3D4E5F6A7B8C9E");
  }

  @Test
  void aSuccessWhoseBodyIsNotTheDocumentedJsonIsAMalformedResponse() {
    server.enqueue(text(200, "text/html", "<html><title>Captive portal</title></html>"));
    server.enqueue(json(200, ""));
    server.enqueue(json(200, "null"));
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(json(200, "{\"inviteDate\":\"next tuesday\"}"));
    server.enqueue(json(200, "{\"accepted\":\"maybe\"}"));

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> client.invites().get(TOKEN, EMAIL))
          .isInstanceOf(MalformedResponseException.class)
          .satisfies(e -> assertMalformed((MalformedResponseException) e, "GET"));
    }
    assertThatThrownBy(() -> client.invites().accept(TOKEN, EMAIL))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertMalformed((MalformedResponseException) e, "POST"));
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  private static void assertMalformed(MalformedResponseException e, String method) {
    assertThat(e.statusCode()).isBetween(200, 299);
    assertThat(e.method()).isEqualTo(method);
    assertThat(e.path()).startsWith(TestClients.INVITES_PATH);
    assertThat(e.getMessage()).contains("response body unreadable").doesNotContain(TOKEN);
    assertThat(e.path()).doesNotContain(TOKEN);
    assertThat(e.toString()).doesNotContain(TOKEN);
  }
}
