package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorDetails;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.UnexpectedStatusException;
import dev.orginvites.core.internal.ErrorDialect.BodyShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapping from a failed response to a reason and an exception type, as data (ErrorDialect, Outcomes). */
final class ErrorDialectTest {
  /** A dialect like WapiKit's: {"message"}, {"error"} and bare strings are its own. */
  private static final ErrorDialect MESSAGES = ErrorDialect.builder()
      .ownBodies(BodyShape.MESSAGE, BodyShape.ERROR, BodyShape.BARE_STRING)
      .message("already a member", ErrorReason.ALREADY_MEMBER)
      .message("already sent an invite", ErrorReason.ALREADY_INVITED)
      .message("already redeemed", ErrorReason.INVITE_NOT_PENDING)
      .message(404, "member", ErrorReason.MEMBER_NOT_FOUND)
      .build();

  /** A dialect like WEGnology's: only {"type","message"} is its own. */
  private static final ErrorDialect TYPED = ErrorDialect.builder()
      .ownBodies(BodyShape.TYPE_AND_MESSAGE)
      .status(410, ErrorReason.INVITE_EXPIRED)
      .type("Duplicate", ErrorReason.ALREADY_INVITED)
      .build();

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      // Bare JSON strings, as the live WapiKit service sends them.
      "400 | '\"User already sent an invite\"'        | ALREADY_INVITED",
      "400 | '\"User is already a member\"'           | ALREADY_MEMBER",
      "400 | '\"Invite already redeemed\"'            | INVITE_NOT_PENDING",
      "404 | '\"Invite not found\"'                   | INVITE_NOT_FOUND",
      // The documented {"message"} and the 429 body {"error"}.
      "400 | '{\"message\":\"ALREADY A MEMBER of org\"}' | ALREADY_MEMBER",
      "400 | '{\"message\":\"email is invalid\"}'      | INVALID_INPUT",
      "404 | '{\"message\":\"member not found\"}'      | MEMBER_NOT_FOUND",
      "429 | '{\"error\":\"slow down\",\"remaining\":0}' | RATE_LIMITED",
      // Status decides where it says everything, whatever the message.
      "401 | '\"User already sent an invite\"'        | INVALID_CREDENTIALS",
      "403 | '{\"message\":\"no\"}'                   | FORBIDDEN",
      "502 | '<html>Bad gateway</html>'               | SERVER_ERROR",
      // A 404 that is not the service's own answer.
      "404 | '<html><title>404</title></html>'        | ENDPOINT_NOT_FOUND",
      "404 | ''                                       | ENDPOINT_NOT_FOUND",
      "404 | '{\"type\":\"NotFound\",\"message\":\"x\"}' | ENDPOINT_NOT_FOUND",
      "404 | '[\"invite\"]'                           | ENDPOINT_NOT_FOUND",
      "418 | '\"teapot\"'                             | UNKNOWN",
  })
  void messagesAndStatusesGiveReasons(int status, String body, ErrorReason expected) {
    assertThat(MESSAGES.reason(status, ErrorBodies.parse(body), ErrorReason.INVITE_NOT_FOUND)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "404 | '{\"type\":\"NotFound\",\"message\":\"Invite was not found\"}' | INVITE_NOT_FOUND",
      "410 | '{\"type\":\"Expired\",\"message\":\"Invite has expired\"}'    | INVITE_EXPIRED",
      "400 | '{\"type\":\"duplicate\",\"message\":\"exists\"}'             | ALREADY_INVITED",
      "400 | '{\"type\":\"Validation\",\"message\":\"email is required\"}' | INVALID_INPUT",
      // {"message"} alone is not WEGnology's outline: a foreign 404.
      "404 | '{\"message\":\"Invite not found\"}'                         | ENDPOINT_NOT_FOUND",
      "404 | '\"Invite not found\"'                                      | ENDPOINT_NOT_FOUND",
      // Cut off by the network after the type: still the start of the service's own outline.
      "404 | '{\"type\":\"NotFound\",\"message\":\"Invite was no'            | INVITE_NOT_FOUND",
  })
  void typesAndOutlinesGiveReasons(int status, String body, ErrorReason expected) {
    assertThat(TYPED.reason(status, ErrorBodies.parse(body), ErrorReason.INVITE_NOT_FOUND)).isEqualTo(expected);
  }

  @Test
  void aServiceNotFoundTakesTheOperationsOwnReason() {
    ErrorBodies.Parsed body = ErrorBodies.parse("{\"type\":\"NotFound\",\"message\":\"not found\"}");
    assertThat(TYPED.reason(404, body, ErrorReason.ORGANIZATION_NOT_FOUND)).isEqualTo(ErrorReason.ORGANIZATION_NOT_FOUND);
    assertThat(TYPED.reason(404, body, ErrorReason.NOT_FOUND)).isEqualTo(ErrorReason.NOT_FOUND);
  }

  @Test
  void onlyAnInviteReasonMakesAnInviteNotFoundException() {
    assertThat(exception(404, ErrorReason.INVITE_NOT_FOUND)).isExactlyInstanceOf(InviteNotFoundException.class);
    assertThat(exception(404, ErrorReason.INVITE_NOT_PENDING)).isExactlyInstanceOf(InviteNotFoundException.class);
    assertThat(exception(404, ErrorReason.MEMBER_NOT_FOUND)).isExactlyInstanceOf(NotFoundException.class);
    assertThat(exception(404, ErrorReason.ENDPOINT_NOT_FOUND)).isExactlyInstanceOf(NotFoundException.class);
    assertThat(exception(400, ErrorReason.ALREADY_INVITED)).isExactlyInstanceOf(BadRequestException.class);
    assertThat(exception(410, ErrorReason.INVITE_EXPIRED)).isExactlyInstanceOf(InviteExpiredException.class);
    assertThat(exception(409, ErrorReason.UNKNOWN)).isExactlyInstanceOf(UnexpectedStatusException.class);
  }

  @Test
  void anInviteReasonOnACallThatLooksUpNoInviteIsAPlainNotFoundException() {
    ErrorDetails details = ErrorDetails.builder("DELETE", "/orgs/x/invites?inviteId=y").statusCode(404)
        .reason(ErrorReason.INVITE_NOT_FOUND).build();

    assertThat(Outcomes.forStatus(details, ErrorReason.ORGANIZATION_NOT_FOUND))
        .isExactlyInstanceOf(NotFoundException.class)
        .extracting(InviteApiException::reason).isEqualTo(ErrorReason.INVITE_NOT_FOUND);
    assertThat(Outcomes.forStatus(details, ErrorReason.INVITE_NOT_FOUND))
        .isExactlyInstanceOf(InviteNotFoundException.class);
    assertThat(Outcomes.forStatus(details, ErrorReason.INVITE_NOT_PENDING))
        .isExactlyInstanceOf(InviteNotFoundException.class);
  }

  @Test
  void aForeignNotFoundNamesTheWholeUrlAndTheBaseUrl() {
    InviteApiException e = Outcomes.forStatus(ErrorDetails.builder("GET", "/invites?token=***")
        .url("http://127.0.0.1:9/invites?token=***").statusCode(404).reason(ErrorReason.ENDPOINT_NOT_FOUND).build());
    assertThat(e.getMessage()).contains("base URL", "http://127.0.0.1:9/invites?token=***");
    assertThat(e.reason()).isEqualTo(ErrorReason.ENDPOINT_NOT_FOUND);
  }

  @Test
  void aDialectMustNameItsOwnBodies() {
    assertThatIllegalStateException().isThrownBy(() -> ErrorDialect.builder().build());
    assertThatIllegalArgumentException().isThrownBy(() -> ErrorDialect.builder().ownBodies(BodyShape.OTHER));
  }

  private static InviteApiException exception(int status, ErrorReason reason) {
    InviteApiException e =
        Outcomes.forStatus(ErrorDetails.builder("GET", "/x").statusCode(status).reason(reason).build());
    assertThat(e.reason()).isEqualTo(reason);
    return e;
  }
}
