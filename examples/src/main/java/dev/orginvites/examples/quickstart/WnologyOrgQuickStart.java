package dev.orginvites.examples.quickstart;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.wnology.SendOptions;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.WnologyOrg;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvite;
import dev.orginvites.wnology.model.OrgMember;
import java.util.HashMap;
import java.util.Map;

/** The README's quick start for a WEGnology organization's side, compiled so that it cannot drift from the API. */
public final class WnologyOrgQuickStart {
  private WnologyOrgQuickStart() {}

  /**
   * Makes the organization's members match {@code team} (email to role): revokes expired invites, changes roles,
   * removes members not in the team and invites those missing. Include yourself in {@code team}.
   */
  public static void syncTeam(String baseUrl, String apiToken, String orgId, Map<String, InviteRole> team) {
    // README:wnology-org:start
    try (WnologyClient client = WnologyClient.builder().baseUrl(baseUrl).apiToken(apiToken).build()) {
      WnologyOrg org = client.org(orgId);
      for (OrgInvite invite : org.invites().pending()) {
        if (Boolean.TRUE.equals(invite.getHasExpired())) {
          org.invites().revoke(invite.getId());                   // its link stops working; re-invited below
        }
      }
      Map<String, InviteRole> missing = new HashMap<>(team);     // email -> role
      for (OrgMember member : org.members().list()) {
        InviteRole wanted = missing.remove(member.getEmail());
        if (wanted == null) {
          org.members().remove(member.getUserId());
        } else if (wanted != member.getRole()) {
          org.members().changeRole(member.getUserId(), wanted);
        }
      }
      missing.forEach((email, role) -> {
        try {
          OrgInvite sent = org.invites().send(email, role,        // WEGnology emails them the link
              SendOptions.builder().disallowTransfer(true).build());
          System.out.println("Invited " + email + ", valid until " + sent.expiresAt().orElse(null));
        } catch (BadRequestException refused) {
          if (refused.reason() != ErrorReason.ALREADY_INVITED) {
            throw refused;
          }
        }
      });
    }
    // README:wnology-org:end
  }
}
