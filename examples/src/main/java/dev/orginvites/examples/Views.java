package dev.orginvites.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.wapikit.AcceptedInvite;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import dev.orginvites.wnology.model.OrgInvite;
import dev.orginvites.wnology.model.OrgMember;
import dev.orginvites.wnology.model.ResourceRoleGrant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How results look: as JSON for --json, as short text otherwise. Built by hand rather than by serialising the
 * generated models, so the CLI's JSON stays stable whatever the generator does.
 */
final class Views {
  private Views() {}

  static ObjectNode json(OrgInvitationInfo info) {
    ObjectNode json = ServiceOptions.object();
    json.put("orgName", info.getOrgName());
    json.put("email", info.getEmail());
    json.put("role", info.getRoleRaw());
    json.put("inviteDate", text(info.getInviteDate()));
    json.put("ttl", info.getTtl());
    json.put("expiresAt", text(expiresAt(info)));
    json.put("disallowTransfer", info.getDisallowTransfer());
    return json;
  }

  static String text(OrgInvitationInfo info) {
    return String.join(
        System.lineSeparator(),
        "Organization  " + info.getOrgName(),
        "Email         " + info.getEmail(),
        "Role          " + info.getRoleRaw(),
        "Invited       " + text(info.getInviteDate()),
        "Expires       " + text(expiresAt(info)),
        "Transfer      " + (Boolean.TRUE.equals(info.getDisallowTransfer()) ? "not allowed" : "allowed"));
  }

  /** The library's expiry, shown at the offset the invite date was sent with. */
  private static OffsetDateTime expiresAt(OrgInvitationInfo info) {
    return info.expiresAt().map(at -> at.atOffset(info.getInviteDate().getOffset())).orElse(null);
  }

  static ObjectNode json(OrgInvitationResult result) {
    ObjectNode json = ServiceOptions.object();
    json.put("accepted", result.getAccepted());
    json.put("orgId", result.getOrgId());
    return json;
  }

  static ObjectNode json(OrganizationMemberInvite invite) {
    ObjectNode json = ServiceOptions.object();
    json.put("uniqueId", invite.getUniqueId());
    json.put("email", invite.getEmail());
    json.put("accessLevel", invite.getAccessLevelRaw());
    json.put("createdAt", text(invite.getCreatedAt()));
    json.put("status", invite.getStatusRaw());
    json.put("organizationName", invite.getOrganizationName());
    return json;
  }

  /** One line per invite, in columns. */
  static String row(OrganizationMemberInvite invite) {
    return String.format(
        "%-32s %-8s %-9s %-25s %s",
        invite.getEmail(),
        invite.getAccessLevelRaw(),
        invite.getStatusRaw(),
        text(invite.getCreatedAt()),
        invite.getUniqueId());
  }

  static String header() {
    return String.format("%-32s %-8s %-9s %-25s %s", "EMAIL", "ACCESS", "STATUS", "CREATED", "ID");
  }

  static ObjectNode json(AcceptedInvite accepted) {
    ObjectNode json = ServiceOptions.object();
    json.put("slug", accepted.slug());
    // The user asked for the result, and with --json the token is the result: print it in full.
    json.put("sessionToken", accepted.sessionToken());
    return json;
  }

  /** The human line never shows the session token: terminals end up in screenshots and scrollback. */
  static String text(AcceptedInvite accepted) {
    return "Accepted invite "
        + accepted.slug()
        + "; session token received ("
        + accepted.sessionToken().length()
        + " characters, not shown; use --json to print it)";
  }

  /** A WEGnology organization's pending invite, with the expiry the library works out. */
  static ObjectNode json(OrgInvite invite) {
    ObjectNode json = ServiceOptions.object();
    json.put("id", invite.getId());
    json.put("email", invite.getEmail());
    json.put("role", invite.getRoleRaw());
    json.set("applicationRoles", json(invite.getApplicationRoles()));
    json.set("dashboardRoles", json(invite.getDashboardRoles()));
    json.put("inviteDate", text(invite.getInviteDate()));
    json.put("ttl", invite.getTtl());
    json.put("expiresAt", text(expiresAt(invite)));
    json.put("hasExpired", invite.getHasExpired());
    json.put("disallowTransfer", invite.getDisallowTransfer());
    return json;
  }

  static ArrayNode invitesJson(List<OrgInvite> invites) {
    ArrayNode array = ServiceOptions.object().arrayNode();
    invites.forEach(invite -> array.add(json(invite)));
    return array;
  }

  /** One line per pending invite, in columns. */
  static String row(OrgInvite invite) {
    return String.format("%-24s %-32s %-11s %-9s %s", invite.getId(), invite.getEmail(), invite.getRoleRaw(),
        Boolean.TRUE.equals(invite.getHasExpired()) ? "expired" : "pending", text(expiresAt(invite)));
  }

  static String inviteHeader() {
    return String.format("%-24s %-32s %-11s %-9s %s", "ID", "EMAIL", "ROLE", "STATUS", "EXPIRES");
  }

  static ObjectNode json(OrgMember member) {
    ObjectNode json = ServiceOptions.object();
    json.put("userId", member.getUserId());
    json.put("email", member.getEmail());
    json.put("firstName", member.getFirstName());
    json.put("lastName", member.getLastName());
    json.put("role", member.getRoleRaw());
    json.set("applicationRoles", json(member.getApplicationRoles()));
    json.set("dashboardRoles", json(member.getDashboardRoles()));
    return json;
  }

  static ArrayNode membersJson(List<OrgMember> members) {
    ArrayNode array = ServiceOptions.object().arrayNode();
    members.forEach(member -> array.add(json(member)));
    return array;
  }

  /** One line per member, in columns. */
  static String row(OrgMember member) {
    String name = String.join(" ", nonNull(member.getFirstName()), nonNull(member.getLastName())).trim();
    return String.format("%-24s %-32s %-11s %s", member.getUserId(), member.getEmail(), member.getRoleRaw(), name)
        .stripTrailing();
  }

  static String memberHeader() {
    return String.format("%-24s %-32s %-11s %s", "USER ID", "EMAIL", "ROLE", "NAME");
  }

  private static ArrayNode json(List<ResourceRoleGrant> grants) {
    ArrayNode array = ServiceOptions.object().arrayNode();
    if (grants != null) {
      grants.forEach(grant -> array.addObject().put("resourceId", grant.getResourceId()).put("role",
          grant.getRoleRaw()));
    }
    return array;
  }

  private static OffsetDateTime expiresAt(OrgInvite invite) {
    return invite.expiresAt().map(at -> at.atOffset(invite.getInviteDate().getOffset())).orElse(null);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private static String text(OffsetDateTime value) {
    return value == null ? null : value.toString();
  }

  /** {@code invites wapikit list}: the invites, each as {@link #json(OrganizationMemberInvite)} and {@link #row}. */
  static final ListOptions.Listing<OrganizationMemberInvite> INVITES =
      new ListOptions.Listing<>("invites", "invite", header(), Views::row, Views::json);
}
