package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.examples.quickstart.BulkQuickStart;
import dev.orginvites.testkit.SandboxFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's bulk quick start against the sandbox: everyone new is invited once, the known ones skipped. */
class BulkQuickStartTest extends DemoSandboxTest {
  @Test
  void invitesTheNewAndSkipsThePendingInvite() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    BulkReport report;
    try {
      report = BulkQuickStart.inviteEveryone(sandbox.wapikitBaseUrl(), SandboxFixtures.API_KEY,
          List.of("ann@example.com", "bob@example.com", SandboxFixtures.DEMO_SLUG_EMAIL));
    } finally {
      System.setOut(original);
    }

    assertThat(report.invited()).containsExactly("ann@example.com", "bob@example.com");
    assertThat(report.skipped()).containsExactly(SandboxFixtures.DEMO_SLUG_EMAIL);
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("3/3").contains("2 invited, 1 skipped")
        .doesNotContain("Stopped");
    assertThat(sandbox.outbox().messagesTo("ann@example.com")).hasSize(1);
  }
}
