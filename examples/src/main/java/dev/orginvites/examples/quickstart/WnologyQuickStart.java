package dev.orginvites.examples.quickstart;

import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.wnology.InviteLink;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;

/** The README's WEGnology quick start, compiled so that it cannot drift from the API. */
public final class WnologyQuickStart {
  private WnologyQuickStart() {}

  /** Shows the invite behind {@code inviteUrl}, then accepts or declines it. Returns the joined org id, or null. */
  public static String handle(String baseUrl, String inviteUrl, boolean personAccepts) {
    // README:wnology:start
    try (WnologyClient client = WnologyClient.builder().baseUrl(baseUrl).build()) {
      InviteLink link = InviteLink.parse(inviteUrl);           // token and email from the link
      OrgInvitationInfo invite = client.invites().get(link);   // show this to the person
      System.out.println("Join " + invite.getOrgName() + " as " + invite.getRoleRaw() + "?");
      invite.expiresAt().ifPresent(at -> System.out.println("Answer before " + at));
      if (personAccepts) {
        OrgInvitationResult result = client.invites().accept(link);
        return result.getOrgId();
      }
      client.invites().reject(link);
      return null;
    } catch (InviteNotFoundException e) {
      System.out.println("This invite was already used or never existed.");
      return null;
    } catch (InviteExpiredException e) {
      System.out.println("This invite has expired; ask for a new one.");
      return null;
    }
    // README:wnology:end
  }
}
