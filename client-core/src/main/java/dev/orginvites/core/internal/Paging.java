package dev.orginvites.core.internal;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import retrofit2.Call;

/**
 * One paged list operation of a service, declared once as a constant: which part of the response holds the
 * items and where the response says it stands. It gives every list the same four calls, so that a facade's list
 * methods are a line each:
 *
 * <pre>{@code
 * static final Paging<GetOrganizationMembersResponse, OrganizationMember> LIST = Paging.of(
 *     ErrorReason.NOT_FOUND, "members", GetOrganizationMembersResponse::getMembers, meta);
 *
 * Page<OrganizationMember> list(int page, int perPage, SortOrder sort) {
 *   return LIST.page(caller, page, perPage, (p, n) -> api.getOrganizationMembers(p, n, sort));
 * }
 * Stream<OrganizationMember> listAll(int perPage, SortOrder sort) {
 *   return LIST.all(caller, perPage, (p, n) -> api.getOrganizationMembers(p, n, sort));
 * }
 * }</pre>
 *
 * <p>Pages are read like any other look-up ({@link Operation#read}: retried as the policy allows); a response
 * without its list is a {@link dev.orginvites.core.MalformedResponseException}. The page number, page size and
 * total the service reports are used when they make sense, else the ones asked for. Immutable and thread-safe.
 * Internal: not part of the SDK's API.
 *
 * @param <B> the list response body the generated interface returns
 * @param <T> the items
 */
public final class Paging<B, T> {
  /** The page size of {@link #all} and {@link #allAsync} when the caller does not choose one. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  private final Operation<B, B> read;
  private final Function<? super B, ? extends List<? extends T>> items;
  private final Position<? super B> position;

  /** The generated call for one page; whatever else it sends (a sort order) the facade captures. */
  @FunctionalInterface
  public interface Fetch<B> {
    /**
     * The call for page {@code page} with {@code perPage} items.
     *
     * @param page the page, from 1
     * @param perPage items per page, at least 1
     * @return a new, unexecuted call
     */
    Call<B> page(int page, int perPage);
  }

  /**
   * Where a list response says it stands, read from its pagination object; any of the three may be {@code null}
   * when the service left it out.
   *
   * @param <B> the list response body
   */
  public interface Position<B> {
    /**
     * The page number the response says it is.
     *
     * @param body the response body
     * @return the page number, or null
     */
    Integer page(B body);

    /**
     * The page size the response says it used.
     *
     * @param body the response body
     * @return the page size, or null
     */
    Integer perPage(B body);

    /**
     * How many items the whole list holds.
     *
     * @param body the response body
     * @return the total, or null
     */
    Long total(B body);
  }

  private Paging(ErrorReason notFound, String payload, Function<? super B, ? extends List<? extends T>> items,
      Position<? super B> position) {
    this.items = Objects.requireNonNull(items, "items");
    this.position = Objects.requireNonNull(position, "position");
    this.read = Operation.read(notFound, payload, body -> items.apply(body) == null ? null : body);
  }

  /**
   * A paged list operation.
   *
   * @param notFound what a 404 means for it
   * @param payload the name of the list in the response, for error messages (e.g. {@code "members"})
   * @param items reads the list from a response; null when it is missing
   * @param position reads where the response says it stands
   * @return the operation
   */
  public static <B, T> Paging<B, T> of(ErrorReason notFound, String payload,
      Function<? super B, ? extends List<? extends T>> items, Position<? super B> position) {
    return new Paging<>(notFound, Objects.requireNonNull(payload, "payload"), items, position);
  }

  /**
   * Page {@code page} (from 1) with {@code perPage} items, on the calling thread.
   *
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<T> page(ApiCaller caller, int page, int perPage, Fetch<B> fetch) {
    checkPaging(page, perPage);
    return caller.execute(asPage(page, perPage), fetch.page(page, perPage));
  }

  /**
   * {@link #page} without blocking.
   *
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   */
  public CompletableFuture<Page<T>> pageAsync(ApiCaller caller, int page, int perPage, Fetch<B> fetch) {
    checkPaging(page, perPage);
    return caller.executeAsync(asPage(page, perPage), fetch.page(page, perPage));
  }

  /**
   * Every item, page after page of {@code perPage}, fetched only as the stream is consumed: creating the stream
   * sends nothing, and a page is fetched when the one before is used up. A failed fetch throws from the stream
   * operation that needed it.
   *
   * @throws IllegalArgumentException when {@code perPage} is below 1
   */
  public Stream<T> all(ApiCaller caller, int perPage, Fetch<B> fetch) {
    checkPaging(1, perPage);
    Iterator<T> pages = new PageIterator(caller, perPage, fetch);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Every item, all pages of {@code perPage} fetched one after another without blocking a thread. The future
   * fails with the first failed page's exception.
   *
   * @throws IllegalArgumentException when {@code perPage} is below 1
   */
  public CompletableFuture<List<T>> allAsync(ApiCaller caller, int perPage, Fetch<B> fetch) {
    checkPaging(1, perPage);
    return collectFrom(caller, 1, perPage, fetch, new ArrayList<>());
  }

  private Operation<B, Page<T>> asPage(int page, int perPage) {
    return read.then(body -> toPage(body, page, perPage));
  }

  /** The page, from what the response says where that is usable, else from what was asked for. */
  private Page<T> toPage(B body, int page, int perPage) {
    Integer actualPage = position.page(body);
    Integer actualPerPage = position.perPage(body);
    Long total = position.total(body);
    return Page.of(items.apply(body),
        actualPage != null && actualPage >= 1 ? actualPage : page,
        actualPerPage != null && actualPerPage >= 1 ? actualPerPage : perPage,
        total != null && total >= 0 ? total : null);
  }

  private CompletableFuture<List<T>> collectFrom(ApiCaller caller, int page, int perPage, Fetch<B> fetch,
      List<T> collected) {
    return caller.executeAsync(asPage(page, perPage), fetch.page(page, perPage)).thenCompose(current -> {
      collected.addAll(current.items());
      return current.hasNextPage()
          ? collectFrom(caller, page + 1, perPage, fetch, collected)
          : CompletableFuture.completedFuture(Collections.unmodifiableList(collected));
    });
  }

  private static void checkPaging(int page, int perPage) {
    Args.atLeast(page, 1, "page");
    Args.atLeast(perPage, 1, "perPage");
  }

  /** Fetches the next page only when the current one is used up. */
  private final class PageIterator implements Iterator<T> {
    private final ApiCaller caller;
    private final int perPage;
    private final Fetch<B> fetch;
    private int nextPage = 1;
    private boolean lastPageSeen;
    private Iterator<T> current = Collections.emptyIterator();

    PageIterator(ApiCaller caller, int perPage, Fetch<B> fetch) {
      this.caller = caller;
      this.perPage = perPage;
      this.fetch = fetch;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && !lastPageSeen) {
        Page<T> page = page(caller, nextPage++, perPage, fetch);
        current = page.items().iterator();
        lastPageSeen = !page.hasNextPage();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
