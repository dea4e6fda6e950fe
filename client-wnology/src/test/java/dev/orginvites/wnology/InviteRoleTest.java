package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orginvites.core.internal.Json;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated InviteRole: a real enum, tolerant when read, exact when written, raw string kept on the model. */
class InviteRoleTest extends TestClients.ClientTest {
  private static final ObjectMapper SDK = Json.mapper();

  static Stream<Arguments> documented() {
    return Stream.of(
        Arguments.of("admin", InviteRole.ADMIN),
        Arguments.of("edit", InviteRole.EDIT),
        Arguments.of("collaborate", InviteRole.COLLABORATE),
        Arguments.of("view", InviteRole.VIEW),
        Arguments.of("none", InviteRole.NONE));
  }

  @Test
  void theConstantsAreTheDocumentedValuesThenUnknown() {
    assertThat(InviteRole.values()).containsExactly(InviteRole.ADMIN, InviteRole.EDIT, InviteRole.COLLABORATE,
        InviteRole.VIEW, InviteRole.NONE, InviteRole.UNKNOWN);
    assertThat(InviteRole.UNKNOWN.getValue()).isNull();
    assertThat(InviteRole.UNKNOWN).hasToString("UNKNOWN");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void everyDocumentedValueParsesInAnyCaseAndWritesExactly(String value, InviteRole constant)
      throws JsonProcessingException {
    for (String spelling : new String[] {value, value.toUpperCase(Locale.ROOT), capitalized(value)}) {
      assertThat(InviteRole.fromValue(spelling)).as(spelling).isSameAs(constant);
      assertThat(SDK.readValue('"' + spelling + '"', InviteRole.class)).as(spelling).isSameAs(constant);
    }
    assertThat(constant.getValue()).isEqualTo(value);
    assertThat(constant).hasToString(value);
    assertThat(SDK.writeValueAsString(constant)).isEqualTo('"' + value + '"');
    assertThat(new ObjectMapper().writeValueAsString(constant)).isEqualTo('"' + value + '"');
  }

  @ParameterizedTest
  @ValueSource(strings = {"owner", "", " admin", "admin ", "adm1n", "UNKNOWN", "unknown", "null", "ädmin"})
  void anUnlistedValueIsUnknownAndNeverThrows(String value) throws JsonProcessingException {
    assertThat(InviteRole.fromValue(value)).isSameAs(InviteRole.UNKNOWN);
    assertThat(SDK.readValue('"' + value + '"', InviteRole.class)).isSameAs(InviteRole.UNKNOWN);
  }

  @Test
  void nullStaysNull() throws JsonProcessingException {
    assertThat(InviteRole.fromValue(null)).isNull();
    assertThat(SDK.readValue("{\"role\":null}", OrgInvitationInfo.class).getRole()).isNull();
  }

  @Test
  void anUnlistedRoleFromTheServiceIsUnknownWithItsExactString() {
    server.enqueue(json(200, "{\"orgName\":\"Acme\",\"role\":\"Billing Admin\"}"));

    OrgInvitationInfo info = client.invites().get("t0ken", "ann@example.com");

    assertThat(info.getRole()).isSameAs(InviteRole.UNKNOWN);
    assertThat(info.getRoleRaw()).isEqualTo("Billing Admin");
  }

  @Test
  void aRoleInAnotherCaseFromTheServiceIsTheConstantAndKeepsItsSpelling() {
    server.enqueue(json(200, "{\"role\":\"ADMIN\"}"));

    OrgInvitationInfo info = client.invites().get("t0ken", "ann@example.com");

    assertThat(info.getRole()).isSameAs(InviteRole.ADMIN);
    assertThat(info.getRoleRaw()).isEqualTo("ADMIN");
  }

  @Test
  void jacksonRoundTripKeepsAnUnlistedValue() throws JsonProcessingException {
    OrgInvitationInfo info = SDK.readValue("{\"orgName\":\"Acme\",\"role\":\"Owner\"}", OrgInvitationInfo.class);

    assertThat(info.getRole()).isSameAs(InviteRole.UNKNOWN);
    assertThat(info.getRoleRaw()).isEqualTo("Owner");
    JsonNode written = SDK.readTree(SDK.writeValueAsString(info));
    assertThat(written.get("role").asText()).isEqualTo("Owner");
    assertThat(written.has("roleRaw")).as("the raw accessor is not a JSON property").isFalse();
    assertThat(SDK.readValue(SDK.writeValueAsString(info), OrgInvitationInfo.class)).isEqualTo(info);
  }

  @Test
  void aPlainObjectMapperReadsAndWritesTheSameWay() throws JsonProcessingException {
    ObjectMapper plain = new ObjectMapper();

    OrgInvitationInfo info = plain.readValue("{\"role\":\"owner\",\"extra\":1}", OrgInvitationInfo.class);

    assertThat(info.getRole()).isSameAs(InviteRole.UNKNOWN);
    assertThat(info.getRoleRaw()).isEqualTo("owner");
    assertThat(plain.readTree(plain.writeValueAsString(info)).get("role").asText()).isEqualTo("owner");
  }

  @Test
  void aRoleSetByCodeReadsBackAsItsDocumentedString() throws JsonProcessingException {
    OrgInvitationInfo info = new OrgInvitationInfo().role(InviteRole.COLLABORATE);

    assertThat(info.getRole()).isSameAs(InviteRole.COLLABORATE);
    assertThat(info.getRoleRaw()).isEqualTo("collaborate");
    assertThat(SDK.readTree(SDK.writeValueAsString(info)).get("role").asText()).isEqualTo("collaborate");

    info.setRole(null);
    assertThat(info.getRole()).isNull();
    assertThat(info.getRoleRaw()).isNull();
  }

  @Test
  void unknownCannotBeSetByCode() {
    OrgInvitationInfo info = new OrgInvitationInfo().role(InviteRole.VIEW);

    assertThatIllegalArgumentException().isThrownBy(() -> info.role(InviteRole.UNKNOWN))
        .withMessageContaining("role");
    assertThatIllegalArgumentException().isThrownBy(() -> info.setRole(InviteRole.UNKNOWN));
    assertThat(info.getRoleRaw()).as("unchanged").isEqualTo("view");
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "EDIT", "view", "none", "owner"})
  void aSwitchOverTheModelsRoleWorks(String sent) {
    server.enqueue(json(200, "{\"role\":\"" + sent + "\"}"));

    assertThat(describe(client.invites().get("t0ken", "ann@example.com"))).isEqualTo(
        sent.equals("owner") ? "other: owner" : sent.toLowerCase(Locale.ROOT));
  }

  private static String describe(OrgInvitationInfo invite) {
    switch (invite.getRole()) {
      case ADMIN:
        return "admin";
      case EDIT:
        return "edit";
      case COLLABORATE:
        return "collaborate";
      case VIEW:
        return "view";
      case NONE:
        return "none";
      default:
        return "other: " + invite.getRoleRaw();
    }
  }

  private static String capitalized(String value) {
    return value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
  }
}
