package dev.orginvites.wapikit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.InviteApiException;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.wapikit.model.AccessLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller branches on {@link InviteApiException#reason()}, never on message text: the sandbox's refusals (already
 * invited, already answered, already a member) are told apart by reason alone. Moved here from client-wapikit's
 * WapikitReasonsTest when the testkit started to depend on the clients.
 */
final class WapikitReasonsSandboxTest {
  private static final String ANN = "ann@example.com";

  /** What an onboarding tool does with each refusal; the branches see only the reason. */
  private static String outcomeOf(Runnable call) {
    try {
      call.run();
      return "sent";
    } catch (InviteApiException e) {
      switch (e.reason()) {
        case ALREADY_INVITED:
          return "skip: pending invite";
        case ALREADY_MEMBER:
          return "skip: member";
        case INVITE_NOT_PENDING:
          return "skip: already answered";
        default:
          return "failed: " + e.reason();
      }
    }
  }

  @Test
  void theSandboxsRefusalsAreToldApartByReasonAlone() {
    try (Sandbox sandbox = Sandbox.start();
        WapikitClient client = WapikitClient.builder().fromEnvironment(Map.of(
            "WAPIKIT_BASE_URL", sandbox.wapikitBaseUrl(), "WAPIKIT_API_KEY", SandboxFixtures.API_KEY)).build()) {
      List<String> outcomes = new ArrayList<>();
      outcomes.add(outcomeOf(() -> client.invites().create(ANN, AccessLevel.MEMBER)));
      outcomes.add(outcomeOf(() -> client.invites().create(ANN, AccessLevel.MEMBER)));
      String slug = sandbox.wapikit().slugFor(ANN).orElseThrow();
      outcomes.add(outcomeOf(() -> client.invites().accept(slug)));
      outcomes.add(outcomeOf(() -> client.invites().accept(slug)));
      outcomes.add(outcomeOf(() -> client.invites().create(ANN, AccessLevel.MEMBER)));

      assertThat(outcomes).containsExactly(
          "sent", "skip: pending invite", "sent", "skip: already answered", "skip: member");
      sandbox.assertNoViolations();
    }
  }
}
