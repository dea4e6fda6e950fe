package dev.orginvites.wnology;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ErrorDialect;
import dev.orginvites.core.internal.ErrorDialect.BodyShape;

/** How WEGnology words its failures: its Error body {@code {"type", "message"}} and the refusals it explains. */
final class WnologyErrors {
  static final ErrorDialect DIALECT = ErrorDialect.builder()
      .ownBodies(BodyShape.TYPE_AND_MESSAGE)
      .status(410, ErrorReason.INVITE_EXPIRED)
      .type("Expired", ErrorReason.INVITE_EXPIRED)
      .message("already (a |an existing )?member|already belongs to", ErrorReason.ALREADY_MEMBER)
      .message("already (been )?invited|already has an? (pending |open )?invite|invite already exists"
          + "|pending invite (already )?exists", ErrorReason.ALREADY_INVITED)
      .message(404, "organi[sz]ation", ErrorReason.ORGANIZATION_NOT_FOUND)
      .message(404, "member|user", ErrorReason.MEMBER_NOT_FOUND)
      .message(404, "invit", ErrorReason.INVITE_NOT_FOUND)
      .build();

  private WnologyErrors() {}
}
