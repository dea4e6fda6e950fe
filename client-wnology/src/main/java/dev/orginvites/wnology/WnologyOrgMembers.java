package dev.orginvites.wnology;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgMember;
import dev.orginvites.wnology.model.OrgMemberPatch;
import dev.orginvites.wnology.model.Organization;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An organization's members: list them ({@link #list()}), change a member's roles ({@link #changeRole}) and remove
 * a member ({@link #remove(String)}). Obtained from {@link WnologyOrg#members()}; thread-safe.
 *
 * <p>Every method checks its arguments before anything is sent (a {@code NullPointerException} or
 * {@code IllegalArgumentException} naming the argument), and fails with an {@link IllegalStateException} on a
 * client without an API token. Changes are never sent twice (only when the request provably never reached the
 * service); listing is retried as the client's retry policy allows. The async variants throw the same argument
 * and token exceptions at once and return a future that fails with the call's
 * {@link dev.orginvites.core.InviteApiException}.
 */
public final class WnologyOrgMembers {
  private static final Operation<Organization, List<OrgMember>> LIST =
      Operation.read(ErrorReason.ORGANIZATION_NOT_FOUND, "members", Organization::getMembers)
          .then(OrgCalls::present);
  private static final Operation<Organization, Organization> CHANGE =
      Operation.action(ErrorReason.ORGANIZATION_NOT_FOUND);
  private static final Operation<Organization, Organization> REMOVE =
      Operation.action(ErrorReason.ORGANIZATION_NOT_FOUND);

  private final String orgId;
  private final OrgCalls calls;

  WnologyOrgMembers(String orgId, OrgCalls calls) {
    this.orgId = orgId;
    this.calls = calls;
  }

  /**
   * The organization's members with their roles, read from the organization ({@code GET /orgs/{orgId}}).
   *
   * @return the members, unmodifiable, in the service's order
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.MalformedResponseException when the organization has no {@code members}
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public List<OrgMember> list() {
    calls.requireToken();
    return calls.caller.execute(LIST, calls.api.getOrganization(orgId, OrgCalls.ACTIONS, OrgCalls.LINKS,
        OrgCalls.EMBEDDED));
  }

  /**
   * {@link #list()} without blocking.
   *
   * @return a future of the members, failing with the exceptions {@link #list()} reports
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   */
  public CompletableFuture<List<OrgMember>> listAsync() {
    calls.requireToken();
    return calls.caller.executeAsync(LIST, calls.api.getOrganization(orgId, OrgCalls.ACTIONS, OrgCalls.LINKS,
        OrgCalls.EMBEDDED));
  }

  /**
   * Gives the member {@code userId} the organization role {@code role} ({@code PATCH /orgs/{orgId}/member});
   * their roles on applications and dashboards stay as they are. Same as
   * {@link #changeRole(String, InviteRole, RoleOptions)} with {@link RoleOptions#none()}.
   *
   * @param userId the member's user id: 24 hexadecimal characters
   * @param role the new organization role
   * @return the updated organization
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code userId} is not 24 hexadecimal characters or {@code role} is
   *     {@link InviteRole#UNKNOWN}
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Organization changeRole(String userId, InviteRole role) {
    return changeRole(userId, role, RoleOptions.none());
  }

  /**
   * Gives the member {@code userId} the organization role {@code role} and the application and dashboard roles
   * of {@code options} ({@code PATCH /orgs/{orgId}/member}). Sent at most once. An unknown member is a
   * {@link dev.orginvites.core.NotFoundException} (reason {@link ErrorReason#MEMBER_NOT_FOUND} when the service
   * says so).
   *
   * @param userId the member's user id: 24 hexadecimal characters
   * @param role the new organization role
   * @param options roles on particular applications and dashboards
   * @return the updated organization
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code userId} is not 24 hexadecimal characters or {@code role} is
   *     {@link InviteRole#UNKNOWN}
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Organization changeRole(String userId, InviteRole role, RoleOptions options) {
    OrgMemberPatch body = patch(userId, role, options);
    return calls.caller.execute(CHANGE, calls.api.changeOrgMember(orgId, body, OrgCalls.ACTIONS, OrgCalls.LINKS,
        OrgCalls.EMBEDDED));
  }

  /**
   * {@link #changeRole(String, InviteRole)} without blocking.
   *
   * @param userId the member's user id: 24 hexadecimal characters
   * @param role the new organization role
   * @return a future of the updated organization, failing with the exceptions {@link #changeRole} reports
   */
  public CompletableFuture<Organization> changeRoleAsync(String userId, InviteRole role) {
    return changeRoleAsync(userId, role, RoleOptions.none());
  }

  /**
   * {@link #changeRole(String, InviteRole, RoleOptions)} without blocking.
   *
   * @param userId the member's user id: 24 hexadecimal characters
   * @param role the new organization role
   * @param options roles on particular applications and dashboards
   * @return a future of the updated organization, failing with the exceptions {@link #changeRole} reports
   */
  public CompletableFuture<Organization> changeRoleAsync(String userId, InviteRole role, RoleOptions options) {
    OrgMemberPatch body = patch(userId, role, options);
    return calls.caller.executeAsync(CHANGE, calls.api.changeOrgMember(orgId, body, OrgCalls.ACTIONS,
        OrgCalls.LINKS, OrgCalls.EMBEDDED));
  }

  /**
   * Removes the member {@code userId} from the organization ({@code DELETE /orgs/{orgId}/member?userId=...}).
   * Sent at most once.
   *
   * @param userId the member's user id: 24 hexadecimal characters
   * @return the updated organization
   * @throws NullPointerException when {@code userId} is null
   * @throws IllegalArgumentException when {@code userId} is not 24 hexadecimal characters
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Organization remove(String userId) {
    calls.requireToken();
    WnologyIds.check(userId, "userId");
    return calls.caller.execute(REMOVE, calls.api.removeOrgMember(orgId, userId, OrgCalls.ACTIONS,
        OrgCalls.LINKS, OrgCalls.EMBEDDED));
  }

  /**
   * {@link #remove(String)} without blocking.
   *
   * @param userId the member's user id: 24 hexadecimal characters
   * @return a future of the updated organization, failing with the exceptions {@link #remove(String)} reports
   * @throws NullPointerException when {@code userId} is null
   * @throws IllegalArgumentException when {@code userId} is not 24 hexadecimal characters
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   */
  public CompletableFuture<Organization> removeAsync(String userId) {
    calls.requireToken();
    WnologyIds.check(userId, "userId");
    return calls.caller.executeAsync(REMOVE, calls.api.removeOrgMember(orgId, userId, OrgCalls.ACTIONS,
        OrgCalls.LINKS, OrgCalls.EMBEDDED));
  }

  @Override
  public String toString() {
    return "WnologyOrgMembers{orgId=" + orgId + '}';
  }

  private OrgMemberPatch patch(String userId, InviteRole role, RoleOptions options) {
    calls.requireToken();
    WnologyIds.check(userId, "userId");
    Args.known(role, "role");
    Args.notNull(options, "options");
    return new OrgMemberPatch()
        .userId(userId)
        .role(role)
        .applicationRoles(ResourceRoles.toGrants(options.applicationRoles()))
        .dashboardRoles(ResourceRoles.toGrants(options.dashboardRoles()));
  }
}
