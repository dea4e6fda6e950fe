package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.RolePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a failure of an organization call becomes: the 404 of each operation and its reason (never an invite's
 * unless it is about an invite), the refusals the dialect recognises in the sandbox's and plausible live wordings,
 * the statuses every call shares, answers without their payload, and which calls are retried.
 */
class WapikitOrganizationErrorsTest extends WapikitTestSupport.ClientTest {
  @Override
  WapikitClient.Builder clientBuilder(MockWebServer server) {
    return super.clientBuilder(server).retryPolicy(RetryPolicy.builder().maxAttempts(3).build());
  }

  private static final Map<String, Function<WapikitClient, Object>> CALLS = Map.ofEntries(
      Map.entry("organizations.list", c -> c.organizations().list(1, 10)),
      Map.entry("organizations.create", c -> c.organizations().create("Acme")),
      Map.entry("organizations.get", c -> c.organizations().get("org_1")),
      Map.entry("organizations.update", c -> c.organizations().update("org_1", "Acme", null)),
      Map.entry("organizations.transferOwnership", c -> c.organizations().transferOwnership("org_1", "mem_2")),
      Map.entry("members.list", c -> c.members().list(1, 10)),
      Map.entry("members.get", c -> c.members().get("mem_1")),
      Map.entry("members.updateAccessLevel", c -> c.members().updateAccessLevel("mem_1", AccessLevel.MEMBER)),
      Map.entry("members.setRoles", c -> c.members().setRoles("mem_1", List.of("role_1"))),
      Map.entry("members.remove", c -> c.members().remove("mem_1")),
      Map.entry("roles.list", c -> c.roles().list(1, 10)),
      Map.entry("roles.create", c -> c.roles().create("R", null, List.of(RolePermission.GET_TAG))),
      Map.entry("roles.get", c -> c.roles().get("role_1")),
      Map.entry("roles.update", c -> c.roles().update("role_1", "R", null, List.of())),
      Map.entry("roles.delete", c -> c.roles().delete("role_1")),
      Map.entry("tags.list", c -> c.tags().list(1, 10)),
      Map.entry("tags.create", c -> c.tags().create("vip")),
      Map.entry("invites.join", c -> c.invites().join("slug-1")),
      Map.entry("apiKey.regenerate", c -> c.apiKey().regenerate()),
      Map.entry("templates.list", c -> c.templates().list()),
      Map.entry("templates.get", c -> c.templates().get("123")),
      Map.entry("phoneNumbers.list", c -> c.phoneNumbers().list()),
      Map.entry("phoneNumbers.get", c -> c.phoneNumbers().get("555")),
      Map.entry("whatsappBusinessAccount.update", c -> c.whatsappBusinessAccount().update("104", "EAAG-tok")),
      Map.entry("aiConfiguration.get", c -> c.aiConfiguration().get()));

