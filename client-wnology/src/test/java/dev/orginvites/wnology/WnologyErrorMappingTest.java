package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.INVITES_PATH;
import static dev.orginvites.wnology.TestClients.json;
import static dev.orginvites.wnology.TestClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ForbiddenException;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.core.UnexpectedStatusException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status becomes its typed exception, with the details filled in and the invite token nowhere in them. */
class WnologyErrorMappingTest extends TestClients.ClientTest {
  // Long enough to be scrubbed from free text, and with characters that change when percent-encoded.
  private static final String TOKEN = "s3cret-Tok+en/=";
  private static final String EMAIL = "ann@example.com";

  private static final Operation GET = Operation.named("get(token, email)");
  private static final Operation POST = Operation.named("accept(token, email)");

  /** A status, the exception it must map to, and the documented-shape body the service sends with it. */
  static final class StatusCase {
    final int status;
    final Class<? extends InviteApiException> type;
    final String errorType;
    final String message;

    StatusCase(int status, Class<? extends InviteApiException> type, String errorType, String message) {
      this.status = status;
      this.type = type;
      this.errorType = errorType;
      this.message = message;
    }

    @Override
    public String toString() {
      return status + " -> " + type.getSimpleName();
    }
  }

  static List<StatusCase> statuses() {
    return List.of(
        new StatusCase(400, BadRequestException.class, "Validation", "token is required"),
        new StatusCase(401, UnauthorizedException.class, "Unauthorized", "Authorization missing"),
        new StatusCase(403, ForbiddenException.class, "Forbidden", "Not allowed"),
        new StatusCase(404, InviteNotFoundException.class, "NotFound", "Invite was not found"),
        new StatusCase(410, InviteExpiredException.class, "Expired", "Invite has expired"),
        new StatusCase(429, RateLimitedException.class, "RateLimit", "Rate limit exceeded"),
        new StatusCase(500, ServerErrorException.class, "ServerError", "Internal error"),
        new StatusCase(503, ServerErrorException.class, "ServiceUnavailable", "Down for maintenance"),
        new StatusCase(418, UnexpectedStatusException.class, "Teapot", "I am a teapot"));
  }

