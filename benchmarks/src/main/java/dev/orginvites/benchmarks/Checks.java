package dev.orginvites.benchmarks;

import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.util.List;

/**
 * Sanity checks run once in each benchmark's setup: a benchmark of a call that silently returns the wrong thing
 * measures nothing.
 */
final class Checks {
  private Checks() {}

  static void info(OrgInvitationInfo info) {
    require(info != null && "Example Org".equals(info.getOrgName()) && info.getInviteDate() != null,
        "unexpected invite info: " + info);
  }

  static void result(OrgInvitationResult result) {
    require(result != null && Boolean.TRUE.equals(result.getAccepted()), "unexpected accept result: " + result);
  }

  static void page(List<OrganizationMemberInvite> invites) {
    require(invites != null && invites.size() == Fixtures.PAGE_SIZE && invites.get(49).getCreatedAt() != null,
        "unexpected invite page: " + (invites == null ? null : invites.size()));
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
