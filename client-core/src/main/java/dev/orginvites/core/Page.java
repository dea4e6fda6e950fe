package dev.orginvites.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of a paged list (invites, members, roles, tags, organizations...) and where it stands in the whole
 * list. Immutable.
 *
 * <pre>{@code
 * Page<OrganizationMember> first = client.members().list(1, 20);
 * first.items().forEach(m -> System.out.println(m.getEmail()));
 * if (first.hasNextPage()) {
 *   Page<OrganizationMember> second = client.members().list(2, 20);
 * }
 * }</pre>
 *
 * @param <T> the type of the items
 */
public final class Page<T> {
  private final List<T> items;
  private final int page;
  private final int perPage;
  private final Long total;

  private Page(List<T> items, int page, int perPage, Long total) {
    this.items = items;
    this.page = page;
    this.perPage = perPage;
    this.total = total;
  }

  /**
   * A page of {@code items}, in their order; {@code null} items are left out. The SDK builds pages from the
   * service's answers; this factory is public for tests and stand-ins.
   *
   * @param <T> the type of the items
   * @param items the items on this page
   * @param page this page's number, from 1
   * @param perPage how many items a full page holds, at least 1
   * @param total how many items the whole list holds, or {@code null} when unknown
   * @return the page, its items unmodifiable
   * @throws NullPointerException when {@code items} is null
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code total} negative
   */
  public static <T> Page<T> of(List<? extends T> items, int page, int perPage, Long total) {
    Objects.requireNonNull(items, "items must not be null");
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + page);
    }
    if (perPage < 1) {
      throw new IllegalArgumentException("perPage must be >= 1: " + perPage);
    }
    if (total != null && total < 0) {
      throw new IllegalArgumentException("total must be >= 0: " + total);
    }
    List<T> present = new ArrayList<>(items.size());
    for (T item : items) {
      if (item != null) {
        present.add(item);
      }
    }
    return new Page<>(Collections.unmodifiableList(present), page, perPage, total);
  }

  /**
   * The items on this page, in the order the service returned them; read-only.
   *
   * @return the items, unmodifiable, possibly empty
   */
  public List<T> items() {
    return items;
  }

  /**
   * This page's number, starting at 1.
   *
   * @return the page number, at least 1
   */
  public int page() {
    return page;
  }

  /**
   * How many items a full page holds.
   *
   * @return the page size that was asked for, at least 1
   */
  public int perPage() {
    return perPage;
  }

  /**
   * How many items the whole list holds, when the service said.
   *
   * @return the total number of items, or empty when the service did not tell it
   */
  public OptionalLong total() {
    return total == null ? OptionalLong.empty() : OptionalLong.of(total);
  }

  /**
   * Whether a later page holds more items: by the total when known, otherwise when this page is full. An empty
   * page is always the last.
   *
   * @return true when the total says more items follow or, with no total, when this page is full and not empty
   */
  public boolean hasNextPage() {
    if (items.isEmpty()) {
      return false;
    }
    return total != null ? (long) page * perPage < total : items.size() >= perPage;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Page)) {
      return false;
    }
    Page<?> other = (Page<?>) o;
    return page == other.page && perPage == other.perPage && Objects.equals(total, other.total)
        && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, page, perPage, total);
  }

  /** The page's position and size; not its items, which may be large. */
  @Override
  public String toString() {
    return "Page{page=" + page + ", perPage=" + perPage + ", total=" + total + ", items=" + items.size() + '}';
  }
}
