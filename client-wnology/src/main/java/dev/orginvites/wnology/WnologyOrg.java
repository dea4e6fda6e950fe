package dev.orginvites.wnology;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wnology.model.Organization;
import java.util.concurrent.CompletableFuture;

/**
 * One organization, seen from its side: its {@link #invites()}, its {@link #members()} and the organization
 * itself ({@link #get()}). Obtained from {@link WnologyClient#org(String)}; cheap, immutable and thread-safe.
 *
 * <p>Every call sends the client's API token as {@code Authorization: Bearer ...} and fails with an
 * {@link IllegalStateException}, before anything is sent, on a client built without one. A 401 is an
 * {@link dev.orginvites.core.UnauthorizedException}, a 403 a {@link dev.orginvites.core.ForbiddenException}, a 404 a
 * {@link dev.orginvites.core.NotFoundException} whose {@code reason()} says what was not found
 * ({@link ErrorReason#ORGANIZATION_NOT_FOUND}, {@link ErrorReason#INVITE_NOT_FOUND},
 * {@link ErrorReason#MEMBER_NOT_FOUND}); it is never an {@link dev.orginvites.core.InviteNotFoundException}, which
 * is the invited person's exception.
 */
public final class WnologyOrg {
  private static final Operation<Organization, Organization> GET = Operation.read(ErrorReason.ORGANIZATION_NOT_FOUND);

  private final String id;
  private final OrgCalls calls;
  private final WnologyOrgInvites invites;
  private final WnologyOrgMembers members;

  WnologyOrg(String id, OrgCalls calls) {
    this.id = id;
    this.calls = calls;
    this.invites = new WnologyOrgInvites(id, calls);
    this.members = new WnologyOrgMembers(id, calls);
  }

  /**
   * The organization's id, as given to {@link WnologyClient#org(String)}.
   *
   * @return 24 hexadecimal characters
   */
  public String id() {
    return id;
  }

  /**
   * The organization's invites: send, list pending, revoke.
   *
   * @return the invite calls of this organization
   */
  public WnologyOrgInvites invites() {
    return invites;
  }

  /**
   * The organization's members: list, change a role, remove.
   *
   * @return the member calls of this organization
   */
  public WnologyOrgMembers members() {
    return members;
  }

  /**
   * The organization: name, description, dates, members and {@code summary} counts ({@code GET /orgs/{orgId}}).
   * Retried as the client's retry policy allows.
   *
   * @return the organization as the service describes it
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Organization get() {
    calls.requireToken();
    return calls.caller.execute(GET, calls.api.getOrganization(id, OrgCalls.ACTIONS, OrgCalls.LINKS,
        OrgCalls.EMBEDDED));
  }

  /**
   * {@link #get()} without blocking.
   *
   * @return a future of the organization, failing with the exceptions {@link #get()} throws
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   */
  public CompletableFuture<Organization> getAsync() {
    calls.requireToken();
    return calls.caller.executeAsync(GET, calls.api.getOrganization(id, OrgCalls.ACTIONS, OrgCalls.LINKS,
        OrgCalls.EMBEDDED));
  }

  @Override
  public String toString() {
    return "WnologyOrg{id=" + id + '}';
  }
}
