package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ErrorDialect;
import dev.orginvites.core.internal.ErrorDialect.BodyShape;

/**
 * How WapiKit words its failures: the documented {@code {"message"}}, the live service's bare JSON strings
 * ({@code "User already sent an invite"}, {@code "Invite already redeemed"}, {@code "Invite not found"}) and its
 * 429 body {@code {"error", "remaining", "reset"}}. The organization calls' refusals: a role still assigned
 * ({@link ErrorReason#ROLE_IN_USE}), a new owner who is not a member ({@link ErrorReason#NOT_A_MEMBER}), a
 * permission the service does not know ({@link ErrorReason#UNKNOWN_PERMISSION}). What a 404 means otherwise is
 * each operation's own (member, role, organization, template, phone number, invite).
 */
final class WapikitErrors {
  static final ErrorDialect DIALECT = ErrorDialect.builder()
      .ownBodies(BodyShape.MESSAGE, BodyShape.ERROR, BodyShape.BARE_STRING)
      .message("already (a |an existing )?member|already (in|part of) (the |this )?organi[sz]ation",
          ErrorReason.ALREADY_MEMBER)
      .message("already sent an invite|already (been )?invited|already has an? (pending )?invite"
          + "|invite already exists", ErrorReason.ALREADY_INVITED)
      .message("already redeemed|already accepted|already used|(is )?not pending|no longer pending",
          ErrorReason.INVITE_NOT_PENDING)
      .message(404, "invit", ErrorReason.INVITE_NOT_FOUND)
      // A member's roles set to a role id that does not exist: the 404 names the role, not the member.
      .message(404, "\\brole\\b", ErrorReason.ROLE_NOT_FOUND)
      // Deleting a role that members still have ("role is still assigned to 2 member(s)").
      .message("(still|currently) (assigned|in use)|role (is )?in use|in use by|has (members|users) assigned"
          + "|assigned to (one or more|\\d+|some|existing) (members?|users?)", ErrorReason.ROLE_IN_USE)
      // Ownership transferred to someone outside the organization ("new owner is not a member of ...").
      .message("not (a |an )?member|(is not|isn't) part of (the |this )?organi[sz]ation"
          + "|must be (a |an )?(existing )?member|does not belong to (the |this )?organi[sz]ation",
          ErrorReason.NOT_A_MEMBER)
      // A role with a permission the service does not (or no longer) know ("unknown permission: X").
      .message("(unknown|invalid|unsupported|unrecogni[sz]ed|undefined) permissions?|no such permission"
          + "|permissions? \\S+ (is|are) (not valid|invalid|unknown|not supported|not recogni[sz]ed)",
          ErrorReason.UNKNOWN_PERMISSION)
      .build();

  private WapikitErrors() {}
}
