package dev.orginvites.examples;

// TESTING.md:extension:start
import static dev.orginvites.testkit.SandboxFixtures.DEMO_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_SLUG;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_TOKEN;
import static dev.orginvites.testkit.SandboxFixtures.EXPIRED_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.testkit.junit.SandboxExtension;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxExtensionExampleTest {
  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.create();   // one sandbox for the class, on 127.0.0.1

  @Test
  void personAcceptsTheInviteFromTheirLink() {
    assertThat(sandbox.wnologyClient().invites().accept(DEMO_TOKEN, DEMO_EMAIL).getAccepted()).isTrue();
    assertThat(sandbox.wnology().isPending(DEMO_TOKEN, DEMO_EMAIL)).isFalse();
  }

  @Test
  void theNextTestStartsFromTheFixturesAgain() {
    assertThat(sandbox.wnology().isPending(DEMO_TOKEN, DEMO_EMAIL)).isTrue();   // whatever ran before
  }

  @Test
  void expiredInviteIsATypedException() {
    assertThatThrownBy(() -> sandbox.wnologyClient().invites().get(EXPIRED_TOKEN, DEMO_EMAIL))
        .isInstanceOf(InviteExpiredException.class);
  }

  @Test
  void invitedMemberAcceptsWithTheSlugFromTheirEmail() {
    sandbox.wapikitClient().invites().create("ann@example.com", AccessLevel.MEMBER);
    String slug = sandbox.wapikit().slugFor("ann@example.com").orElseThrow();   // what the email would carry
    assertThat(sandbox.wapikitClient().invites().accept(slug).sessionToken()).isNotBlank();
    assertThat(sandbox.wapikit().isMember("ann@example.com")).isTrue();
  }

  @Test
  void aLongRateLimitFailsAtOnce() {
    sandbox.wapikit().rateLimit(1, Duration.ofMinutes(1));
    sandbox.wapikitClient().invites().get(DEMO_SLUG);
    assertThatThrownBy(() -> sandbox.wapikitClient().invites().get(DEMO_SLUG))
        .isInstanceOf(RateLimitedException.class);
  }

  @Test
  void outageSurfacesAsAServerError() {
    sandbox.wapikit().failNext(1, 503);                          // also: delay(..), rateLimit(..)
    try (WapikitClient noRetries = sandbox.wapikitClientBuilder().retryPolicy(RetryPolicy.disabled()).build()) {
      assertThatThrownBy(() -> noRetries.invites().get(DEMO_SLUG)).isInstanceOf(ServerErrorException.class);
    }
  }
}
// TESTING.md:extension:end
