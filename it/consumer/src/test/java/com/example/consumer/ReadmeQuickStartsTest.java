package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orginvites.examples.quickstart.EnumsQuickStart;
import dev.orginvites.examples.quickstart.WapikitQuickStart;
import dev.orginvites.examples.quickstart.WnologyQuickStart;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.junit.SandboxExtension;
import dev.orginvites.wapikit.AcceptedInvite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's quick starts, run against the testkit's sandbox as an application's own tests would. */
class ReadmeQuickStartsTest {
  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.create();

  @Test
  void wnologyQuickStartJoinsTheOrganizationOfTheLink() {
    String link = "https://app.wnology.example/#/invites?token=" + SandboxFixtures.DEMO_TOKEN
        + "&email=" + URLEncoder.encode(SandboxFixtures.DEMO_EMAIL, StandardCharsets.UTF_8);

    assertEquals(SandboxFixtures.DEMO_ORG_ID, WnologyQuickStart.handle(sandbox.wnologyBaseUrl(), link, true));
    assertFalse(sandbox.wnology().isPending(SandboxFixtures.DEMO_TOKEN, SandboxFixtures.DEMO_EMAIL));
  }

  @Test
  void wapikitQuickStartInvitesTheTeamAndAccepts() {
    AcceptedInvite accepted = WapikitQuickStart.inviteTeam(sandbox.wapikitBaseUrl(), SandboxFixtures.API_KEY,
        List.of("ann@example.com", SandboxFixtures.DEMO_SLUG_EMAIL), SandboxFixtures.DEMO_SLUG);

    assertFalse(accepted.sessionToken().isBlank());
    assertTrue(sandbox.wapikit().isMember(SandboxFixtures.DEMO_SLUG_EMAIL));
    assertTrue(sandbox.wapikit().slugFor("ann@example.com").isPresent());
  }

  @Test
  void enumsQuickStartDescribesAnInvite() {
    assertEquals(SandboxFixtures.DEMO_SLUG_EMAIL + " has not answered yet",
        EnumsQuickStart.describe(sandbox.wapikitClient().invites().get(SandboxFixtures.DEMO_SLUG)));
  }
}
