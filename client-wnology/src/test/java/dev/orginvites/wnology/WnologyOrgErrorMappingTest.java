package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static dev.orginvites.wnology.TestClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.ForbiddenException;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.core.UnexpectedStatusException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every status of an organization call becomes its typed exception with the reason a caller can branch on; a 404
 * is a {@link NotFoundException} saying what was not found, never the invited person's
 * {@link InviteNotFoundException}; the API token is in none of it.
 */
class WnologyOrgErrorMappingTest extends TestClients.ClientTest {
  @Override
  WnologyClient newClient(MockWebServer server) {
    return OrgCall.client(server);
  }

  /** A failed answer, the exception and reason it must give. */
  record Case(int status, String body, Class<? extends InviteApiException> type, ErrorReason reason) {
    @Override
    public String toString() {
      return status + " " + body + " -> " + type.getSimpleName() + " " + reason;
    }
  }

  private static String error(String type, String message) {
    return "{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}";
  }

  static List<Case> cases() {
    return List.of(
        new Case(400, error("Validation", "email is required"), BadRequestException.class, ErrorReason.INVALID_INPUT),
        new Case(400, error("Validation", "ann@example.com has already been invited to this organization"),
            BadRequestException.class, ErrorReason.ALREADY_INVITED),
        new Case(400, error("Validation", "ann@example.com is already a member of this organization"),
            BadRequestException.class, ErrorReason.ALREADY_MEMBER),
        new Case(401, error("Unauthorized", "Authorization failed"), UnauthorizedException.class,
            ErrorReason.INVALID_CREDENTIALS),
        new Case(403, error("Forbidden", "Token lacks the orgs.invite scope"), ForbiddenException.class,
            ErrorReason.FORBIDDEN),
        new Case(404, error("NotFound", "Organization was not found"), NotFoundException.class,
            ErrorReason.ORGANIZATION_NOT_FOUND),
        new Case(404, error("NotFound", "Invite was not found"), NotFoundException.class,
            ErrorReason.INVITE_NOT_FOUND),
        new Case(404, error("NotFound", "Member was not found"), NotFoundException.class,
            ErrorReason.MEMBER_NOT_FOUND),
        new Case(404, error("NotFound", "Not found"), NotFoundException.class, ErrorReason.ORGANIZATION_NOT_FOUND),
        new Case(404, "<html><title>404 Not Found</title></html>", NotFoundException.class,
            ErrorReason.ENDPOINT_NOT_FOUND),
        new Case(429, error("RateLimit", "Rate limit exceeded"), RateLimitedException.class,
            ErrorReason.RATE_LIMITED),
        new Case(500, error("ServerError", "boom"), ServerErrorException.class, ErrorReason.SERVER_ERROR),
        new Case(503, "<html>upstream down</html>", ServerErrorException.class, ErrorReason.SERVER_ERROR),
        new Case(418, error("Teapot", "I am a teapot"), UnexpectedStatusException.class, ErrorReason.UNKNOWN));
  }

