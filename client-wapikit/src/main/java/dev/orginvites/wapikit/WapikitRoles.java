package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.Page;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.core.internal.Paging;
import dev.orginvites.wapikit.api.OrganizationRolesApi;
import dev.orginvites.wapikit.model.DeletedResponse;
import dev.orginvites.wapikit.model.GetOrganizationRolesResponse;
import dev.orginvites.wapikit.model.OrganizationRole;
import dev.orginvites.wapikit.model.OrganizationRoleResponse;
import dev.orginvites.wapikit.model.RoleDefinition;
import dev.orginvites.wapikit.model.RolePermission;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The role calls of a {@link WapikitClient}: roles and the permissions ({@link RolePermission}) they grant.
 * Members get roles with {@link WapikitMembers#setRoles}. A 404 on a role is a
 * {@link dev.orginvites.core.NotFoundException} with reason {@link ErrorReason#ROLE_NOT_FOUND}; deleting a role
 * that is still assigned is refused with {@link ErrorReason#ROLE_IN_USE}, a permission the service does not know
 * with {@link ErrorReason#UNKNOWN_PERMISSION}. Arguments are checked before anything is sent; changes are never
 * sent twice. Thread-safe.
 */
public final class WapikitRoles {
  private static final Paging<GetOrganizationRolesResponse, OrganizationRole> LIST = PagedList.paging(
      "roles", GetOrganizationRolesResponse::getRoles, GetOrganizationRolesResponse::getPaginationMeta);
  private static final Operation<OrganizationRoleResponse, OrganizationRole> CREATE =
      Operation.action(ErrorReason.NOT_FOUND, "role", OrganizationRoleResponse::getRole);
  private static final Operation<OrganizationRoleResponse, OrganizationRole> GET =
      Operation.read(ErrorReason.ROLE_NOT_FOUND, "role", OrganizationRoleResponse::getRole);
  private static final Operation<OrganizationRoleResponse, OrganizationRole> UPDATE =
      Operation.action(ErrorReason.ROLE_NOT_FOUND, "role", OrganizationRoleResponse::getRole);
  private static final Operation<DeletedResponse, Boolean> DELETE =
      Operation.action(ErrorReason.ROLE_NOT_FOUND, "data", DeletedResponse::getData);

  private final OrganizationRolesApi api;
  private final ApiCaller caller;
  private final PagedList<GetOrganizationRolesResponse, OrganizationRole> list;

  WapikitRoles(OrganizationRolesApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
    this.list = PagedList.of(LIST, caller, api::getOrganizationRoles);
  }

  /**
   * Page {@code page} (from 1) of the organization's roles, {@code perPage} to a page.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many roles a page holds, at least 1
   * @return the page of roles, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<OrganizationRole> list(int page, int perPage) {
    return list(page, perPage, null);
  }

  /**
   * Like {@link #list(int, int)}, sorted by creation time in {@code sort} order ({@code null}: the service's).
   *
   * @param page the page to fetch, from 1
   * @param perPage how many roles a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return the page of roles, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<OrganizationRole> list(int page, int perPage, SortOrder sort) {
    return list.page(page, perPage, sort);
  }

  /**
   * {@link #list(int, int)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many roles a page holds, at least 1
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   */
  public CompletableFuture<Page<OrganizationRole>> listAsync(int page, int perPage) {
    return listAsync(page, perPage, null);
  }

  /**
   * {@link #list(int, int, SortOrder)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many roles a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   */
  public CompletableFuture<Page<OrganizationRole>> listAsync(int page, int perPage, SortOrder sort) {
    return list.pageAsync(page, perPage, sort);
  }

  /**
   * Every role, fetched lazily page by page ({@value Paging#DEFAULT_PAGE_SIZE} to a page).
   *
   * @return a lazy stream of every role, in the service's order: creating it sends nothing, and a page is
   *     fetched when the one before is used up; a failed fetch throws its
   *     {@link dev.orginvites.core.InviteApiException} from the stream operation that needed it
   */
  public Stream<OrganizationRole> listAll() {
    return listAll(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAll()} with {@code perPage} to a page, sorted in {@code sort} order ({@code null}: the service's).
   *
   * @param perPage how many roles to fetch a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a lazy stream of every role, fetched as the stream is consumed, as {@link #listAll()} does
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public Stream<OrganizationRole> listAll(int perPage, SortOrder sort) {
    return list.all(perPage, sort);
  }

  /**
   * Every role, all pages fetched one after another without blocking.
   *
   * @return a future of every role, unmodifiable, in the service's order; it fails with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   */
  public CompletableFuture<List<OrganizationRole>> listAllAsync() {
    return listAllAsync(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAllAsync()} with {@code perPage} to a page, sorted in {@code sort} order.
   *
   * @param perPage how many roles to fetch a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of every role, unmodifiable, failing with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public CompletableFuture<List<OrganizationRole>> listAllAsync(int perPage, SortOrder sort) {
    return list.allAsync(perPage, sort);
  }

  /**
   * Creates a role called {@code name} with {@code description} (may be null) granting {@code permissions}
   * (may be empty). Sent once.
   *
   * @param name the role's name, not blank
   * @param description what the role is for, or {@code null} for none
   * @param permissions what the role allows its members to do, possibly none
   * @return the role as created, with its id
   * @throws NullPointerException when {@code name}, {@code permissions} or one of them is null
   * @throws IllegalArgumentException when {@code name} is blank or a permission is {@link RolePermission#UNKNOWN}
   * @throws dev.orginvites.core.InviteApiException for every failure of the call, with reason
   *     {@link ErrorReason#UNKNOWN_PERMISSION} when the service does not know a permission
   */
  public OrganizationRole create(String name, String description, Collection<RolePermission> permissions) {
    return caller.execute(CREATE, api.createOrganizationRole(definition(name, description, permissions)));
  }

  /**
   * {@link #create(String, String, Collection)} without blocking.
   *
   * @param name the role's name, not blank
   * @param description what the role is for, or {@code null} for none
   * @param permissions what the role allows its members to do, possibly none
   * @return a future of the role as created, failing with the exceptions {@link #create(String, String, Collection)}
   *     reports for the call
   * @throws NullPointerException when {@code name}, {@code permissions} or one of them is null
   * @throws IllegalArgumentException when {@code name} is blank or a permission is {@link RolePermission#UNKNOWN}
   */
  public CompletableFuture<OrganizationRole> createAsync(String name, String description,
      Collection<RolePermission> permissions) {
    return caller.executeAsync(CREATE, api.createOrganizationRole(definition(name, description, permissions)));
  }

  /**
   * The role with id {@code roleId}.
   *
   * @param roleId the role's id ({@code uniqueId})
   * @return the role, with its permissions
   * @throws NullPointerException when {@code roleId} is null
   * @throws IllegalArgumentException when {@code roleId} is not exactly one path segment
   * @throws dev.orginvites.core.NotFoundException when there is no such role (reason
   *     {@link ErrorReason#ROLE_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public OrganizationRole get(String roleId) {
    return caller.execute(GET, api.getOrganizationRole(Args.pathSegment(roleId, "roleId")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param roleId the role's id ({@code uniqueId})
   * @return a future of the role, failing with the exceptions {@link #get(String)} reports for the call
   * @throws NullPointerException when {@code roleId} is null
   * @throws IllegalArgumentException when {@code roleId} is not exactly one path segment
   */
  public CompletableFuture<OrganizationRole> getAsync(String roleId) {
    return caller.executeAsync(GET, api.getOrganizationRole(Args.pathSegment(roleId, "roleId")));
  }

  /**
   * Replaces the role's name, description ({@code null}: none) and permissions; members who have the role get
   * the new permissions. Sent once. Returns the role as updated.
   *
   * @param roleId the role's id ({@code uniqueId})
   * @param name the role's new name, not blank
   * @param description the new description, or {@code null} for none
   * @param permissions everything the role is to allow, replacing what it allowed; possibly none
   * @return the role as updated
   * @throws NullPointerException when {@code roleId}, {@code name}, {@code permissions} or one of them is null
   * @throws IllegalArgumentException when {@code roleId} is not one path segment, {@code name} is blank or a
   *     permission is {@link RolePermission#UNKNOWN}
   * @throws dev.orginvites.core.NotFoundException when there is no such role (reason
   *     {@link ErrorReason#ROLE_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call, with reason
   *     {@link ErrorReason#UNKNOWN_PERMISSION} when the service does not know a permission
   */
  public OrganizationRole update(String roleId, String name, String description,
      Collection<RolePermission> permissions) {
    Args.pathSegment(roleId, "roleId");
    return caller.execute(UPDATE, api.updateOrganizationRole(roleId, definition(name, description, permissions)));
  }

  /**
   * {@link #update(String, String, String, Collection)} without blocking.
   *
   * @param roleId the role's id ({@code uniqueId})
   * @param name the role's new name, not blank
   * @param description the new description, or {@code null} for none
   * @param permissions everything the role is to allow, replacing what it allowed; possibly none
   * @return a future of the role as updated, failing with the exceptions
   *     {@link #update(String, String, String, Collection)} reports for the call
   * @throws NullPointerException when {@code roleId}, {@code name}, {@code permissions} or one of them is null
   * @throws IllegalArgumentException when {@code roleId} is not one path segment, {@code name} is blank or a
   *     permission is {@link RolePermission#UNKNOWN}
   */
  public CompletableFuture<OrganizationRole> updateAsync(String roleId, String name, String description,
      Collection<RolePermission> permissions) {
    Args.pathSegment(roleId, "roleId");
    return caller.executeAsync(UPDATE,
        api.updateOrganizationRole(roleId, definition(name, description, permissions)));
  }

  /**
   * Deletes the role. Sent once; a role still assigned to a member is refused ({@link ErrorReason#ROLE_IN_USE}).
   * Returns whether the service says it deleted the role.
   *
   * @param roleId the role's id ({@code uniqueId})
   * @return whether the service says it deleted the role
   * @throws NullPointerException when {@code roleId} is null
   * @throws IllegalArgumentException when {@code roleId} is not exactly one path segment
   * @throws dev.orginvites.core.NotFoundException when there is no such role (reason
   *     {@link ErrorReason#ROLE_NOT_FOUND})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call, with reason
   *     {@link ErrorReason#ROLE_IN_USE} when a member still has the role
   */
  public boolean delete(String roleId) {
    return caller.execute(DELETE, api.deleteOrganizationRole(Args.pathSegment(roleId, "roleId")));
  }

  /**
   * {@link #delete(String)} without blocking.
   *
   * @param roleId the role's id ({@code uniqueId})
   * @return a future of whether the service says it deleted the role, failing with the exceptions
   *     {@link #delete(String)} reports for the call
   * @throws NullPointerException when {@code roleId} is null
   * @throws IllegalArgumentException when {@code roleId} is not exactly one path segment
   */
  public CompletableFuture<Boolean> deleteAsync(String roleId) {
    return caller.executeAsync(DELETE, api.deleteOrganizationRole(Args.pathSegment(roleId, "roleId")));
  }

  private static RoleDefinition definition(String name, String description,
      Collection<RolePermission> permissions) {
    return new RoleDefinition()
        .name(Args.text(name, "name"))
        .description(description)
        .permissions(Args.each(permissions, "permissions", Args::known));
  }
}
