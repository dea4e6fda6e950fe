package dev.orginvites.examples.quickstart;

import dev.orginvites.wapikit.model.InviteStatus;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;

/** The README's example of reading an enum, compiled so that it cannot drift from the API. */
public final class EnumsQuickStart {
  private EnumsQuickStart() {}

  /** One line about where {@code invite} stands, whatever status the service sent. */
  public static String describe(OrganizationMemberInvite invite) {
    // README:enums:start
    InviteStatus status = invite.getStatus();                  // null when the service left it out
    if (status == null) {
      return invite.getEmail() + ": no status";
    }
    switch (status) {
      case PENDING:
        return invite.getEmail() + " has not answered yet";
      case REDEEMED:
        return invite.getEmail() + " joined";
      default:                                                  // UNKNOWN: a status newer than this SDK
        return invite.getEmail() + ": " + invite.getStatusRaw(); // the exact string the service sent
    }
    // README:enums:end
  }
}
