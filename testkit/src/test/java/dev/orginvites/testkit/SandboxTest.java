package dev.orginvites.testkit;

import static dev.orginvites.testkit.Http.encode;
import static dev.orginvites.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxTest {

  @Test
  void servesBothFakesUnderTheirMountsOnLoopback() {
    try (Sandbox sandbox = Sandbox.start()) {
      assertThat(sandbox.port()).isPositive();
      assertThat(sandbox.wnologyBaseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/wnology");
      assertThat(sandbox.wapikitBaseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/wapikit/api");
      assertThat(Http.get(sandbox.wnologyBaseUrl() + "/invites?token=t&email=a%40b").statusCode()).isEqualTo(404);
      assertThat(Http.get(sandbox.wapikitBaseUrl() + "/organization/invite/x").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void startsOnAChosenPortAndStopsListeningOnClose() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String url;
    try (Sandbox sandbox = Sandbox.start(port)) {
      assertThat(sandbox.port()).isEqualTo(port);
      url = sandbox.wnologyBaseUrl() + "/invites?token=t&email=a%40b";
      assertThat(Http.get(url).statusCode()).isEqualTo(404);
    }
    assertThatThrownBy(() -> Http.get(url)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void pathsOutsideTheMountsAre404sThatNameTheMounts() {
    try (Sandbox sandbox = Sandbox.start()) {
      HttpResponse<String> root = Http.get("http://127.0.0.1:" + sandbox.port() + "/api/organization/invites");
      HttpResponse<String> lookalike = Http.get("http://127.0.0.1:" + sandbox.port() + "/wnologyx/invites");

      assertThat(root.statusCode()).isEqualTo(404);
      // A web server's page, in neither service's error format, so clients read it as a wrong base URL.
      assertThat(root.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(root.body()).contains("<title>Nothing is served at /api/organization/invites")
          .contains("/wnology").contains("/wapikit/api");
      assertThat(lookalike.statusCode()).isEqualTo(404);
    }
  }

  /** An invite created through the API leaves the email the service would send: in Java and over HTTP. */
  @Test
  void createdInvitesArriveInTheOutbox() {
    try (Sandbox sandbox = Sandbox.start()) {
      HttpResponse<String> created = Http.post(sandbox.wapikitBaseUrl() + "/organization/invites",
          "{\"email\":\"Ann+x@example.com\",\"accessLevel\":\"Member\"}", "x-access-token", SandboxFixtures.API_KEY);
      assertThat(created.statusCode()).isEqualTo(200);
      String slug = sandbox.wapikit().slugFor("ann+x@example.com").orElseThrow();

      SandboxOutbox.Message message = sandbox.outbox().latestFor("ann+X@example.com").orElseThrow();
      assertThat(message.service()).isEqualTo("wapikit");
      assertThat(message.to()).isEqualTo("Ann+x@example.com");
      assertThat(message.slug()).isEqualTo(slug);
      assertThat(message.link()).isEqualTo("https://app.wapikit.com/invite/" + slug);
      assertThat(message.organization()).isEqualTo(SandboxFixtures.WAPIKIT_ORG_NAME);

      HttpResponse<String> outbox = Http.get(sandbox.outboxUrl() + "?to=" + encode("ann+x@example.com"));
      assertThat(outbox.statusCode()).isEqualTo(200);
      JsonNode messages = json(outbox);
      assertThat(messages.isArray()).isTrue();
      assertThat(messages).hasSize(1);
      assertThat(messages.get(0).get("slug").asText()).isEqualTo(slug);
      assertThat(json(Http.get(sandbox.outboxUrl() + "?service=wnology"))).isEmpty();

      sandbox.reset();
      assertThat(sandbox.outbox().messages()).isEmpty();
    }
  }

  @Test
  void demoFixturesSeedBothServices() {
    try (Sandbox sandbox = Sandbox.withDemoFixtures()) {
      String lookup = sandbox.wnologyBaseUrl() + "/invites?email=" + encode(SandboxFixtures.DEMO_EMAIL) + "&token=";
      String[] auth = {"x-access-token", SandboxFixtures.API_KEY};

      HttpResponse<String> valid = Http.get(lookup + SandboxFixtures.DEMO_TOKEN);
      HttpResponse<String> expired = Http.get(lookup + SandboxFixtures.EXPIRED_TOKEN);
      HttpResponse<String> slug =
          Http.get(sandbox.wapikitBaseUrl() + "/organization/invite/" + SandboxFixtures.DEMO_SLUG, auth);

      assertThat(valid.statusCode()).isEqualTo(200);
      assertThat(json(valid).get("orgName").asText()).isEqualTo(SandboxFixtures.DEMO_ORG_NAME);
      assertThat(expired.statusCode()).isEqualTo(410);
      assertThat(slug.statusCode()).isEqualTo(200);
      assertThat(json(slug).get("invite").get("email").asText()).isEqualTo(SandboxFixtures.DEMO_SLUG_EMAIL);
      assertThat(json(slug).get("invite").get("status").asText()).isEqualTo("Pending");
      sandbox.assertNoViolations();
      assertThat(sandbox.responseViolations()).isEmpty();
    }
  }

  @Test
  void assertNoViolationsListsEveryViolationOfBothFakes() {
    try (Sandbox sandbox = Sandbox.start()) {
      Http.get(sandbox.wnologyBaseUrl() + "/invites?token=t");
      Http.get(sandbox.wapikitBaseUrl() + "/organization/invites?page=0&per_page=1", "x-access-token", "sandbox-key");

      assertThat(sandbox.violations()).extracting(Violation::service).containsExactly("wnology", "wapikit");
      assertThatThrownBy(sandbox::assertNoViolations)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("2 request(s)")
          .hasMessageContaining("wnology GET /invites")
          .hasMessageContaining("'email'")
          .hasMessageContaining("wapikit GET /organization/invites")
          .hasMessageContaining("'page'");
    }
  }

  @Test
  void recordedRequestsHideSecretsWhenPrinted() {
    RecordedRequest request =
        new RecordedRequest(
            "GET",
            "/invites",
            "token=s3cret&email=a%40b",
            Map.of("X-Access-Token", List.of("key-s3cret"), "Accept", List.of("application/json")),
            "");

    assertThat(request.toString()).doesNotContain("s3cret").contains("email=a%40b").contains("application/json");
    assertThat(request.header("x-access-token")).hasValue("key-s3cret");
  }

  @Test
  void printsNothingWhileServing() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try (Sandbox sandbox = Sandbox.withDemoFixtures()) {
      Http.get(sandbox.wnologyBaseUrl() + "/invites?token=" + SandboxFixtures.DEMO_TOKEN + "&email=x%40y");
      Http.get(sandbox.wapikitBaseUrl() + "/organization/invites?page=x", "x-access-token", "sandbox-key");
      Http.post(sandbox.wnologyBaseUrl() + "/invites", "{oops");
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void rejectsAnImpossiblePort() {
    assertThatThrownBy(() -> Sandbox.start(70_000)).isInstanceOf(IllegalArgumentException.class);
  }
}
