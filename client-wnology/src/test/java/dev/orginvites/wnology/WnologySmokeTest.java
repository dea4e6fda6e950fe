package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.Sleeper;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WnologySmokeTest {
  private final MockWebServer server = new MockWebServer();
  private WnologyClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = WnologyClient.builder()
        .baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
        .sleeper(new Sleeper() {
          @Override public void sleep(Duration d) {}
          @Override public CompletableFuture<Void> delay(Duration d) { return CompletableFuture.completedFuture(null); }
        })
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  @Test
  void getSendsQueryAndReadsInvite() throws Exception {
    server.enqueue(json(200, "{\"orgName\":\"Acme\",\"role\":\"owner-ish\",\"inviteDate\":\"2026-01-02T03:04:05+02:00\",\"extra\":1}"));
    OrgInvitationInfo info = client.invites().get("t+k/=&%", "a+b@x.com");
    assertThat(info.getOrgName()).isEqualTo("Acme");
    assertThat(info.getRole().value()).isEqualTo("owner-ish");
    assertThat(info.getRole().isKnown()).isFalse();
    assertThat(info.getInviteDate().getOffset().getTotalSeconds()).isEqualTo(7200);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getRequestUrl().queryParameter("token")).isEqualTo("t+k/=&%");
    assertThat(request.getRequestUrl().queryParameter("email")).isEqualTo("a+b@x.com");
    assertThat(request.getHeader("User-Agent")).startsWith("org-invites-java/");
  }

  @Test
  void notFoundIsTypedAndHidesToken() {
    server.enqueue(json(404, "{\"type\":\"NotFound\",\"message\":\"Invite was not found\"}"));
    assertThatThrownBy(() -> client.invites().get("secret-token-1", "a@b.c"))
        .isInstanceOf(InviteNotFoundException.class)
        .hasMessageContaining("Invite was not found")
        .hasMessageNotContaining("secret-token-1");
  }

  @Test
  void getIsRetriedButPostIsNot() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));
    assertThat(client.invites().getAsync("tok1", "a@b.c").get().getOrgName()).isEqualTo("Acme");
    assertThat(server.getRequestCount()).isEqualTo(2);
    server.enqueue(json(503, "{}"));
    assertThatThrownBy(() -> client.invites().accept("tok1", "a@b.c")).isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }
}
