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

  /**
   * Page {@code page} (from 1) of the organization's tags, {@code perPage} to a page.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many tags a page holds, at least 1
   * @return the page of tags, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<OrganizationTag> list(int page, int perPage) {
    return list(page, perPage, null);
  }

  /**
   * Like {@link #list(int, int)}, sorted by creation time in {@code sort} order ({@code null}: the service's).
   *
   * @param page the page to fetch, from 1
   * @param perPage how many tags a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return the page of tags, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<OrganizationTag> list(int page, int perPage, SortOrder sort) {
    return list.page(page, perPage, sort);
  }

  /**
   * {@link #list(int, int)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many tags a page holds, at least 1
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   */
  public CompletableFuture<Page<OrganizationTag>> listAsync(int page, int perPage) {
    return listAsync(page, perPage, null);
  }

  /**
   * {@link #list(int, int, SortOrder)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many tags a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   */
  public CompletableFuture<Page<OrganizationTag>> listAsync(int page, int perPage, SortOrder sort) {
    return list.pageAsync(page, perPage, sort);
  }

  /**
   * Every tag, fetched lazily page by page ({@value Paging#DEFAULT_PAGE_SIZE} to a page).
   *
   * @return a lazy stream of every tag, in the service's order: creating it sends nothing, and a page is
   *     fetched when the one before is used up; a failed fetch throws its
   *     {@link dev.orginvites.core.InviteApiException} from the stream operation that needed it
   */
  public Stream<OrganizationTag> listAll() {
    return listAll(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAll()} with {@code perPage} to a page, sorted in {@code sort} order ({@code null}: the service's).
   *
   * @param perPage how many tags to fetch a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a lazy stream of every tag, fetched as the stream is consumed, as {@link #listAll()} does
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public Stream<OrganizationTag> listAll(int perPage, SortOrder sort) {
    return list.all(perPage, sort);
  }

  /**
   * Every tag, all pages fetched one after another without blocking.
   *
   * @return a future of every tag, unmodifiable, in the service's order; it fails with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   */
  public CompletableFuture<List<OrganizationTag>> listAllAsync() {
    return listAllAsync(Paging.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAllAsync()} with {@code perPage} to a page, sorted in {@code sort} order.
   *
   * @param perPage how many tags to fetch a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of every tag, unmodifiable, failing with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public CompletableFuture<List<OrganizationTag>> listAllAsync(int perPage, SortOrder sort) {
    return list.allAsync(perPage, sort);
  }

  /**
   * Creates a tag with {@code label}. Sent once.
   *
   * @param label the tag's label, not blank
   * @return the tag as created, with its id
   * @throws NullPointerException when {@code label} is null
   * @throws IllegalArgumentException when {@code label} is blank
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public OrganizationTag create(String label) {
    return caller.execute(CREATE, api.createOrganizationTag(createRequest(label)));
  }

  /**
   * {@link #create(String)} without blocking.
   *
   * @param label the tag's label, not blank
   * @return a future of the tag as created, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws NullPointerException when {@code label} is null
   * @throws IllegalArgumentException when {@code label} is blank
   */
  public CompletableFuture<OrganizationTag> createAsync(String label) {
    return caller.executeAsync(CREATE, api.createOrganizationTag(createRequest(label)));
  }

  private static CreateTagRequest createRequest(String label) {
    return new CreateTagRequest().label(Args.text(label, "label"));
  }
}
