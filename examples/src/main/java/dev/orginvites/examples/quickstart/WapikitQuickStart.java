package dev.orginvites.examples.quickstart;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.wapikit.AcceptedInvite;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import java.util.List;

/** The README's WapiKit quick start, compiled so that it cannot drift from the API. */
public final class WapikitQuickStart {
  private WapikitQuickStart() {}

  /** Invites {@code emails} as members, lists all invites and accepts the one with {@code slug}. */
  public static AcceptedInvite inviteTeam(String baseUrl, String apiKey, List<String> emails, String slug) {
    // README:wapikit:start
    try (WapikitClient client = WapikitClient.builder().baseUrl(baseUrl).apiKey(apiKey).build()) {
      for (String email : emails) {
        try {
          OrganizationMemberInvite invite = client.invites().create(email, AccessLevel.MEMBER);
          System.out.println("Invited " + invite.getEmail() + " (" + invite.getStatus() + ")");
        } catch (BadRequestException refused) {
          switch (refused.reason()) {
            case ALREADY_INVITED: System.out.println("Skipped " + email + ": already invited"); break;
            case ALREADY_MEMBER: System.out.println("Skipped " + email + ": already a member"); break;
            default: throw refused;
          }
        }
      }
      client.invites().listAll()                                // pages lazily, 50 at a time
          .forEach(i -> System.out.println(i.getEmail() + " " + i.getAccessLevel() + " " + i.getStatus()));
      return client.invites().accept(slug);                     // sessionToken() for the org joined
    }
    // README:wapikit:end
  }
}
