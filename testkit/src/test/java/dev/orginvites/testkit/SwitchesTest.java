package dev.orginvites.testkit;

import static dev.orginvites.testkit.Http.encode;
import static dev.orginvites.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The misbehaviour switches, on both fakes. */
class SwitchesTest {
  private static final Instant START = Instant.parse("2026-11-01T12:00:00.250Z");
  private static final String[] AUTH = {"x-access-token", SandboxFixtures.API_KEY};

  private final MutableClock clock = new MutableClock(START);
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(0, clock).seedDemoFixtures();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private HttpResponse<String> wnologyGet() {
    return Http.get(
        sandbox.wnologyBaseUrl()
            + "/invites?token="
            + SandboxFixtures.DEMO_TOKEN
            + "&email="
            + encode(SandboxFixtures.DEMO_EMAIL));
  }

  private HttpResponse<String> wapikitGet() {
    return Http.get(sandbox.wapikitBaseUrl() + "/organization/invite/" + SandboxFixtures.DEMO_SLUG, AUTH);
  }

  @Test
  void wapikitRateLimitAnswers429WithHeadersAndBodyUntilTheWindowEnds() {
    sandbox.wapikit().rateLimit(2, Duration.ofSeconds(10));

    HttpResponse<String> first = wapikitGet();
    HttpResponse<String> second = wapikitGet();
    HttpResponse<String> limited = wapikitGet();

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
    assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
    assertThat(second.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    assertThat(limited.statusCode()).isEqualTo(429);
    long reset = START.plusSeconds(10).getEpochSecond(); // the window opened at the first call's second, 12:00:00
    assertThat(limited.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
    assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    assertThat(limited.headers().firstValue("X-RateLimit-Reset")).hasValue(Long.toString(reset));
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("10");
    JsonNode body = json(limited);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(body.get("remaining").asInt()).isZero();
    assertThat(body.get("reset").asLong()).isEqualTo(reset);

    clock.advance(Duration.ofSeconds(10));

    assertThat(wapikitGet().statusCode()).isEqualTo(200);
    assertThat(sandbox.responseViolations()).isEmpty();
  }

  @Test
  void aWindowOpensWithItsFirstCallSoAMinuteBoundaryDoesNotSplitATestsCalls() {
    clock.advance(Duration.ofMillis(59_500)); // 12:00:59.750, a quarter second before the wall clock's minute ends
    sandbox.wapikit().rateLimit(1, Duration.ofMinutes(1));

    assertThat(wapikitGet().statusCode()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1)); // past 12:01:00
    HttpResponse<String> limited = wapikitGet();

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("X-RateLimit-Reset"))
        .hasValue(Long.toString(Instant.parse("2026-11-01T12:01:59Z").getEpochSecond()));
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("59");
  }

  @Test
  void retryAfterIsAtLeastOneSecondForShortWindows() {
    sandbox.wnology().rateLimit(1, Duration.ofMillis(50));

    assertThat(wnologyGet().statusCode()).isEqualTo(200);
    HttpResponse<String> limited = wnologyGet();

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(json(limited).get("type").asText()).isEqualTo("RateLimit");
    clock.advance(Duration.ofMillis(50));
    assertThat(wnologyGet().statusCode()).isEqualTo(200);
  }

  @Test
  void wnologySendsRateLimitHeadersOnlyWhileALimitIsSet() {
    assertThat(wnologyGet().headers().firstValue("X-RateLimit-Limit")).isEmpty();

    sandbox.wnology().rateLimit(5, Duration.ofMinutes(1));
    assertThat(wnologyGet().headers().firstValue("X-RateLimit-Limit")).hasValue("5");

    sandbox.wnology().noRateLimit();
    assertThat(wnologyGet().headers().firstValue("X-RateLimit-Limit")).isEmpty();
  }

  @Test
  void noRateLimitLiftsTheLimit() {
    sandbox.wapikit().rateLimit(1, Duration.ofMinutes(1));
    wapikitGet();
    assertThat(wapikitGet().statusCode()).isEqualTo(429);

    sandbox.wapikit().noRateLimit();

    assertThat(wapikitGet().statusCode()).isEqualTo(200);
  }

