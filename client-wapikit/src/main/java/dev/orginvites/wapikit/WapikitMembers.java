package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.Page;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.core.internal.Paging;
import dev.orginvites.wapikit.api.OrganizationMembersApi;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.DeletedResponse;
import dev.orginvites.wapikit.model.GetOrganizationMembersResponse;
import dev.orginvites.wapikit.model.MemberRolesUpdatedResponse;
import dev.orginvites.wapikit.model.OrganizationMember;
import dev.orginvites.wapikit.model.OrganizationMemberResponse;
import dev.orginvites.wapikit.model.SetMemberRolesRequest;
import dev.orginvites.wapikit.model.SortOrder;
import dev.orginvites.wapikit.model.UpdateMemberRequest;
import dev.orginvites.wapikit.model.UpdateMemberResponse;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The member calls of a {@link WapikitClient}: who belongs to the organization, a member's access level and
 * roles, and removing a member. People become members by accepting or joining with an invite
 * ({@link WapikitInvites}). A 404 on a member is a {@link dev.orginvites.core.NotFoundException} with reason
 * {@link ErrorReason#MEMBER_NOT_FOUND} (an unknown role id in {@link #setRoles}: {@link ErrorReason#ROLE_NOT_FOUND}).
 * Arguments are checked before anything is sent; changes are never sent twice. Thread-safe.
 */
public final class WapikitMembers {
  private static final Paging<GetOrganizationMembersResponse, OrganizationMember> LIST = PagedList.paging(
      "members", GetOrganizationMembersResponse::getMembers, GetOrganizationMembersResponse::getPaginationMeta);
  private static final Operation<OrganizationMemberResponse, OrganizationMember> GET =
      Operation.read(ErrorReason.MEMBER_NOT_FOUND, "member", OrganizationMemberResponse::getMember);
  /** The documented answer wraps the member in an optional {@code data}: its absence is not an error. */
  private static final Operation<UpdateMemberResponse, Optional<OrganizationMember>> UPDATE =
      Operation.action(ErrorReason.MEMBER_NOT_FOUND, "data",
          response -> Optional.ofNullable(response.getData()).map(OrganizationMemberResponse::getMember));
  private static final Operation<MemberRolesUpdatedResponse, Boolean> SET_ROLES = Operation.action(
      ErrorReason.MEMBER_NOT_FOUND, "isRoleUpdated", MemberRolesUpdatedResponse::getIsRoleUpdated);
  private static final Operation<DeletedResponse, Boolean> REMOVE =
      Operation.action(ErrorReason.MEMBER_NOT_FOUND, "data", DeletedResponse::getData);

  private final OrganizationMembersApi api;
  private final ApiCaller caller;
  private final PagedList<GetOrganizationMembersResponse, OrganizationMember> list;

  WapikitMembers(OrganizationMembersApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
    this.list = PagedList.of(LIST, caller, api::getOrganizationMembers);
  }

  /**
   * Page {@code page} (from 1) of the organization's members, {@code perPage} to a page, with their roles.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many members a page holds, at least 1
   * @return the page of members, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<OrganizationMember> list(int page, int perPage) {
    return list(page, perPage, null);
  }

  /**
   * Like {@link #list(int, int)}, sorted by creation time in {@code sort} order ({@code null}: the service's).
   *
   * @param page the page to fetch, from 1
   * @param perPage how many members a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return the page of members, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<OrganizationMember> list(int page, int perPage, SortOrder sort) {
    return list.page(page, perPage, sort);
  }

  /**
   * {@link #list(int, int)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many members a page holds, at least 1
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   */
  public CompletableFuture<Page<OrganizationMember>> listAsync(int page, int perPage) {
    return listAsync(page, perPage, null);
  }

  /**
   * {@link #list(int, int, SortOrder)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many members a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   */
  public CompletableFuture<Page<OrganizationMember>> listAsync(int page, int perPage, SortOrder sort) {
    return list.pageAsync(page, perPage, sort);
  }

  /**
   * Every member, fetched lazily page by page ({@value Paging#DEFAULT_PAGE_SIZE} to a page).
   *
   * @return a lazy stream of every member, in the service's order: creating it sends nothing, and a page is
   *     fetched when the one before is used up; a failed fetch throws its
   *     {@link dev.orginvites.core.InviteApiException} from the stream operation that needed it
   */
  public Stream<OrganizationMember> listAll() {
    return listAll(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAll()} with {@code perPage} to a page, sorted in {@code sort} order ({@code null}: the service's).
   *
   * @param perPage how many members to fetch a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a lazy stream of every member, fetched as the stream is consumed, as {@link #listAll()} does
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public Stream<OrganizationMember> listAll(int perPage, SortOrder sort) {
    return list.all(perPage, sort);
  }

  /**
   * Every member, all pages fetched one after another without blocking.
   *
   * @return a future of every member, unmodifiable, in the service's order; it fails with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   */
  public CompletableFuture<List<OrganizationMember>> listAllAsync() {
    return listAllAsync(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAllAsync()} with {@code perPage} to a page, sorted in {@code sort} order.
   *
   * @param perPage how many members to fetch a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of every member, unmodifiable, failing with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public CompletableFuture<List<OrganizationMember>> listAllAsync(int perPage, SortOrder sort) {
    return list.allAsync(perPage, sort);
  }

  /**
   * The member with id {@code memberId}, with their roles.
   *
   * @param memberId the member's id ({@code uniqueId})
   * @return the member, with their access level and roles
   * @throws NullPointerException when {@code memberId} is null
   * @throws IllegalArgumentException when {@code memberId} is not exactly one path segment
   * @throws dev.orginvites.core.NotFoundException when there is no such member (reason
   *     {@link ErrorReason#MEMBER_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public OrganizationMember get(String memberId) {
    return caller.execute(GET, api.getOrganizationMember(Args.pathSegment(memberId, "memberId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param memberId the member's id ({@code uniqueId})
   * @return a future of the member, failing with the exceptions {@link #get(String)} reports for the call
   * @throws NullPointerException when {@code memberId} is null
   * @throws IllegalArgumentException when {@code memberId} is not exactly one path segment
   */
  public CompletableFuture<OrganizationMember> getAsync(String memberId) {
    return caller.executeAsync(GET, api.getOrganizationMember(Args.pathSegment(memberId, "memberId")));
  }

  /**
   * Gives the member {@code accessLevel}. Sent once. Returns the member as updated, or empty when the service's
   * answer leaves it out (WapiKit documents it as optional).
   *
   * @param memberId the member's id ({@code uniqueId})
   * @param accessLevel the member's new access level
   * @return the member as updated, or empty when the answer does not include it
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code memberId} is not one path segment, or {@code accessLevel} is
   *     {@link AccessLevel#UNKNOWN}
   * @throws dev.orginvites.core.NotFoundException when there is no such member (reason
   *     {@link ErrorReason#MEMBER_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public Optional<OrganizationMember> updateAccessLevel(String memberId, AccessLevel accessLevel) {
    Args.pathSegment(memberId, "memberId");
    return caller.execute(UPDATE, api.updateOrganizationMember(memberId, updateRequest(accessLevel)));
  }

  /**
   * {@link #updateAccessLevel(String, AccessLevel)} without blocking.
   *
   * @param memberId the member's id ({@code uniqueId})
   * @param accessLevel the member's new access level
   * @return a future of the member as updated (or empty), failing with the exceptions
   *     {@link #updateAccessLevel(String, AccessLevel)} reports for the call
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code memberId} is not one path segment, or {@code accessLevel} is
   *     {@link AccessLevel#UNKNOWN}
   */
  public CompletableFuture<Optional<OrganizationMember>> updateAccessLevelAsync(String memberId,
      AccessLevel accessLevel) {
    Args.pathSegment(memberId, "memberId");
    return caller.executeAsync(UPDATE, api.updateOrganizationMember(memberId, updateRequest(accessLevel)));
  }

  /**
   * Replaces the member's roles with the roles {@code roleIds} (an empty list removes every role). Sent once.
   * Returns whether the service says the roles changed.
   *
   * @param memberId the member's id ({@code uniqueId})
   * @param roleIds the ids of every role the member is to have, possibly none
   * @return whether the service says the roles changed
   * @throws NullPointerException when an argument or a role id is null
   * @throws IllegalArgumentException when {@code memberId} is not one path segment, or a role id is blank
   * @throws dev.orginvites.core.NotFoundException when there is no such member (reason
   *     {@link ErrorReason#MEMBER_NOT_FOUND}) or no role with one of the ids (reason
   *     {@link ErrorReason#ROLE_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public boolean setRoles(String memberId, Collection<String> roleIds) {
    Args.pathSegment(memberId, "memberId");
    return caller.execute(SET_ROLES, api.updateOrganizationMemberRoles(memberId, rolesRequest(roleIds)));
  }

  /**
   * {@link #setRoles(String, Collection)} without blocking.
   *
   * @param memberId the member's id ({@code uniqueId})
   * @param roleIds the ids of every role the member is to have, possibly none
   * @return a future of whether the service says the roles changed, failing with the exceptions
   *     {@link #setRoles(String, Collection)} reports for the call
   * @throws NullPointerException when an argument or a role id is null
   * @throws IllegalArgumentException when {@code memberId} is not one path segment, or a role id is blank
   */
  public CompletableFuture<Boolean> setRolesAsync(String memberId, Collection<String> roleIds) {
    Args.pathSegment(memberId, "memberId");
    return caller.executeAsync(SET_ROLES, api.updateOrganizationMemberRoles(memberId, rolesRequest(roleIds)));
  }

  /**
   * Removes the member from the organization. Sent once. Returns whether the service says it removed them.
   *
   * @param memberId the member's id ({@code uniqueId})
   * @return whether the service says it removed the member
   * @throws NullPointerException when {@code memberId} is null
   * @throws IllegalArgumentException when {@code memberId} is not exactly one path segment
   * @throws dev.orginvites.core.NotFoundException when there is no such member (reason
   *     {@link ErrorReason#MEMBER_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public boolean remove(String memberId) {
    return caller.execute(REMOVE, api.deleteOrganizationMember(Args.pathSegment(memberId, "memberId")));
  }

  /**
   * {@link #remove(String)} without blocking.
   *
   * @param memberId the member's id ({@code uniqueId})
   * @return a future of whether the service says it removed the member, failing with the exceptions
   *     {@link #remove(String)} reports for the call
   * @throws NullPointerException when {@code memberId} is null
   * @throws IllegalArgumentException when {@code memberId} is not exactly one path segment
   */
  public CompletableFuture<Boolean> removeAsync(String memberId) {
    return caller.executeAsync(REMOVE, api.deleteOrganizationMember(Args.pathSegment(memberId, "memberId")));
  }

  private static UpdateMemberRequest updateRequest(AccessLevel accessLevel) {
    return new UpdateMemberRequest().accessLevel(Args.known(accessLevel, "accessLevel"));
  }

  private static SetMemberRolesRequest rolesRequest(Collection<String> roleIds) {
    return new SetMemberRolesRequest().updatedRoleIds(Args.each(roleIds, "roleIds", Args::text));
  }
}
