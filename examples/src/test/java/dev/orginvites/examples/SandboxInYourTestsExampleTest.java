package dev.orginvites.examples;

// TESTING.md:sandbox:start
import static dev.orginvites.testkit.SandboxFixtures.DEMO_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_TOKEN;
import static dev.orginvites.testkit.SandboxFixtures.EXPIRED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wnology.WnologyClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxInYourTestsExampleTest {
  private Sandbox sandbox;

  @BeforeEach
  void startSandbox() {
    sandbox = Sandbox.withDemoFixtures();              // ephemeral port on 127.0.0.1
  }

  @AfterEach
  void checkRequestsAgainstTheSpecs() {
    try {
      sandbox.assertNoViolations();                     // every request matched openapi/*.yaml
    } finally {
      sandbox.close();
    }
  }

  @Test
  void personAcceptsTheInviteFromTheirLink() {
    try (WnologyClient client = WnologyClient.builder().baseUrl(sandbox.wnologyBaseUrl()).build()) {
      assertThat(client.invites().accept(DEMO_TOKEN, DEMO_EMAIL).getAccepted()).isTrue();
    }
    assertThat(sandbox.wnology().isPending(DEMO_TOKEN, DEMO_EMAIL)).isFalse();
  }

  @Test
  void expiredInviteIsATypedException() {
    try (WnologyClient client = WnologyClient.builder().baseUrl(sandbox.wnologyBaseUrl()).build()) {
      assertThatThrownBy(() -> client.invites().get(EXPIRED_TOKEN, DEMO_EMAIL))
          .isInstanceOf(InviteExpiredException.class);
    }
  }

  @Test
  void invitedMemberAcceptsWithTheSlugFromTheirEmail() {
    try (WapikitClient client = WapikitClient.builder()
        .baseUrl(sandbox.wapikitBaseUrl()).apiKey(SandboxFixtures.API_KEY).build()) {
      client.invites().create("ann@example.com", AccessLevel.MEMBER);
      String slug = sandbox.wapikit().slugFor("ann@example.com").orElseThrow(); // what the email would carry
      assertThat(client.invites().accept(slug).sessionToken()).isNotBlank();
    }
    assertThat(sandbox.wapikit().isMember("ann@example.com")).isTrue();
  }

  @Test
  void outageSurfacesAsAServerError() {
    sandbox.wnology().failNext(1, 503);                 // also: delay(..), rateLimit(..), reset()
    try (WnologyClient client = WnologyClient.builder()
        .baseUrl(sandbox.wnologyBaseUrl()).retryPolicy(RetryPolicy.disabled()).build()) {
      assertThatThrownBy(() -> client.invites().get(DEMO_TOKEN, DEMO_EMAIL))
          .isInstanceOf(ServerErrorException.class);
    }
  }
}
// TESTING.md:sandbox:end
