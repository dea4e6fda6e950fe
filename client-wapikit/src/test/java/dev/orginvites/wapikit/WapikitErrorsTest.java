package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.API_KEY;
import static dev.orginvites.wapikit.WapikitTestSupport.INVITES_PATH;
import static dev.orginvites.wapikit.WapikitTestSupport.PREFIX;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ForbiddenException;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.core.UnexpectedStatusException;
import dev.orginvites.wapikit.WapikitTestSupport.Mode;
import dev.orginvites.wapikit.model.AccessLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each failing status becomes its typed exception, with what the service said and no secret in it. */
class WapikitErrorsTest extends WapikitTestSupport.ClientTest {
  /** 2026-01-01T00:00:00Z, so X-RateLimit-Reset values below are exact. */
  private static final Instant NOW = Instant.ofEpochSecond(1_767_225_600L);

  @Override
  WapikitClient.Builder clientBuilder(MockWebServer server) {
    return super.clientBuilder(server)
        .retryPolicy(RetryPolicy.disabled())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void duplicateInviteIsBadRequest(Mode mode) {
    server.enqueue(json(400, "{\"message\":\"invite already exists\"}"));

    BadRequestException e = thrown(BadRequestException.class, () -> mode.run(
        () -> invites.create("ann@example.com", AccessLevel.MEMBER),
        () -> invites.createAsync("ann@example.com", AccessLevel.MEMBER)));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.serviceMessage()).isEqualTo("invite already exists");
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo(INVITES_PATH);
    assertThat(e.getMessage()).contains("POST", INVITES_PATH, "400", "invite already exists");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rejectedKeyIsUnauthorized(Mode mode) {
    server.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));

