package dev.orginvites.examples.quickstart;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.wapikit.AcceptedInvite;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMember;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wapikit.model.OrganizationRole;
import dev.orginvites.wapikit.model.RolePermission;
import java.util.List;
import java.util.stream.Collectors;

/** The README's WapiKit quick start, compiled so that it cannot drift from the API. */
public final class WapikitQuickStart {
  private WapikitQuickStart() {}

  /**
   * Invites {@code emails} as members, lists all invites, accepts the one with {@code slug}, then gives every
   * member without a role a new "Campaign manager" role and lists the members with their roles.
   */
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
      AcceptedInvite accepted = client.invites().accept(slug);  // sessionToken() for the org joined

      // Who joined, and what they may do: a role with permissions for every member who has none yet.
      OrganizationRole campaigns = client.roles().create("Campaign manager", "Runs campaigns",
          List.of(RolePermission.GET_CAMPAIGN, RolePermission.CREATE_CAMPAIGN, RolePermission.UPDATE_CAMPAIGN));
      List<OrganizationMember> withoutRole = client.members().listAll()
          .filter(m -> m.getAccessLevel() == AccessLevel.MEMBER && m.getRoles().isEmpty())
          .collect(Collectors.toList());
      for (OrganizationMember member : withoutRole) {
        client.members().setRoles(member.getUniqueId(), List.of(campaigns.getUniqueId()));
      }
      for (OrganizationMember member : client.members().list(1, 20).items()) {
        System.out.println(member.getName() + " " + member.getAccessLevel() + " "
            + member.getRoles().stream().map(OrganizationRole::getName).collect(Collectors.toList()));
      }
      return accepted;
    }
    // README:wapikit:end
  }
}
