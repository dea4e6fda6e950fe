package dev.orginvites.wapikit;

import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import java.util.List;
import java.util.OptionalLong;

/** One page of organization invites and where it stands in the whole list. Immutable. */
public final class InvitePage {
  private final List<OrganizationMemberInvite> invites;
  private final int page;
  private final int perPage;
  private final Long total;

  InvitePage(List<OrganizationMemberInvite> invites, int page, int perPage, Long total) {
    this.invites = List.copyOf(invites);
    this.page = page;
    this.perPage = perPage;
    this.total = total;
  }

  /**
   * The invites on this page, in the order the service returned them.
   *
   * @return a read-only list, possibly empty
   */
  public List<OrganizationMemberInvite> invites() {
    return invites;
  }

  /**
   * This page's number, starting at 1.
   *
   * @return the page number
   */
  public int page() {
    return page;
  }

  /**
   * How many invites were asked for per page.
   *
   * @return the page size
   */
  public int perPage() {
    return perPage;
  }

  /**
   * How many invites there are in all, when the service said.
   *
   * @return the total, or empty
   */
  public OptionalLong total() {
    return total == null ? OptionalLong.empty() : OptionalLong.of(total);
  }

  /**
   * Whether a later page holds more invites: by the total when known, otherwise when this page is full.
   *
   * @return true when the next page may hold invites
   */
  public boolean hasNextPage() {
    if (invites.isEmpty()) {
      return false;
    }
    return total != null ? (long) page * perPage < total : invites.size() >= perPage;
  }

  @Override
  public String toString() {
    return "InvitePage{page=" + page + ", perPage=" + perPage + ", total=" + total + ", invites=" + invites.size()
        + '}';
  }
}
