package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.Page;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Paging;
import dev.orginvites.wapikit.model.PaginationMeta;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import retrofit2.Call;

/**
 * One of WapiKit's paged lists (invites, organizations, members, roles, tags) bound to a client: every list
 * takes {@code page}, {@code per_page} and an optional {@code sortBy}, and answers its items beside a
 * {@code paginationMeta}. The facades' list methods are one line each over this; the paging itself is
 * client-core's {@link Paging}.
 *
 * @param <B> the list response
 * @param <T> the items
 */
final class PagedList<B, T> {
  /** The generated list call. */
  @FunctionalInterface
  interface Lister<B> {
    Call<B> list(Integer page, Integer perPage, SortOrder sortBy);
  }

  private final Paging<B, T> paging;
  private final ApiCaller caller;
  private final Lister<B> lister;

  private PagedList(Paging<B, T> paging, ApiCaller caller, Lister<B> lister) {
    this.paging = paging;
    this.caller = caller;
    this.lister = lister;
  }

  /**
   * The paging of a WapiKit list whose items are {@code payload} of the response, read by {@code items}, and
   * whose position is its {@code paginationMeta}, read by {@code meta}.
   */
  static <B, T> Paging<B, T> paging(String payload, Function<? super B, ? extends List<? extends T>> items,
      Function<? super B, PaginationMeta> meta) {
    return Paging.of(ErrorReason.NOT_FOUND, payload, items, new Paging.Position<B>() {
      @Override
      public Integer page(B body) {
        PaginationMeta m = meta.apply(body);
        return m == null ? null : m.getPage();
      }

      @Override
      public Integer perPage(B body) {
        PaginationMeta m = meta.apply(body);
        return m == null ? null : m.getPerPage();
      }

      @Override
      public Long total(B body) {
        PaginationMeta m = meta.apply(body);
        return m == null ? null : m.getTotal();
      }
    });
  }

  static <B, T> PagedList<B, T> of(Paging<B, T> paging, ApiCaller caller, Lister<B> lister) {
    return new PagedList<>(paging, caller, lister);
  }

  Page<T> page(int page, int perPage, SortOrder sort) {
    return paging.page(caller, page, perPage, fetch(sort));
  }

  CompletableFuture<Page<T>> pageAsync(int page, int perPage, SortOrder sort) {
    return paging.pageAsync(caller, page, perPage, fetch(sort));
  }

  Stream<T> all(int perPage, SortOrder sort) {
    return paging.all(caller, perPage, fetch(sort));
  }

  CompletableFuture<List<T>> allAsync(int perPage, SortOrder sort) {
    return paging.allAsync(caller, perPage, fetch(sort));
  }

  private Paging.Fetch<B> fetch(SortOrder sort) {
    Args.knownOrNull(sort, "sort");
    return (page, perPage) -> lister.list(page, perPage, sort);
  }
}
