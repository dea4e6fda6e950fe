package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.Page;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.core.internal.Paging;
import dev.orginvites.wapikit.api.OrganizationTagsApi;
import dev.orginvites.wapikit.model.CreateTagRequest;
import dev.orginvites.wapikit.model.GetOrganizationTagsResponse;
import dev.orginvites.wapikit.model.OrganizationTag;
import dev.orginvites.wapikit.model.OrganizationTagResponse;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The tag calls of a {@link WapikitClient}: the labels used across the organization. Arguments are checked
 * before anything is sent; create is never sent twice. Thread-safe.
 */
public final class WapikitTags {
  private static final Paging<GetOrganizationTagsResponse, OrganizationTag> LIST = PagedList.paging(
      "tags", GetOrganizationTagsResponse::getTags, GetOrganizationTagsResponse::getPaginationMeta);
  private static final Operation<OrganizationTagResponse, OrganizationTag> CREATE =
      Operation.action(ErrorReason.NOT_FOUND, "tag", OrganizationTagResponse::getTag);

  private final OrganizationTagsApi api;
  private final ApiCaller caller;
  private final PagedList<GetOrganizationTagsResponse, OrganizationTag> list;

  WapikitTags(OrganizationTagsApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
    this.list = PagedList.of(LIST, caller, api::getOrganizationTags);
  }

  /** Page {@code page} (from 1) of the organization's tags, {@code perPage} to a page. */
  public Page<OrganizationTag> list(int page, int perPage) {
    return list(page, perPage, null);
  }

  /**
   * Like {@link #list(int, int)}, sorted by creation time in {@code sort} order ({@code null}: the service's).
   *
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN}
   */
  public Page<OrganizationTag> list(int page, int perPage, SortOrder sort) {
    return list.page(page, perPage, sort);
  }

  /** {@link #list(int, int)} without blocking. */
  public CompletableFuture<Page<OrganizationTag>> listAsync(int page, int perPage) {
    return listAsync(page, perPage, null);
  }

  /** {@link #list(int, int, SortOrder)} without blocking. */
  public CompletableFuture<Page<OrganizationTag>> listAsync(int page, int perPage, SortOrder sort) {
    return list.pageAsync(page, perPage, sort);
  }

  /** Every tag, fetched lazily page by page ({@value Paging#DEFAULT_PAGE_SIZE} to a page). */
  public Stream<OrganizationTag> listAll() {
    return listAll(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /** {@link #listAll()} with {@code perPage} to a page, sorted in {@code sort} order ({@code null}: the service's). */
  public Stream<OrganizationTag> listAll(int perPage, SortOrder sort) {
    return list.all(perPage, sort);
  }

  /** Every tag, all pages fetched one after another without blocking. */
  public CompletableFuture<List<OrganizationTag>> listAllAsync() {
    return listAllAsync(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /** {@link #listAllAsync()} with {@code perPage} to a page, sorted in {@code sort} order. */
  public CompletableFuture<List<OrganizationTag>> listAllAsync(int perPage, SortOrder sort) {
    return list.allAsync(perPage, sort);
  }

  /**
   * Creates a tag with {@code label}. Sent once.
   *
   * @throws NullPointerException when {@code label} is null
   * @throws IllegalArgumentException when {@code label} is blank
   */
  public OrganizationTag create(String label) {
    return caller.execute(CREATE, api.createOrganizationTag(createRequest(label)));
  }

  /** {@link #create(String)} without blocking. */
  public CompletableFuture<OrganizationTag> createAsync(String label) {
    return caller.executeAsync(CREATE, api.createOrganizationTag(createRequest(label)));
  }

  private static CreateTagRequest createRequest(String label) {
    return new CreateTagRequest().label(Args.text(label, "label"));
  }
}
