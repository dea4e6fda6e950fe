package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.examples.quickstart.WapikitQuickStart;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.wapikit.AcceptedInvite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's WapiKit quick start runs against the sandbox as the README says (its output captured). */
class WapikitQuickStartTest extends DemoSandboxTest {
  @Test
  void invitesAcceptsAndGivesTheNewMembersARole() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    AcceptedInvite accepted;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      accepted = WapikitQuickStart.inviteTeam(sandbox.wapikitBaseUrl(), SandboxFixtures.API_KEY,
          List.of("ann@example.com", SandboxFixtures.DEMO_SLUG_EMAIL), SandboxFixtures.DEMO_SLUG);
    } finally {
      System.setOut(original);
    }

    String output = printed.toString(StandardCharsets.UTF_8);
    assertThat(accepted.slug()).isEqualTo(SandboxFixtures.DEMO_SLUG);
    assertThat(output).contains("Invited ann@example.com (Pending)",
        "Skipped " + SandboxFixtures.DEMO_SLUG_EMAIL + ": already invited",
        "invitee+demo Member [Campaign manager]", SandboxFixtures.DEMO_MEMBER_NAME + " Member [Campaign manager]",
        SandboxFixtures.WAPIKIT_OWNER_NAME + " Owner []");
  }
}
