package dev.orginvites.examples;

import static dev.orginvites.testkit.SandboxFixtures.DEMO_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.testkit.junit.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The first test of docs/TESTING.md and the README, compiled and run. */
class FirstSandboxTest {
  // TESTING.md:first:start
  @RegisterExtension static SandboxExtension sandbox = SandboxExtension.create();

  @Test void joinsTheDemoOrganization() {
    assertThat(sandbox.wnologyClient().invites().accept(DEMO_TOKEN, DEMO_EMAIL).getAccepted()).isTrue();
  }
  // TESTING.md:first:end
}