  @Test
  void failNextAnswersTheNextCallsWithTheServiceErrorFormat() {
    sandbox.wnology().failNext(2, 503);
    sandbox.wapikit().failNext(1, 500);

    HttpResponse<String> wnologyFirst = wnologyGet();
    HttpResponse<String> wnologySecond = wnologyGet();
    HttpResponse<String> wnologyThird = wnologyGet();
    HttpResponse<String> wapikitFirst = wapikitGet();
    HttpResponse<String> wapikitSecond = wapikitGet();

    assertThat(wnologyFirst.statusCode()).isEqualTo(503);
    assertThat(json(wnologyFirst).get("type").asText()).isEqualTo("ServerError");
    assertThat(json(wnologyFirst).get("message").asText()).isNotBlank();
    assertThat(wnologyFirst.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(wnologySecond.statusCode()).isEqualTo(503);
    assertThat(wnologyThird.statusCode()).isEqualTo(200);
    assertThat(wapikitFirst.statusCode()).isEqualTo(500);
    assertThat(json(wapikitFirst).get("message").asText()).isNotBlank();
    assertThat(wapikitFirst.headers().firstValue("X-RateLimit-Limit")).isPresent();
    assertThat(wapikitSecond.statusCode()).isEqualTo(200);
  }

  @Test
  void failNextStillRecordsOffSpecRequests() {
    sandbox.wnology().failNext(1, 503);

    HttpResponse<String> response = Http.get(sandbox.wnologyBaseUrl() + "/invites");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(sandbox.violations()).isNotEmpty();
  }

  @Test
  void failNextRejectsNonErrorStatuses() {
    assertThatThrownBy(() -> sandbox.wapikit().failNext(1, 200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.wapikit().failNext(-1, 500)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.wapikit().rateLimit(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void delayHoldsTheAnswerBack() {
    sandbox.wapikit().delay(Duration.ofMillis(60));

    long started = System.nanoTime();
    HttpResponse<String> response = wapikitGet();
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(60);
  }

  @Test
  void delayLongerThanTheClientTimeoutMakesTheClientTimeOut() {
    sandbox.wnology().delay(Duration.ofMillis(300));

    assertThatThrownBy(
            () ->
                Http.send(
                    Http.request(sandbox.wnologyBaseUrl() + "/invites?token=a&email=b%40c")
                        .timeout(Duration.ofMillis(30))
                        .GET()))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void resetClearsSwitchesStateAndRecordings() {
    sandbox.wapikit().failNext(5, 503).delay(Duration.ofSeconds(5)).rateLimit(1, Duration.ofMinutes(1));
    sandbox.wnology().failNext(5, 503);
    Http.get(sandbox.wnologyBaseUrl() + "/invites");
    sandbox.wapikit().addApiKey("extra");

    sandbox.reset();

    assertThat(sandbox.wnology().requestCount()).isZero();
    assertThat(sandbox.violations()).isEmpty();
    assertThat(sandbox.wnology().isPending(SandboxFixtures.DEMO_TOKEN, SandboxFixtures.DEMO_EMAIL)).isFalse();
    assertThat(wapikitGet().statusCode()).as("switches off, demo invite gone").isEqualTo(404);
    assertThat(wapikitGet().statusCode()).as("rate limit off").isEqualTo(404);
    assertThat(Http.get(sandbox.wapikitBaseUrl() + "/organization/invite/x", "x-access-token", "extra").statusCode())
        .as("added keys are forgotten")
        .isEqualTo(401);
    sandbox.seedDemoFixtures();
    assertThat(wnologyGet().statusCode()).isEqualTo(200);
  }

  @Test
  void sandboxWideSwitchesAndStatsCountAnswersByStatus() {
    sandbox.rateLimit(1, Duration.ofMinutes(1)).latency(Duration.ZERO);
    wnologyGet();
    wnologyGet();
    wapikitGet();

    assertThat(sandbox.stats().get("wnology")).containsExactly(Map.entry(200, 1L), Map.entry(429, 1L));
    assertThat(sandbox.stats().get("wapikit")).containsExactly(Map.entry(200, 1L));
    JsonNode served = json(Http.get("http://127.0.0.1:" + sandbox.port() + Sandbox.STATS_PATH));
    assertThat(served.get("wnology").get("429").asLong()).isEqualTo(1);
    assertThat(served.get("wapikit").get("200").asLong()).isEqualTo(1);

    sandbox.reset();
    assertThat(sandbox.stats().get("wnology")).isEmpty();
  }
}
