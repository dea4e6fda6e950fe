package dev.orginvites.examples.quickstart;

import dev.orginvites.core.InviteApiException;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The README's snippet that branches on a failure's reason, compiled so that it cannot drift from the API. */
public final class FailuresQuickStart {
  private FailuresQuickStart() {}

  /**
   * Invites {@code email}: adds it to {@code skipped} when it is already invited or a member, to {@code later}
   * (with the wait the service asked for) when rate limited, and rethrows any other failure.
   */
  public static void invite(WapikitClient client, String email, List<String> skipped,
      Map<String, Optional<Duration>> later) {
    // README:failures:start
    try {
      client.invites().create(email, AccessLevel.MEMBER);
    } catch (InviteApiException e) {
      switch (e.reason()) {
        case ALREADY_INVITED: case ALREADY_MEMBER: skipped.add(email); break;
        case RATE_LIMITED: later.put(email, e.retryAfter()); break;
        default: throw e;
      }
    }
    // README:failures:end
  }
}
