package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.examples.quickstart.EnumsQuickStart;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import org.junit.jupiter.api.Test;

/** The README's enum example, run against invites the sandbox serves, unlisted statuses included. */
class EnumsQuickStartTest extends DemoSandboxTest {
  @Test
  void eachStatusTheServiceSendsIsDescribed() {
    sandbox.wapikit().newInvite("odd@example.com").slug("seeded-odd").status("Revoked").seed();
    try (WapikitClient client =
        WapikitClient.builder().baseUrl(sandbox.wapikitBaseUrl()).apiKey(SandboxFixtures.API_KEY).build()) {
      OrganizationMemberInvite created = client.invites().create("new@example.com", AccessLevel.MEMBER);

      assertThat(EnumsQuickStart.describe(created)).isEqualTo("new@example.com has not answered yet");
      assertThat(EnumsQuickStart.describe(client.invites().get("seeded-odd")))
          .isEqualTo("odd@example.com: Revoked");
      assertThat(EnumsQuickStart.describe(new OrganizationMemberInvite().email("x@example.com")))
          .isEqualTo("x@example.com: no status");
    }
  }
}