  static Stream<Arguments> casesByCall() {
    List<Arguments> all = new ArrayList<>();
    for (Case c : cases()) {
      for (OrgCall call : OrgCall.all()) {
        all.add(Arguments.of(c, call));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("casesByCall")
  void everyStatusBecomesItsTypedExceptionAndReason(Case c, OrgCall call) throws Exception {
    server.enqueue((c.body.startsWith("<") ? text(c.status, "text/html", c.body) : json(c.status, c.body))
        .setHeader("X-Request-Id", "req-7"));

    Throwable failure = call.failure(client.org(OrgCall.ORG));

    assertThat(failure).isExactlyInstanceOf(c.type);
    InviteApiException e = (InviteApiException) failure;
    assertThat(e.reason()).isEqualTo(c.reason);
    assertThat(e.statusCode()).isEqualTo(c.status);
    assertThat(e.method()).isEqualTo(call.method);
    assertThat(e.path()).startsWith(TestClients.PREFIX + call.path);
    assertThat(e.requestId()).isEqualTo("req-7");
    assertNoTokenIn(e);
    assertThat(server.getRequestCount()).as("retries are off").isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "An invite already exists for this email                 | ALREADY_INVITED",
      "Invitation for ann@example.com already exists            | ALREADY_INVITED",
      "ann@example.com has already been sent an invite          | ALREADY_INVITED",
      "Email already has a pending invitation                   | ALREADY_INVITED",
      "User is already in this org                              | ALREADY_MEMBER",
      "ann@example.com is already an org member                 | ALREADY_MEMBER",
      "User already belongs to the organization                 | ALREADY_MEMBER",
      "role must be one of admin, edit, collaborate, view, none | INVALID_INPUT",
  })
  void losantStyleWordingsOfARefusedInviteGiveTheirReasons(String message, ErrorReason reason) throws Exception {
    server.enqueue(json(400, error("Validation", message)));

    Throwable failure = OrgCall.named("invites().send(email, role)").failure(client.org(OrgCall.ORG));

    assertThat(failure).isExactlyInstanceOf(BadRequestException.class);
    assertThat(((InviteApiException) failure).reason()).isEqualTo(reason);
    assertThat(((InviteApiException) failure).serviceMessage()).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Org was not found                | ORGANIZATION_NOT_FOUND",
      "Organisation not found           | ORGANIZATION_NOT_FOUND",
      "Invitation was not found         | INVITE_NOT_FOUND",
      "No such invite in this org       | INVITE_NOT_FOUND",
      "User was not found               | MEMBER_NOT_FOUND",
  })
  void notFoundWordingsSayWhatWasMissingAndStayPlainNotFoundExceptions(String message, ErrorReason reason)
      throws Exception {
    server.enqueue(json(404, error("NotFound", message)));

    Throwable failure = OrgCall.named("invites().revokeAsync(inviteId)").failure(client.org(OrgCall.ORG));

    assertThat(failure).isExactlyInstanceOf(NotFoundException.class).isNotInstanceOf(InviteNotFoundException.class);
    assertThat(((InviteApiException) failure).reason()).isEqualTo(reason);
  }

  /** 2xx answers the SDK cannot use, and the part that is missing. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("invites().pending()", json(200, "{\"invites\":[]}")),
        Arguments.of("invites().revokeAsync(inviteId)", json(200, "null")),
        Arguments.of("invites().send(email, role)", text(200, "text/html", "<html>hi</html>")),
        Arguments.of("invites().sendAsync(email, role)", json(200, "[{\"id\":\"" + OrgCall.INVITE_ID)),
        Arguments.of("get()", json(200, "[]")),
        Arguments.of("members().list()", json(200, "{\"name\":\"Acme\"}")),
        Arguments.of("members().listAsync()", json(200, "{\"name\":\"Acme\",\"members\":null}")),
        Arguments.of("members().changeRole(userId, role)", new MockResponse().setResponseCode(200)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformed")
  void anUnusableAnswerIsAMalformedResponse(String name, MockResponse answer) throws Exception {
    server.enqueue(answer);

    Throwable failure = OrgCall.named(name).failure(client.org(OrgCall.ORG));

    assertThat(failure).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(((InviteApiException) failure).reason()).isEqualTo(ErrorReason.MALFORMED_RESPONSE);
    assertNoTokenIn((InviteApiException) failure);
  }

  @Test
  void aSendAnswerWithoutTheNewInviteSaysWhatIsMissing() throws Exception {
    server.enqueue(json(200, "[{\"id\":\"" + OrgCall.INVITE_ID + "\",\"email\":\"someone.else@example.com\"}]"));

    Throwable failure = OrgCall.named("invites().send(email, role)").failure(client.org(OrgCall.ORG));

    assertThat(failure).isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("invite for the email sent");
    assertThat(server.getRequestCount()).as("an action is not sent again").isEqualTo(1);
  }

  @Test
  void aTokenEchoedByTheServiceIsMaskedEverywhere() throws Exception {
    String echo = "{\"type\":\"Unauthorized\",\"message\":\"Bad header: Bearer " + OrgCall.API_TOKEN + " for "
        + OrgCall.API_TOKEN + "\",\"token\":\"" + OrgCall.API_TOKEN + "\"}";
    for (OrgCall call : OrgCall.all()) {
      server.enqueue(json(401, echo));
      InviteApiException e = (InviteApiException) call.failure(client.org(OrgCall.ORG));
      assertThat(e).isExactlyInstanceOf(UnauthorizedException.class);
      assertThat(e.serviceMessage()).startsWith("Bad header: Bearer ");
      assertNoTokenIn(e);
    }
  }

  static void assertNoTokenIn(InviteApiException e) {
    String encoded = URLEncoder.encode(OrgCall.API_TOKEN, StandardCharsets.UTF_8);
    for (String text : new String[] {e.getMessage(), e.path(), e.url(), e.bodySnippet(), e.toString(),
        String.valueOf(e.errorType()), String.valueOf(e.serviceMessage())}) {
      assertThat(text).doesNotContain(OrgCall.API_TOKEN).doesNotContain(encoded).doesNotContain("org-secret");
    }
  }
}
