package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.ResourceRole;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids, emails, roles and options are checked before anything is sent, naming the argument; a client without an API
 * token refuses every organization call before sending it. Async methods throw these at once, like the sync ones.
 */
class WnologyOrgArgumentsTest extends TestClients.ClientTest {
  private static final String ORG = OrgCall.ORG;

  @Override
  WnologyClient newClient(MockWebServer server) {
    return OrgCall.client(server);
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).as("nothing may be sent").isZero();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"", "5e8f8c1b2a3d4e5f6a7b8c9", "5e8f8c1b2a3d4e5f6a7b8c9d0", " 5e8f8c1b2a3d4e5f6a7b8c9d",
      "5e8f8c1b2a3d4e5f6a7b8c9g", "5e8f8c1b2a3d4e5f6a7b8c9/", "5e8f8c1b2a3d4e5f6a7b8c9\uff10",
      "5e8f8c1b2a3d4e5f6a7b8c9\u0660", "../../../../../../admin/x"})
  void anOrganizationIdIs24HexCharacters(String orgId) {
    assertThatIllegalArgumentException().isThrownBy(() -> client.org(orgId))
        .withMessageStartingWith("orgId must be")
        .withMessageContaining("24 hexadecimal characters");
  }

  @Test
  void nullIdsAreNamed() {
    assertThatNullPointerException().isThrownBy(() -> client.org(null)).withMessage("orgId must not be null");
    assertThatNullPointerException().isThrownBy(() -> client.org(ORG).invites().revoke(null))
        .withMessage("inviteId must not be null");
    assertThatNullPointerException().isThrownBy(() -> client.org(ORG).members().removeAsync(null))
        .withMessage("userId must not be null");
    assertThatNullPointerException().isThrownBy(() -> client.org(ORG).members().changeRole(null, InviteRole.VIEW))
        .withMessage("userId must not be null");
  }

  static Stream<Arguments> badArguments() {
    String bad = "not-an-id";
    return Stream.of(
        Arguments.of("revoke: inviteId", (Consumer<WnologyOrg>) o -> o.invites().revoke(bad), "inviteId"),
        Arguments.of("revokeAsync: inviteId", (Consumer<WnologyOrg>) o -> o.invites().revokeAsync(bad), "inviteId"),
        Arguments.of("remove: userId", (Consumer<WnologyOrg>) o -> o.members().remove(bad), "userId"),
        Arguments.of("removeAsync: userId", (Consumer<WnologyOrg>) o -> o.members().removeAsync(bad), "userId"),
        Arguments.of("changeRole: userId",
            (Consumer<WnologyOrg>) o -> o.members().changeRole(bad, InviteRole.VIEW), "userId"),
        Arguments.of("changeRoleAsync: userId",
            (Consumer<WnologyOrg>) o -> o.members().changeRoleAsync(bad, InviteRole.VIEW), "userId"),
        Arguments.of("changeRole: role UNKNOWN",
            (Consumer<WnologyOrg>) o -> o.members().changeRole(OrgCall.USER_ID, InviteRole.UNKNOWN), "role"),
        Arguments.of("send: email", (Consumer<WnologyOrg>) o -> o.invites().send("ann at example", InviteRole.VIEW),
            "email"),
        Arguments.of("sendAsync: email",
            (Consumer<WnologyOrg>) o -> o.invites().sendAsync(" ann@example.com", InviteRole.VIEW), "email"),
        Arguments.of("send: role UNKNOWN",
            (Consumer<WnologyOrg>) o -> o.invites().send(OrgCall.EMAIL, InviteRole.UNKNOWN), "role"),
        Arguments.of("sendAsync: role UNKNOWN",
            (Consumer<WnologyOrg>) o -> o.invites().sendAsync(OrgCall.EMAIL, InviteRole.UNKNOWN), "role"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArguments")
  void badArgumentsAreRefusedByNameBeforeSending(String name, Consumer<WnologyOrg> call, String argument) {
    assertThatIllegalArgumentException().isThrownBy(() -> call.accept(client.org(ORG)))
        .withMessageStartingWith(argument + " must");
  }

  @Test
  void missingRolesAndOptionsAreNamed() {
    WnologyOrg org = client.org(ORG);
    assertThatNullPointerException().isThrownBy(() -> org.invites().send(OrgCall.EMAIL, null))
        .withMessage("role must not be null");
    assertThatNullPointerException().isThrownBy(() -> org.invites().send(null, InviteRole.EDIT))
        .withMessage("email must not be null");
    assertThatNullPointerException().isThrownBy(() -> org.invites().sendAsync(OrgCall.EMAIL, InviteRole.EDIT, null))
        .withMessage("options must not be null");
    assertThatNullPointerException().isThrownBy(() -> org.members().changeRoleAsync(OrgCall.USER_ID, null))
        .withMessage("role must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> org.members().changeRole(OrgCall.USER_ID, InviteRole.EDIT, null))
        .withMessage("options must not be null");
  }

  static List<OrgCall> calls() {
    return OrgCall.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void withoutAnApiTokenEveryOrganizationCallFailsBeforeSending(OrgCall call) {
    try (WnologyClient tokenless = TestClients.client(server)) {
      assertThat(tokenless.hasApiToken()).isFalse();
      WnologyOrg org = tokenless.org(ORG);

      assertThatThrownBy(() -> call.invokeRaw(org))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("API token")
          .hasMessageContaining(WnologyClient.API_TOKEN_VARIABLE);
    }
  }

  @Test
  void theTokenCheckComesBeforeTheArgumentChecks() {
    try (WnologyClient tokenless = TestClients.client(server)) {
      assertThatThrownBy(() -> tokenless.org(ORG).invites().send("not an email", InviteRole.UNKNOWN))
          .isExactlyInstanceOf(IllegalStateException.class);
    }
  }
}