  private InviteApiException failure(String call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> CALLS.get(call).apply(client));
    assertThat(thrown).as(call).isInstanceOf(InviteApiException.class);
    return (InviteApiException) thrown;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "organizations.list,               NOT_FOUND",
      "organizations.create,             NOT_FOUND",
      "organizations.get,                ORGANIZATION_NOT_FOUND",
      "organizations.update,             ORGANIZATION_NOT_FOUND",
      "organizations.transferOwnership,  ORGANIZATION_NOT_FOUND",
      "members.list,                     NOT_FOUND",
      "members.get,                      MEMBER_NOT_FOUND",
      "members.updateAccessLevel,        MEMBER_NOT_FOUND",
      "members.setRoles,                 MEMBER_NOT_FOUND",
      "members.remove,                   MEMBER_NOT_FOUND",
      "roles.list,                       NOT_FOUND",
      "roles.create,                     NOT_FOUND",
      "roles.get,                        ROLE_NOT_FOUND",
      "roles.update,                     ROLE_NOT_FOUND",
      "roles.delete,                     ROLE_NOT_FOUND",
      "tags.list,                        NOT_FOUND",
      "tags.create,                      NOT_FOUND",
      "apiKey.regenerate,                NOT_FOUND",
      "templates.list,                   NOT_FOUND",
      "templates.get,                    TEMPLATE_NOT_FOUND",
      "phoneNumbers.list,                NOT_FOUND",
      "phoneNumbers.get,                 PHONE_NUMBER_NOT_FOUND",
      "whatsappBusinessAccount.update,   NOT_FOUND",
      "aiConfiguration.get,              NOT_FOUND"})
  void aNotFoundIsTheOperationsOwnAndNeverAnInvites(String call, ErrorReason reason) {
    server.enqueue(json(404, "{\"message\":\"Not found\"}"));
    server.enqueue(json(404, "\"Not found\""));

    InviteApiException documented = failure(call);
    InviteApiException live = failure(call);

    for (InviteApiException e : List.of(documented, live)) {
      assertThat(e).isExactlyInstanceOf(NotFoundException.class);
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.statusCode()).isEqualTo(404);
    }
    assertThat(server.getRequestCount()).as("a 404 is not retried").isEqualTo(2);
  }

  @Test
  void joiningWithAnUnknownSlugIsAnInviteNotFound() {
    server.enqueue(json(404, "\"Invite not found\""));
    server.enqueue(json(404, "{\"message\":\"not found\"}"));

    assertThat(failure("invites.join")).isInstanceOf(InviteNotFoundException.class)
        .satisfies(e -> assertThat(e.reason()).isEqualTo(ErrorReason.INVITE_NOT_FOUND));
    assertThat(failure("invites.join")).isInstanceOf(InviteNotFoundException.class);
  }

  @Test
  void aMissingRoleWhileSettingRolesIsARoleNotFound() {
    server.enqueue(json(404, "{\"message\":\"role not found: role_9\"}"));
    server.enqueue(json(404, "\"Role not found\""));

    assertThat(failure("members.setRoles").reason()).isEqualTo(ErrorReason.ROLE_NOT_FOUND);
    assertThat(failure("members.setRoles").reason()).isEqualTo(ErrorReason.ROLE_NOT_FOUND);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // the sandbox's wordings first, then plausible live ones (documented body or bare string)
      "roles.delete                   | {\"message\":\"role is still assigned to 2 member(s)\"} | ROLE_IN_USE",
      "roles.delete                   | \"Role is in use\"                                     | ROLE_IN_USE",
      "roles.delete                   | {\"message\":\"Cannot delete role: it is assigned to 3 users\"} | ROLE_IN_USE",
      "roles.delete                   | \"Role has members assigned\"                          | ROLE_IN_USE",
      "roles.delete                   | {\"message\":\"Role is currently in use by members\"}  | ROLE_IN_USE",
      "organizations.transferOwnership | {\"message\":\"new owner is not a member of this organization\"} | NOT_A_MEMBER",
      "organizations.transferOwnership | \"User is not a member of the organization\"           | NOT_A_MEMBER",
      "organizations.transferOwnership | {\"message\":\"New owner must be a member of the organization\"} | NOT_A_MEMBER",
      "organizations.transferOwnership | \"newOwnerId does not belong to this organization\"    | NOT_A_MEMBER",
      "organizations.transferOwnership | {\"message\":\"User isn't part of the organisation\"}  | NOT_A_MEMBER",
      "roles.create                   | {\"message\":\"unknown permission: Launch:Rocket\"}    | UNKNOWN_PERMISSION",
      "roles.create                   | \"Invalid permission\"                                 | UNKNOWN_PERMISSION",
      "roles.update                   | {\"message\":\"Permission Get:Foo is not valid\"}      | UNKNOWN_PERMISSION",
      "roles.update                   | \"unsupported permissions: Foo:Bar\"                   | UNKNOWN_PERMISSION",
      "roles.create                   | {\"message\":\"Unrecognised permission Foo\"}          | UNKNOWN_PERMISSION",
      "roles.create                   | {\"message\":\"name is required\"}                     | INVALID_INPUT",
      "members.updateAccessLevel      | \"User is already a member\"                           | ALREADY_MEMBER",
      "tags.create                    | {\"message\":\"a tag labelled vip already exists\"}     | INVALID_INPUT"})
  void knownRefusalsHaveTheirReason(String call, String body, ErrorReason reason) {
    server.enqueue(json(400, body.trim()));

    InviteApiException e = failure(call.trim());

    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.serviceMessage()).isNotBlank();
    assertThat(server.getRequestCount()).as("a 400 is not retried").isEqualTo(1);
  }

  @Test
  void theOldKeyAfterARegenerationIsAnUnauthorized() {
    server.enqueue(json(401, "{\"message\":\"Unauthorized: invalid access token\"}"));

    assertThat(failure("members.list")).isExactlyInstanceOf(UnauthorizedException.class)
        .satisfies(e -> assertThat(e.reason()).isEqualTo(ErrorReason.INVALID_CREDENTIALS));
  }

  @Test
  void theLiveRateLimitBodyIsARateLimitWithTheResetAsRetryAfter() {
    long reset = java.time.Instant.now().plusSeconds(40).getEpochSecond();
    MockResponse limited = json(429, "{\"error\":\"Too many requests\",\"remaining\":0,\"reset\":" + reset + "}")
        .setHeader("X-RateLimit-Reset", Long.toString(reset));
    server.enqueue(limited);

    InviteApiException e = failure("organizations.create");

    assertThat(e).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(e.serviceMessage()).isEqualTo("Too many requests");
    assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(30),
        Duration.ofSeconds(41)));
  }

  static Stream<Arguments> actions() {
    return Stream.of("organizations.create", "organizations.update", "organizations.transferOwnership",
        "members.updateAccessLevel", "members.setRoles", "members.remove", "roles.create", "roles.update",
        "roles.delete", "tags.create", "invites.join", "apiKey.regenerate", "whatsappBusinessAccount.update")
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void actionsAreNeverSentTwiceOnceTheyMayHaveArrived(String call) {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(200, "{}"));

    assertThat(failure(call)).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void regeneratingIsNotRepeatedAfterTheConnectionDropsWithTheRequestSent() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, "{\"apiKey\":{\"uniqueId\":\"k\",\"key\":\"wk_second\",\"createdAt\":null}}"));

    assertThat(failure("apiKey.regenerate")).isInstanceOf(TransportException.class)
        .satisfies(e -> assertThat(((TransportException) e).requestSent()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"members.list", "members.get", "roles.get", "organizations.get", "templates.list", "phoneNumbers.get",
      "aiConfiguration.get", "tags.list"})
  void lookUpsAreRetried(String call) {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(503, "\"busy\""));
    server.enqueue(json(503, "{}"));

    assertThat(failure(call)).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} without {1}")
  @CsvSource(delimiter = '|', value = {
      "members.get                    | member        | {}",
      "members.list                   | members       | {\"paginationMeta\":{\"page\":1}}",
      "roles.create                   | role          | {\"roles\":[]}",
      "organizations.get              | organization  | {\"org\":{}}",
      "organizations.update           | isUpdated     | {}",
      "organizations.transferOwnership | isTransferred | {\"isUpdated\":true}",
      "members.setRoles               | isRoleUpdated | {}",
      "members.remove                 | data          | {}",
      "tags.create                    | tag           | {}",
      "apiKey.regenerate              | apiKey        | {\"apiKey\":{\"uniqueId\":\"k\"}}",
      "invites.join                   | token         | {\"token\":\"\"}",
      "templates.get                  | template      | {}",
      "phoneNumbers.get               | id            | {\"verified_name\":\"x\"}",
      "whatsappBusinessAccount.update | businessAccountId | {\"accessToken\":\"x\"}",
      "aiConfiguration.get            | aiConfiguration | {}"})
  void anAnswerWithoutItsPayloadIsMalformed(String call, String payload, String body) {
    server.enqueue(json(200, body.trim()));

    InviteApiException e = failure(call.trim());

    assertThat(e).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(e.getMessage()).contains("'" + payload.trim() + "'");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anAccessLevelChangeWithoutTheEchoedMemberIsNotAnError(Mode mode) {
    server.enqueue(json(200, "{}"));

    assertThat(mode.run(() -> client.members().updateAccessLevel("mem_1", AccessLevel.OWNER),
        () -> client.members().updateAccessLevelAsync("mem_1", AccessLevel.OWNER))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aListThatIsNotAnArrayIsMalformed(Mode mode) {
    server.enqueue(json(200, "{\"templates\":[]}"));

    assertThatThrownBy(() -> mode.run(() -> client.templates().list(), () -> client.templates().listAsync()))
        .isInstanceOf(MalformedResponseException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void asyncFailuresAreTheSameTypedExceptions(Mode mode) {
    server.enqueue(json(400, "{\"message\":\"role is still assigned to 1 member(s)\"}"));
    server.enqueue(json(404, "\"Member not found\""));

    assertThatThrownBy(() -> mode.run(() -> client.roles().delete("role_1"), () -> client.roles().deleteAsync("role_1")))
        .isExactlyInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(((InviteApiException) e).reason()).isEqualTo(ErrorReason.ROLE_IN_USE));
    assertThatThrownBy(() -> mode.run(() -> client.members().get("mem_1"), () -> client.members().getAsync("mem_1")))
        .isExactlyInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((InviteApiException) e).reason()).isEqualTo(ErrorReason.MEMBER_NOT_FOUND));
  }
}