  /** Each status against a sync and an async look-up and answer. */
  static Stream<Arguments> statusesByOperation() {
    List<Arguments> cases = new ArrayList<>();
    for (StatusCase statusCase : statuses()) {
      for (String op : List.of("get(token, email)", "getAsync(link)", "accept(link)", "rejectAsync(token, email)")) {
        cases.add(Arguments.of(statusCase, Operation.named(op)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("statusesByOperation")
  void documentedErrorBodyBecomesTheTypedException(StatusCase c, Operation op) throws Exception {
    server.enqueue(json(c.status, "{\"type\":\"" + c.errorType + "\",\"message\":\"" + c.message + "\"}")
        .setHeader("X-Request-Id", "req-42"));

    Throwable failure = op.failure(client.invites(), TOKEN, EMAIL);

    assertThat(failure).isExactlyInstanceOf(c.type);
    InviteApiException e = (InviteApiException) failure;
    assertThat(e.statusCode()).isEqualTo(c.status);
    assertThat(e.errorType()).isEqualTo(c.errorType);
    assertThat(e.serviceMessage()).isEqualTo(c.message);
    assertThat(e.method()).isEqualTo(op.httpMethod);
    assertThat(e.requestId()).isEqualTo("req-42");
    assertThat(e.getMessage()).contains("HTTP " + c.status).contains(c.message).contains(c.errorType);
    if (op.isGet()) {
      // The email stays visible (it helps debugging); the token is masked.
      assertThat(e.path()).startsWith(INVITES_PATH + "?token=***&email=").contains("email=ann");
    } else {
      assertThat(e.path()).isEqualTo(INVITES_PATH);
    }
    assertNoTokenIn(e);
    assertThat(server.getRequestCount()).as("retries are off, one exchange").isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void tokenEchoedByTheServiceIsMaskedEverywhere(StatusCase c) throws Exception {
    String echo = "{\"type\":\"" + c.errorType + "\",\"message\":\"No invite for token " + TOKEN
        + " (" + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8) + ")\",\"token\":\"" + TOKEN + "\"}";
    server.enqueue(json(c.status, echo));
    server.enqueue(json(c.status, echo));

    InviteApiException get = (InviteApiException) GET.failure(client.invites(), TOKEN, EMAIL);
    InviteApiException post =
        (InviteApiException) POST.failure(client.invites(), TOKEN, EMAIL);

    for (InviteApiException e : List.of(get, post)) {
      assertThat(e).isExactlyInstanceOf(c.type);
      assertThat(e.statusCode()).isEqualTo(c.status);
      assertThat(e.serviceMessage()).startsWith("No invite for token ");
      assertNoTokenIn(e);
    }
  }

  @Test
  void rateLimitCarriesTheRetryAfterHint() throws Exception {
    server.enqueue(json(429, "{\"type\":\"RateLimit\",\"message\":\"slow down\"}").setHeader("Retry-After", "7"));

    RateLimitedException e = (RateLimitedException) GET.failure(client.invites(), TOKEN, EMAIL);

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.getMessage()).contains("HTTP 429").contains("slow down");
    assertNoTokenIn(e);
  }

  /** A body that is not the documented {type, message}, the exception it must give and what it must say. */
  static Stream<Arguments> otherBodyShapes() {
    return Stream.of(
        // A 404 in a shape WEGnology never sends is not "invite not found": the URL may be wrong.
        Arguments.of("{\"error\":\"x\"}", json(404, "{\"error\":\"x\"}"),
            NotFoundException.class, 404, null, "x"),
        Arguments.of("nested error object", json(400, "{\"error\":{\"code\":\"E_TOKEN\",\"message\":\"bad token\"}}"),
            BadRequestException.class, 400, "E_TOKEN", "bad token"),
        Arguments.of("bare JSON string", json(410, "\"Invite is gone\""),
            InviteExpiredException.class, 410, null, "Invite is gone"),
        Arguments.of("HTML page from a proxy", text(502, "text/html",
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                    + "<body><h1>Bad Gateway</h1><p>nginx</p></body></html>"),
            ServerErrorException.class, 502, null, "502 Bad Gateway"),
        Arguments.of("plain text", text(503, "text/plain", "upstream connect error or disconnect/reset\nmore"),
            ServerErrorException.class, 503, null, "upstream connect error or disconnect/reset"),
        Arguments.of("empty body", new MockResponse().setResponseCode(404),
            NotFoundException.class, 404, null, null),
        Arguments.of("JSON array", json(400, "[\"a\",\"b\"]"),
            BadRequestException.class, 400, null, null),
        Arguments.of("JSON with wrong types", json(404, "{\"type\":7,\"message\":{\"a\":1}}"),
            NotFoundException.class, 404, "7", null),
        Arguments.of("unknown status with HTML", text(451, "text/html", "<h1>Unavailable For Legal Reasons</h1>"),
            UnexpectedStatusException.class, 451, null, "Unavailable For Legal Reasons"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherBodyShapes")
  void errorBodiesOfOtherShapesStillGiveTheStatusAndAUsefulMessage(String shape, MockResponse response,
      Class<? extends InviteApiException> type, int status, String errorType, String messageFragment)
      throws Exception {
    server.enqueue(response);

    Throwable failure = GET.failure(client.invites(), TOKEN, EMAIL);

    assertThat(failure).isExactlyInstanceOf(type);
    InviteApiException e = (InviteApiException) failure;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorType()).isEqualTo(errorType);
    assertThat(e.getMessage()).startsWith("GET " + INVITES_PATH).contains("HTTP " + status);
    if (messageFragment != null) {
      assertThat(e.serviceMessage()).contains(messageFragment);
      assertThat(e.getMessage()).contains(messageFragment);
    }
    assertNoTokenIn(e);
  }

  /** The reported case: a wrong base URL (no /wnology prefix, a foreign server) is not an invite that is gone. */
  @Test
  void aNotFoundPageFromAWrongBaseUrlSaysSoAndNamesTheUrl() throws Exception {
    server.enqueue(text(404, "text/html", "<html><head><title>404 Not Found</title></head><body>nginx</body></html>"));

    InviteApiException e = (InviteApiException) GET.failure(client.invites(), TOKEN, EMAIL);

    assertThat(e).isExactlyInstanceOf(NotFoundException.class);
    assertThat(e.reason()).isEqualTo(ErrorReason.ENDPOINT_NOT_FOUND);
    assertThat(e.getMessage()).contains("base URL").contains(server.url(INVITES_PATH).toString())
        .contains("token=***");
    assertThat(e.url()).startsWith("http://").endsWith("email=ann%40example.com").contains("token=***");
    assertNoTokenIn(e);
  }

  /** The service's own answer on the invite call is still the invite-specific exception. */
  @Test
  void theServicesOwnNotFoundIsAnInviteNotFoundException() throws Exception {
    server.enqueue(json(404, "{\"type\":\"NotFound\",\"message\":\"Invite was not found\"}"));

    InviteApiException e = (InviteApiException) GET.failure(client.invites(), TOKEN, EMAIL);

    assertThat(e).isExactlyInstanceOf(InviteNotFoundException.class).isInstanceOf(NotFoundException.class);
    assertThat(e.reason()).isEqualTo(ErrorReason.INVITE_NOT_FOUND);
    assertThat(e.getMessage()).doesNotContain("base URL");
  }

  @Test
  void emptyErrorBodyStillNamesTheStatus() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(404));

    InviteApiException e = (InviteApiException) GET.failure(client.invites(), TOKEN, EMAIL);

    assertThat(e.serviceMessage()).isNull();
    assertThat(e.bodySnippet()).isEmpty();
    assertThat(e.getMessage()).contains("HTTP 404").contains("Not Found");
  }

  @Test
  void aHugeErrorPageIsCutToABoundedSnippet() throws Exception {
    StringBuilder page = new StringBuilder("<html><head><title>Proxy error</title></head><body>");
    while (page.length() < 200_000) {
      page.append("<p>filler ").append(TOKEN).append("</p>");
    }
    server.enqueue(text(502, "text/html", page.append("</body></html>").toString()));

    InviteApiException e = (InviteApiException) GET.failure(client.invites(), TOKEN, EMAIL);

    assertThat(e).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(e.serviceMessage()).isEqualTo("HTML page: Proxy error");
    assertThat(e.bodySnippet()).startsWith("<html>").hasSizeLessThanOrEqualTo(1100);
    assertThat(e.getMessage()).hasSizeLessThan(1000);
    assertNoTokenIn(e);
  }

  private static void assertNoTokenIn(InviteApiException e) {
    String encoded = URLEncoder.encode(TOKEN, StandardCharsets.UTF_8);
    for (String text : new String[] {e.getMessage(), e.path(), e.bodySnippet(), e.toString(),
        String.valueOf(e.errorType()), String.valueOf(e.serviceMessage())}) {
      assertThat(text).doesNotContain(TOKEN).doesNotContain(encoded)
          .doesNotContain(encoded.replace("+", "%20"));
    }
  }
}
