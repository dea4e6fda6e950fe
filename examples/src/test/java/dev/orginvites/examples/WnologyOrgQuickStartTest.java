package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.examples.quickstart.WnologyOrgQuickStart;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.WnologyFake;
import dev.orginvites.wnology.model.InviteRole;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's organization quick start, run against the sandbox's organization (and its output captured). */
class WnologyOrgQuickStartTest extends DemoSandboxTest {
  private static final String ORG = SandboxFixtures.DEMO_ORG_ID;

  private String sync(Map<String, InviteRole> team) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      WnologyOrgQuickStart.syncTeam(sandbox.wnologyBaseUrl(), SandboxFixtures.API_TOKEN, ORG, team);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theOrganizationEndsUpAsTheTeamSaysAndARerunChangesNothing() {
    sandbox.wnology().seedMember(ORG, "0123456789abcdef01234567", "leaver@example.com", "edit");
    Map<String, InviteRole> team = new LinkedHashMap<>();
    team.put(SandboxFixtures.DEMO_ADMIN_EMAIL, InviteRole.ADMIN);
    team.put(SandboxFixtures.DEMO_MEMBER_EMAIL, InviteRole.EDIT);
    team.put(SandboxFixtures.DEMO_EMAIL, InviteRole.EDIT);          // has a pending invite already
    team.put("ann@example.com", InviteRole.COLLABORATE);

    String out = sync(team);

    assertThat(out).contains("Invited ann@example.com, valid until ").doesNotContain(SandboxFixtures.DEMO_EMAIL);
    assertThat(sandbox.wnology().members(ORG)).containsExactly(
        new WnologyFake.Member(SandboxFixtures.DEMO_ADMIN_USER_ID, SandboxFixtures.DEMO_ADMIN_EMAIL, "admin"),
        new WnologyFake.Member(SandboxFixtures.DEMO_MEMBER_USER_ID, SandboxFixtures.DEMO_MEMBER_EMAIL, "edit"));
    assertThat(sandbox.outbox().messages()).extracting(m -> m.to()).containsExactly("ann@example.com");
    assertThat(sandbox.wnology().isPending(SandboxFixtures.DEMO_TOKEN, SandboxFixtures.DEMO_EMAIL)).isTrue();

    int requests = sandbox.wnology().requestCount();
    assertThat(sync(team)).isEmpty();
    assertThat(sandbox.outbox().messages()).hasSize(1);
    assertThat(sandbox.wnology().requestCount() - requests).as("pending, members, two refused invites").isEqualTo(4);
  }
}
