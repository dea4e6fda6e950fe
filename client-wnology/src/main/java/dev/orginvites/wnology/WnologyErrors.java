package dev.orginvites.wnology;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ErrorDialect;
import dev.orginvites.core.internal.ErrorDialect.BodyShape;

/**
 * How WEGnology words its failures: its Error body {@code {"type", "message"}} and the refusals it explains. The
 * sandbox's wordings ("... has already been invited to this organization", "... is already a member of this
 * organization", "Organization was not found", "Invite was not found", "Member was not found") and Losant-style
 * ones ("Org was not found", "User is already in this org", "An invite already exists for this email") all map.
 */
final class WnologyErrors {
  static final ErrorDialect DIALECT = ErrorDialect.builder()
      .ownBodies(BodyShape.TYPE_AND_MESSAGE)
      .status(410, ErrorReason.INVITE_EXPIRED)
      .type("Expired", ErrorReason.INVITE_EXPIRED)
      .message("already (a |an existing )?member|already belongs to|already an? (org(ani[sz]ation)? )?member"
          + "|already (in|part of) (the |this )?org(ani[sz]ation)?\\b", ErrorReason.ALREADY_MEMBER)
      .message("already (been )?invited|already has an? (pending |open )?invit|invite already exists"
          + "|pending invite (already )?exists|invit(e|ation) (for|to) .{1,1100}? already exists"
          + "|already (been )?sent an invit", ErrorReason.ALREADY_INVITED)
      .message(404, "invit(e|ation)s? (was |were |is )?not found|no such invit", ErrorReason.INVITE_NOT_FOUND)
      .message(404, "organi[sz]ation|\\borgs?\\b", ErrorReason.ORGANIZATION_NOT_FOUND)
      .message(404, "member|user", ErrorReason.MEMBER_NOT_FOUND)
      .message(404, "invit", ErrorReason.INVITE_NOT_FOUND)
      .build();

  private WnologyErrors() {}
}
