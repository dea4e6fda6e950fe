package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ErrorDialect;
import dev.orginvites.core.internal.ErrorDialect.BodyShape;

/**
 * How WapiKit words its failures: the documented {@code {"message"}}, the live service's bare JSON strings
 * ({@code "User already sent an invite"}, {@code "Invite already redeemed"}, {@code "Invite not found"}) and its
 * 429 body {@code {"error", "remaining", "reset"}}.
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
      .build();

  private WapikitErrors() {}
}
