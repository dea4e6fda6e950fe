package dev.orginvites.testkit;

import static dev.orginvites.testkit.Http.encode;
import static dev.orginvites.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WnologyFakeTest extends FakeTestBase<WnologyFake> {
  private static final String TOKEN = "tok-1";
  private static final String EMAIL = "someone@example.com";

  @Override
  WnologyFake fakeIn(Sandbox started) {
    return started.wnology();
  }

  private HttpResponse<String> get(String token, String email) {
    return Http.get(sandbox.wnologyBaseUrl() + "/invites?token=" + encode(token) + "&email=" + encode(email));
  }

  private HttpResponse<String> respond(String token, String email, boolean accept) {
    String body =
        String.format("{\"email\":\"%s\",\"token\":\"%s\",\"accept\":%s}", email, token, accept);
    return Http.post(sandbox.wnologyBaseUrl() + "/invites", body);
  }

  @Test
  void getReturnsTheSeededInviteWithDefaults() {
    fake.seedInvite(TOKEN, EMAIL);

    HttpResponse<String> response = get(TOKEN, EMAIL);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = json(response);
    assertThat(body.get("orgName").asText()).isEqualTo(WnologyFake.DEFAULT_ORG_NAME);
    assertThat(body.get("email").asText()).isEqualTo(EMAIL);
    assertThat(body.get("role").asText()).isEqualTo("view");
    assertThat(body.get("inviteDate").asText()).isEqualTo("2026-11-01T12:00:00.000Z");
    assertThat(body.get("ttl").asLong()).isEqualTo(Duration.ofDays(7).toMillis());
    assertThat(body.get("disallowTransfer").asBoolean()).isFalse();
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void fullSeedKeepsEveryChosenValueIncludingRolesAndOffsetsTheSpecDoesNotList() {
    OffsetDateTime sent = OffsetDateTime.of(2026, 10, 31, 9, 30, 0, 0, ZoneOffset.ofHours(2));
    fake.newInvite(TOKEN, EMAIL)
        .orgName("Acme")
        .role("owner")
        .inviteDate(sent)
        .ttl(Duration.ofDays(30))
        .disallowTransfer(true)
        .orgId("0123456789abcdef01234567")
        .seed();

    JsonNode body = json(get(TOKEN, EMAIL));

    assertThat(body.get("orgName").asText()).isEqualTo("Acme");
    assertThat(body.get("role").asText()).isEqualTo("owner");
    assertThat(body.get("inviteDate").asText()).isEqualTo("2026-10-31T09:30:00.000+02:00");
    assertThat(body.get("ttl").asLong()).isEqualTo(Duration.ofDays(30).toMillis());
    assertThat(body.get("disallowTransfer").asBoolean()).isTrue();
    assertThat(json(respond(TOKEN, EMAIL, true)).get("orgId").asText()).isEqualTo("0123456789abcdef01234567");
    // "owner" is outside the spec's enum: the response check must notice, proving it runs.
    assertThat(sandbox.responseViolations())
        .extracting(Violation::key)
        .contains("validation.response.body.schema.enum");
    offSpecResponsesSeeded = true;
  }

  @Test
  void plusSignsMustBeEncodedBecauseTheQueryIsDecodedAsAForm() {
    fake.seedInvite(TOKEN, "new.user+demo@example.com");

    HttpResponse<String> encoded = get(TOKEN, "new.user+demo@example.com");
    HttpResponse<String> unencoded =
        Http.get(sandbox.wnologyBaseUrl() + "/invites?token=" + TOKEN + "&email=new.user+demo@example.com");

    assertThat(encoded.statusCode()).isEqualTo(200);
    assertThat(unencoded.statusCode()).isEqualTo(400);
    assertThat(json(unencoded).get("message").asText()).contains("email");
  }

  @Test
  void missingParameterIsA400AndASpecViolation() {
    HttpResponse<String> response = Http.get(sandbox.wnologyBaseUrl() + "/invites?email=" + encode(EMAIL));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.get("type").asText()).isEqualTo("Validation");
    assertThat(body.get("message").asText()).contains("token");
    assertThat(fake.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.service()).isEqualTo("wnology");
              assertThat(v.method()).isEqualTo("GET");
              assertThat(v.path()).isEqualTo("/invites");
              assertThat(v.message()).contains("token");
            });
  }

  @Test
  void malformedEmailIsA400FromTheServiceItselfNotASpecViolation() {
    fake.seedInvite(TOKEN, EMAIL);

    HttpResponse<String> malformed = get(TOKEN, "not-an-email");

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json(malformed).get("type").asText()).isEqualTo("Validation");
    assertThat(json(malformed).get("message").asText()).contains("email");
    // The spec types the query's email as a plain string, so only the service's own check refuses it.
    assertThat(fake.violations()).isEmpty();
  }

  @Test
  void blankParametersAre400sAndTheValidatorCountsThemAsMissing() {
    fake.seedInvite(TOKEN, EMAIL);

    assertThat(get("   ", EMAIL).statusCode()).isEqualTo(400);
    assertThat(get(TOKEN, "   ").statusCode()).isEqualTo(400);

    assertThat(fake.violations())
        .extracting(Violation::key)
        .containsOnly("validation.request.parameter.missing")
        .hasSize(2);
  }

  @Test
  void unknownTokenOrWrongEmailIsA404() {
    fake.seedInvite(TOKEN, EMAIL);

    HttpResponse<String> unknown = get("other", EMAIL);
    HttpResponse<String> wrongEmail = get(TOKEN, "other@example.com");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("type").asText()).isEqualTo("NotFound");
    assertThat(json(unknown).get("message").asText()).isEqualTo("Invite was not found");
    assertThat(wrongEmail.statusCode()).isEqualTo(404);
  }

  @Test
  void expiredInviteIsA410ForLookupAndAnswer() {
    fake.newInvite(TOKEN, EMAIL).ttl(Duration.ofHours(1)).seed();
    assertThat(get(TOKEN, EMAIL).statusCode()).isEqualTo(200);

    clock.advance(Duration.ofHours(1));

    HttpResponse<String> lookup = get(TOKEN, EMAIL);
    assertThat(lookup.statusCode()).isEqualTo(410);
    assertThat(json(lookup).get("type").asText()).isEqualTo("Expired");
    assertThat(respond(TOKEN, EMAIL, true).statusCode()).isEqualTo(410);
    assertThat(fake.isPending(TOKEN, EMAIL)).isFalse();
    assertThat(fake.responses()).isEmpty();
  }

  @Test
  void expiredSeedIsExpiredAtOnce() {
    fake.newInvite(TOKEN, EMAIL).expired().seed();

    assertThat(get(TOKEN, EMAIL).statusCode()).isEqualTo(410);
  }

  @Test
  void acceptSucceedsOnceThenTheInviteIsGone() {
    fake.seedInvite(TOKEN, EMAIL);
    assertThat(fake.isPending(TOKEN, EMAIL)).isTrue();

    HttpResponse<String> accepted = respond(TOKEN, EMAIL, true);

    assertThat(accepted.statusCode()).isEqualTo(200);
    JsonNode body = json(accepted);
    assertThat(body.get("accepted").asBoolean()).isTrue();
    assertThat(body.get("orgId").asText()).matches("[0-9a-f]{24}");
    assertThat(fake.isPending(TOKEN, EMAIL)).isFalse();
    assertThat(fake.responses())
        .containsExactly(new WnologyFake.InviteResponse(TOKEN, EMAIL, true, body.get("orgId").asText()));
    assertThat(respond(TOKEN, EMAIL, true).statusCode()).isEqualTo(404);
    assertThat(get(TOKEN, EMAIL).statusCode()).isEqualTo(404);
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void rejectAnswersAcceptedFalse() {
    fake.seedInvite(TOKEN, EMAIL);

    HttpResponse<String> rejected = respond(TOKEN, EMAIL, false);

    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(json(rejected).get("accepted").asBoolean()).isFalse();
    assertThat(fake.responses()).singleElement().extracting(WnologyFake.InviteResponse::accepted).isEqualTo(false);
    assertThat(fake.isPending(TOKEN, EMAIL)).isFalse();
  }

  @Test
  void malformedJsonIsA400AndASpecViolation() {
    fake.seedInvite(TOKEN, EMAIL);

    HttpResponse<String> response = Http.post(sandbox.wnologyBaseUrl() + "/invites", "{\"email\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fake.violations()).extracting(Violation::key).contains("validation.request.body.schema.invalidJson");
    assertThat(fake.isPending(TOKEN, EMAIL)).isTrue();
  }

  @Test
  void extraPropertyIsA400NamingTheViolation() {
    fake.seedInvite(TOKEN, EMAIL);
    String body = "{\"email\":\"" + EMAIL + "\",\"token\":\"" + TOKEN + "\",\"accept\":true,\"orgId\":\"x\"}";

    HttpResponse<String> response = Http.post(sandbox.wnologyBaseUrl() + "/invites", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).contains("additionalProperties").contains("orgId");
    assertThat(fake.violations())
        .extracting(Violation::key)
        .containsExactly("validation.request.body.schema.additionalProperties");
    assertThat(fake.isPending(TOKEN, EMAIL)).isTrue();
  }

  @Test
  void missingOrMistypedFieldsAre400s() {
    fake.seedInvite(TOKEN, EMAIL);
    String url = sandbox.wnologyBaseUrl() + "/invites";

    assertThat(Http.post(url, "{\"email\":\"" + EMAIL + "\",\"token\":\"" + TOKEN + "\"}").statusCode())
        .isEqualTo(400);
    String mistyped = "{\"email\":\"" + EMAIL + "\",\"token\":\"" + TOKEN + "\",\"accept\":\"yes\"}";
    assertThat(Http.post(url, mistyped).statusCode())
        .isEqualTo(400);
    assertThat(Http.post(url, null).statusCode()).isEqualTo(400);

    assertThat(fake.violations())
        .extracting(Violation::key)
        .containsExactly(
            "validation.request.body.schema.required",
            "validation.request.body.schema.type",
            "validation.request.body.missing");
    assertThat(fake.isPending(TOKEN, EMAIL)).isTrue();
  }

  @Test
  void wrongMethodIsA405AndUnknownPathA404BothRecorded() {
    HttpResponse<String> delete = Http.send(Http.request(sandbox.wnologyBaseUrl() + "/invites").DELETE());
    HttpResponse<String> unknown = Http.get(sandbox.wnologyBaseUrl() + "/orgs");

    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(fake.violations())
        .extracting(Violation::key)
        .containsExactly("validation.request.operation.notAllowed", "validation.request.path.missing");
  }

  @Test
  void requestsAreRecordedInOrder() {
    fake.seedInvite(TOKEN, EMAIL);
    get(TOKEN, EMAIL);
    respond(TOKEN, EMAIL, true);

    assertThat(fake.requestCount()).isEqualTo(2);
    assertThat(fake.requests()).extracting(RecordedRequest::method).containsExactly("GET", "POST");
    RecordedRequest lookup = fake.requests().get(0);
    assertThat(lookup.path()).isEqualTo("/invites");
    assertThat(lookup.rawQuery()).contains("email=someone%40example.com");
    assertThat(fake.requests().get(1).body()).contains("\"accept\":true");
    assertThat(fake.requests().get(1).header("content-type")).hasValue("application/json");
  }
}