    UnauthorizedException e = thrown(UnauthorizedException.class,
        () -> mode.run(() -> invites.list(1, 20), () -> invites.listAsync(1, 20)));

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.serviceMessage()).isEqualTo("Unauthorized");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo(INVITES_PATH + "?page=1&per_page=20");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unknownSlugIsNotFound(Mode mode) {
    server.enqueue(json(404, "{\"message\":\"invite not found\"}"));

    InviteNotFoundException e = thrown(InviteNotFoundException.class,
        () -> mode.run(() -> invites.get("nope42"), () -> invites.getAsync("nope42")));

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.serviceMessage()).isEqualTo("invite not found");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo(PREFIX + "/organization/invite/nope42");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void acceptOfAnUnknownSlugIsNotFound(Mode mode) {
    server.enqueue(json(404, "{\"message\":\"invite not found\"}"));

    InviteNotFoundException e = thrown(InviteNotFoundException.class,
        () -> mode.run(() -> invites.accept("nope42"), () -> invites.acceptAsync("nope42")));

    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo(PREFIX + "/organization/invite/nope42/accept");
  }

  @Test
  void forbiddenAndOtherStatusesStayTyped() {
    server.enqueue(json(403, "{\"message\":\"not an admin\"}"));
    server.enqueue(json(409, "{\"message\":\"conflict\"}"));

    assertThat(thrown(ForbiddenException.class, () -> invites.get("abc")).serviceMessage()).isEqualTo("not an admin");
    UnexpectedStatusException other = thrown(UnexpectedStatusException.class, () -> invites.get("abc"));
    assertThat(other.statusCode()).isEqualTo(409);
    assertThat(other.serviceMessage()).isEqualTo("conflict");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimitWaitComesFromXRateLimitReset(Mode mode) {
    server.enqueue(json(429, "{\"message\":\"rate limit exceeded\",\"remaining\":0,\"reset\":1767225642}")
        .setHeader("X-RateLimit-Limit", "100")
        .setHeader("X-RateLimit-Remaining", "0")
        .setHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 42)));

    RateLimitedException e = thrown(RateLimitedException.class, () -> mode.run(
        () -> invites.create("ann@example.com", AccessLevel.OWNER),
        () -> invites.createAsync("ann@example.com", AccessLevel.OWNER)));

    assertThat(e.statusCode()).isEqualTo(429);
    assertThat(e.serviceMessage()).isEqualTo("rate limit exceeded");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(42));
    assertThat(e.path()).isEqualTo(INVITES_PATH);
  }

  @Test
  void rateLimitResetInThePastMeansNoWait() {
    server.enqueue(json(429, "{\"message\":\"rate limit exceeded\"}")
        .setHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() - 5)));

    assertThat(thrown(RateLimitedException.class, () -> invites.list(1, 10)).retryAfter()).contains(Duration.ZERO);
  }

  @Test
  void rateLimitWaitComesFromRetryAfterSeconds() {
    server.enqueue(json(429, "{\"message\":\"slow down\"}").setHeader("Retry-After", "7"));

    RateLimitedException e = thrown(RateLimitedException.class, () -> invites.list(1, 10));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.serviceMessage()).isEqualTo("slow down");
  }

  @Test
  void rateLimitWaitComesFromRetryAfterDate() {
    server.enqueue(json(429, "{\"message\":\"slow down\"}").setHeader("Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT"));

    assertThat(thrown(RateLimitedException.class, () -> invites.get("abc")).retryAfter())
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterWinsOverXRateLimitReset() {
    server.enqueue(json(429, "{\"message\":\"slow down\"}")
        .setHeader("Retry-After", "3")
        .setHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 60)));

    assertThat(thrown(RateLimitedException.class, () -> invites.get("abc")).retryAfter())
        .contains(Duration.ofSeconds(3));
  }

  @Test
  void rateLimitWithoutHintsHasNoRetryAfter() {
    server.enqueue(json(429, "{\"message\":\"slow down\"}"));

    assertThat(thrown(RateLimitedException.class, () -> invites.get("abc")).retryAfter()).isEmpty();
  }

  @Test
  void xRateLimitResetOnASuccessfulCallIsNoError() {
    server.enqueue(json(200, "{\"invites\":[]}").setHeader("X-RateLimit-Reset", NOW.getEpochSecond() + 60));

    assertThat(invites.list(1, 10).items()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrorsAreServerErrorException(int status) {
    server.enqueue(json(status, "{\"message\":\"upstream failed\"}"));

    ServerErrorException e = thrown(ServerErrorException.class, () -> invites.get("abc"));

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.serviceMessage()).isEqualTo("upstream failed");
    assertThat(e.path()).isEqualTo(PREFIX + "/organization/invite/abc");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void htmlErrorPageFromAProxyKeepsTheStatus() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Content-Type", "text/html")
        .setBody("<html><head><title>503 Service Unavailable</title></head><body>busy</body></html>"));

    ServerErrorException e = thrown(ServerErrorException.class, () -> invites.list(1, 10));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.serviceMessage()).contains("503 Service Unavailable");
    assertThat(e.bodySnippet()).startsWith("<html>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\"just a string\"", "[1,2]", "{\"error\":{\"code\":\"E1\"}}", "plain text\nline 2"})
  void errorBodiesOfOtherShapesDoNotHideTheStatus(String body) {
    server.enqueue(new MockResponse().setResponseCode(400).setBody(body));

    BadRequestException e = thrown(BadRequestException.class, () -> invites.create("a@b.io", AccessLevel.MEMBER));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.getMessage()).contains("400");
  }

  @Test
  void requestIdHeaderIsReported() {
    server.enqueue(json(404, "{\"message\":\"invite not found\"}").setHeader("X-Request-Id", "req-77"));

    InviteNotFoundException e = thrown(InviteNotFoundException.class, () -> invites.get("abc"));

    assertThat(e.requestId()).isEqualTo("req-77");
    assertThat(e.getMessage()).contains("req-77");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 429, 500})
  void anEchoedApiKeyNeverShows(int status) {
    String encodedKey = URLEncoder.encode(API_KEY, StandardCharsets.UTF_8);
    server.enqueue(json(status, "{\"message\":\"key " + API_KEY + " is not valid\",\"x-access-token\":\"" + API_KEY
        + "\",\"apiKey\":\"" + API_KEY + "\",\"hint\":\"sent " + encodedKey + "\"}"));

    InviteApiException e = thrown(InviteApiException.class, () -> invites.create("ann@example.com",
        AccessLevel.MEMBER));

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.serviceMessage()).doesNotContain(API_KEY).contains("***");
    for (String text : new String[] {e.getMessage(), e.toString(), e.bodySnippet(), e.serviceMessage(), e.path()}) {
      assertThat(text).doesNotContain(API_KEY).doesNotContain(encodedKey);
    }
  }

  @Test
  void anApiKeyEchoedInAnHtmlPageNeverShows() {
    server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "text/html")
        .setBody("<html><title>Denied for " + API_KEY + "</title><body>token " + API_KEY + "</body></html>"));

    UnauthorizedException e = thrown(UnauthorizedException.class, () -> invites.list(1, 10));

    assertThat(e.getMessage()).doesNotContain(API_KEY);
    assertThat(e.serviceMessage()).doesNotContain(API_KEY);
    assertThat(e.bodySnippet()).doesNotContain(API_KEY).contains("***");
  }

  private static <T extends Throwable> T thrown(Class<T> type, Runnable call) {
    T e = catchThrowableOfType(type, call::run);
    assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
    return e;
  }
}
