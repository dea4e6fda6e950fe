package dev.orginvites.testkit;

import static dev.orginvites.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WapikitFakeTest extends FakeTestBase<WapikitFake> {
  private static final String[] AUTH = {"x-access-token", SandboxFixtures.API_KEY};

  @Override
  WapikitFake fakeIn(Sandbox started) {
    return started.wapikit();
  }

  private String url(String path) {
    return sandbox.wapikitBaseUrl() + path;
  }

  private HttpResponse<String> create(String email, String accessLevel) {
    String body = String.format("{\"email\":\"%s\",\"accessLevel\":\"%s\"}", email, accessLevel);
    return Http.post(url("/organization/invites"), body, AUTH);
  }

  private HttpResponse<String> list(String query) {
    return Http.get(url("/organization/invites?" + query), AUTH);
  }

  @Test
  void missingOrUnknownApiKeyIsA401() {
    HttpResponse<String> missing = Http.get(url("/organization/invites?page=1&per_page=10"));
    HttpResponse<String> wrong =
        Http.get(url("/organization/invites?page=1&per_page=10"), "x-access-token", "nope");

    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(json(missing).get("message").asText()).contains("x-access-token");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong).has("message")).isTrue();
    assertThat(wrong.headers().firstValue("X-RateLimit-Limit")).isPresent();
    // Authentication is the fake's business, not a spec violation.
    assertThat(fake.violations()).isEmpty();
  }

  @Test
  void addedApiKeysAreAccepted() {
    fake.addApiKey("second-key");

    assertThat(Http.get(url("/organization/invites?page=1&per_page=10"), "x-access-token", "second-key").statusCode())
        .isEqualTo(200);
    assertThat(list("page=1&per_page=10").statusCode()).isEqualTo(200);
  }

  @Test
  void createReturnsThePendingInviteAndExposesItsSlug() {
    HttpResponse<String> response = create("a@example.com", "Owner");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode invite = json(response).get("invite");
    assertThat(invite.get("uniqueId").asText()).isNotBlank();
    assertThat(invite.get("email").asText()).isEqualTo("a@example.com");
    assertThat(invite.get("accessLevel").asText()).isEqualTo("Owner");
    assertThat(invite.get("status").asText()).isEqualTo("Pending");
    assertThat(invite.get("organizationName").asText()).isEqualTo(SandboxFixtures.WAPIKIT_ORG_NAME);
    assertThat(OffsetDateTime.parse(invite.get("createdAt").asText()).toInstant()).isEqualTo(START);
    String slug = fake.slugFor("A@example.com").orElseThrow();
    assertThat(fake.createdSlugs()).containsExactly(slug);
    assertThat(fake.inviteStatus(slug)).hasValue("Pending");
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void createValidatesEmailAndAccessLevel() {
    HttpResponse<String> badEmail = create("not-an-email", "Member");
    HttpResponse<String> badLevel = create("b@example.com", "Admin");

    assertThat(badEmail.statusCode()).isEqualTo(400);
    assertThat(badLevel.statusCode()).isEqualTo(400);
    assertThat(json(badLevel).get("message").asText()).contains("accessLevel");
    assertThat(fake.violations())
        .extracting(Violation::key)
        .containsExactly("validation.request.body.schema.format.email", "validation.request.body.schema.enum");
    assertThat(fake.createdSlugs()).isEmpty();
  }

  @Test
  void createRefusesAnEmailWithAPendingInviteOrAMember() {
    assertThat(create("dup@example.com", "Member").statusCode()).isEqualTo(200);
    fake.addMember("member@example.com");

    HttpResponse<String> pending = create("DUP@example.com", "Owner");
    HttpResponse<String> member = create("member@example.com", "Member");

    assertThat(pending.statusCode()).isEqualTo(400);
    assertThat(json(pending).get("message").asText()).contains("already");
    assertThat(member.statusCode()).isEqualTo(400);
    assertThat(json(member).get("message").asText()).contains("already");
    assertThat(fake.createdSlugs()).hasSize(1);
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void concurrentCreatesOfOneEmailLetExactlyOneThrough() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> create("race@example.com", "Member").statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : pool.invokeAll(calls)) {
        statuses.add(status.get());
      }
      assertThat(statuses).containsOnly(200, 400).filteredOn(s -> s == 200).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void listPagesAndSortsByCreatedAt() {
    for (int day = 1; day <= 5; day++) {
      fake.newInvite("user" + day + "@example.com")
          .slug("slug-" + day)
          .createdAt(OffsetDateTime.of(2026, 1, day, 0, 0, 0, 0, ZoneOffset.UTC))
          .seed();
    }

    JsonNode first = json(list("page=1&per_page=2"));
    JsonNode last = json(list("page=3&per_page=2&sortBy=asc"));
    JsonNode newest = json(list("page=1&per_page=2&sortBy=desc"));
    JsonNode beyond = json(list("page=9&per_page=2"));

    assertThat(emails(first)).containsExactly("user1@example.com", "user2@example.com");
    assertThat(first.get("paginationMeta").get("page").asInt()).isEqualTo(1);
    assertThat(first.get("paginationMeta").get("per_page").asInt()).isEqualTo(2);
    assertThat(first.get("paginationMeta").get("total").asInt()).isEqualTo(5);
    assertThat(emails(last)).containsExactly("user5@example.com");
    assertThat(emails(newest)).containsExactly("user5@example.com", "user4@example.com");
    assertThat(emails(beyond)).isEmpty();
    assertThat(sandbox.violations()).isEmpty();
  }

  private static List<String> emails(JsonNode page) {
    List<String> emails = new ArrayList<>();
    page.get("invites").forEach(invite -> emails.add(invite.get("email").asText()));
    return emails;
  }

  @Test
  void listRequiresValidPageAndPerPage() {
    HttpResponse<String> missing = list("per_page=10");
    HttpResponse<String> zero = list("page=1&per_page=0");
    HttpResponse<String> notANumber = list("page=abc&per_page=10");
    HttpResponse<String> badSort = list("page=1&per_page=10&sortBy=up");

    assertThat(List.of(missing, zero, notANumber, badSort))
        .extracting(HttpResponse::statusCode)
        .containsOnly(400);
    assertThat(json(zero).get("message").asText()).contains("per_page");
    assertThat(fake.violations())
        .extracting(Violation::key)
        .containsExactly(
            "validation.request.parameter.query.missing",
            "validation.request.parameter.schema.minimum",
            "validation.request.parameter.schema.type",
            "validation.request.parameter.schema.enum");
  }

  @Test
  void getFindsAnInviteBySlugOr404s() {
    fake.seedInvite("my-slug", "c@example.com", "Owner");

    HttpResponse<String> found = Http.get(url("/organization/invite/my-slug"), AUTH);
    HttpResponse<String> missing = Http.get(url("/organization/invite/nope"), AUTH);

    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(json(found).get("invite").get("email").asText()).isEqualTo("c@example.com");
    assertThat(json(found).get("invite").get("accessLevel").asText()).isEqualTo("Owner");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("message").asText()).isEqualTo("invite not found");
  }

  @Test
  void acceptRedeemsOnceAndMakesTheEmailAMember() {
    fake.seedInvite("s1", "d@example.com", "Member");

    HttpResponse<String> accepted = Http.post(url("/organization/invite/s1/accept"), null, AUTH);

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(json(accepted).get("token").asText()).isNotBlank();
    assertThat(fake.inviteStatus("s1")).hasValue("Redeemed");
    assertThat(fake.isMember("d@example.com")).isTrue();
    assertThat(json(Http.get(url("/organization/invite/s1"), AUTH)).get("invite").get("status").asText())
        .isEqualTo("Redeemed");

    HttpResponse<String> again = Http.post(url("/organization/invite/s1/accept"), null, AUTH);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(json(again).get("message").asText()).contains("not pending");
    assertThat(create("d@example.com", "Member").statusCode()).isEqualTo(400);
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void acceptingAnUnknownSlugIsA404() {
    HttpResponse<String> response = Http.post(url("/organization/invite/ghost/accept"), null, AUTH);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).has("message")).isTrue();
  }

  @Test
  void acceptWithABodyBreaksTheSpec() {
    fake.seedInvite("s2", "e@example.com", "Member");

    HttpResponse<String> response = Http.post(url("/organization/invite/s2/accept"), "{}", AUTH);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fake.violations()).extracting(Violation::key).containsExactly("validation.request.body.unexpected");
    assertThat(fake.inviteStatus("s2")).hasValue("Pending");
  }

  @Test
  void everyResponseCarriesRateLimitHeaders() {
    List<HttpResponse<String>> responses =
        List.of(
            list("page=1&per_page=1"),
            create("f@example.com", "Member"),
            Http.get(url("/organization/invite/none"), AUTH),
            Http.get(url("/organization/invites")));

    for (HttpResponse<String> response : responses) {
      assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("1000");
      assertThat(response.headers().firstValue("X-RateLimit-Remaining")).hasValue("1000");
      assertThat(response.headers().firstValue("X-RateLimit-Reset"))
          .hasValue(Long.toString(START.plus(Duration.ofMinutes(1)).getEpochSecond()));
    }
  }

  @Test
  void seededInvitesMayCarryValuesTheSpecDoesNotList() {
    String slug = fake.newInvite("g@example.com").accessLevel("Admin").status("Revoked").seed().slug();

    JsonNode invite = json(Http.get(url("/organization/invite/" + slug), AUTH)).get("invite");

    assertThat(slug).matches("[0-9a-f]{8}");
    assertThat(invite.get("accessLevel").asText()).isEqualTo("Admin");
    assertThat(invite.get("status").asText()).isEqualTo("Revoked");
    assertThat(Http.post(url("/organization/invite/" + slug + "/accept"), null, AUTH).statusCode()).isEqualTo(400);
    // The response check notices the off-spec values, which proves it runs.
    assertThat(sandbox.responseViolations())
        .extracting(Violation::key)
        .contains("validation.response.body.schema.enum");
    offSpecResponsesSeeded = true;
  }
}
