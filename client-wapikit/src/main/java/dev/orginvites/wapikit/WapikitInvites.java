package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wapikit.api.OrganizationInvitesApi;
import dev.orginvites.wapikit.model.AcceptOrganizationInviteResponse;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.CreateOrganizationInviteRequest;
import dev.orginvites.wapikit.model.GetOrganizationInvitesResponse;
import dev.orginvites.wapikit.model.OrganizationInviteResponse;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wapikit.model.PaginationMeta;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The organization invite calls of a {@link WapikitClient}. Every method checks its arguments before anything is
 * sent (a {@code NullPointerException} or {@code IllegalArgumentException} naming the argument) and reports a
 * failure as an {@link dev.orginvites.core.InviteApiException}. Look-ups are retried as the client's retry policy
 * allows; create and accept are never sent twice. Thread-safe.
 */
public final class WapikitInvites {
  /** Page size of {@link #listAll()}. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  private static final Operation<GetOrganizationInvitesResponse, GetOrganizationInvitesResponse> LIST =
      Operation.read(ErrorReason.NOT_FOUND, "invites", response -> response.getInvites() == null ? null : response);
  private static final Operation<OrganizationInviteResponse, OrganizationMemberInvite> CREATE =
      Operation.action(ErrorReason.NOT_FOUND, "invite", OrganizationInviteResponse::getInvite);
  private static final Operation<OrganizationInviteResponse, OrganizationMemberInvite> GET =
      Operation.read(ErrorReason.INVITE_NOT_FOUND, "invite", OrganizationInviteResponse::getInvite);
  private static final Operation<AcceptOrganizationInviteResponse, String> ACCEPT =
      Operation.action(ErrorReason.INVITE_NOT_FOUND, "token",
          response -> response.getToken() == null || response.getToken().isEmpty() ? null : response.getToken());

  private final OrganizationInvitesApi api;
  private final ApiCaller caller;

  WapikitInvites(OrganizationInvitesApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  /**
   * Page {@code page} (from 1) of the organization's invites, {@code perPage} to a page, in the service's order.
   *
   * @param page the page number, from 1
   * @param perPage invites to a page, at least 1
   * @return the page
   */
  public InvitePage list(int page, int perPage) {
    return list(page, perPage, null);
  }

  /**
   * Like {@link #list(int, int)}, sorted by {@code sort} ({@code null}: the service's order).
   *
   * @throws IllegalArgumentException when {@code sort} is {@link SortOrder#UNKNOWN}
   * @param page the page number, from 1
   * @param perPage invites to a page, at least 1
   * @param sort the order by creation time, or null for the service's order
   * @return the page
   */
  public InvitePage list(int page, int perPage, SortOrder sort) {
    checkPaging(page, perPage);
    Args.knownOrNull(sort, "sort");
    return caller.execute(LIST.then(response -> toPage(response, page, perPage)),
        api.getOrganizationInvites(page, perPage, sort));
  }

  /**
   * {@link #list(int, int)} without blocking.
   *
   * @param page the page number, from 1
   * @param perPage invites to a page, at least 1
   * @return a future of the same
   */
  public CompletableFuture<InvitePage> listAsync(int page, int perPage) {
    return listAsync(page, perPage, null);
  }

  /**
   * {@link #list(int, int, SortOrder)} without blocking.
   *
   * @param page the page number, from 1
   * @param perPage invites to a page, at least 1
   * @param sort the order by creation time, or null for the service's order
   * @return a future of the same
   */
  public CompletableFuture<InvitePage> listAsync(int page, int perPage, SortOrder sort) {
    checkPaging(page, perPage);
    Args.knownOrNull(sort, "sort");
    return caller.executeAsync(LIST.then(response -> toPage(response, page, perPage)),
        api.getOrganizationInvites(page, perPage, sort));
  }

  /**
   * Every invite, fetched page by page as the stream is consumed ({@value #DEFAULT_PAGE_SIZE} to a page). A
   * failed page fetch throws from the stream operation that needed it.
   *
   * @return a lazy stream of every invite
   */
  public Stream<OrganizationMemberInvite> listAll() {
    return listAll(DEFAULT_PAGE_SIZE);
  }

  /**
   * {@link #listAll()} with {@code perPage} invites to a page.
   *
   * @param perPage invites to a page, at least 1
   * @return a lazy stream of every invite
   */
  public Stream<OrganizationMemberInvite> listAll(int perPage) {
    checkPaging(1, perPage);
    Iterator<OrganizationMemberInvite> pages = new PagingIterator(perPage);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Every invite, all pages fetched one after another without blocking.
   *
   * @return a future of every invite, in order
   */
  public CompletableFuture<List<OrganizationMemberInvite>> listAllAsync() {
    return listAllAsync(DEFAULT_PAGE_SIZE);
  }

  /**
   * {@link #listAllAsync()} with {@code perPage} invites to a page.
   *
   * @param perPage invites to a page, at least 1
   * @return a future of every invite, in order
   */
  public CompletableFuture<List<OrganizationMemberInvite>> listAllAsync(int perPage) {
    checkPaging(1, perPage);
    return collectFrom(1, perPage, new ArrayList<>());
  }

  /**
   * Invites {@code email} with {@code accessLevel}. WapiKit emails the invite's slug to that address. Sent
   * once: an email that already has a pending invite, or is already a member, gets a
   * {@link dev.orginvites.core.BadRequestException}.
   *
   * @throws NullPointerException when {@code email} or {@code accessLevel} is null
   * @throws IllegalArgumentException when {@code email} is not an email address, or {@code accessLevel} is
   *     {@link AccessLevel#UNKNOWN}
   * @param email the address to invite
   * @param accessLevel the access the member will have
   * @return the invite, pending
   */
  public OrganizationMemberInvite create(String email, AccessLevel accessLevel) {
    return caller.execute(CREATE, api.createOrganizationInvite(createRequest(email, accessLevel)));
  }

  /**
   * {@link #create(String, AccessLevel)} without blocking; argument errors are thrown at once.
   *
   * @param email the address to invite
   * @param accessLevel the access the member will have
   * @return a future of the same
   */
  public CompletableFuture<OrganizationMemberInvite> createAsync(String email, AccessLevel accessLevel) {
    return caller.executeAsync(CREATE, api.createOrganizationInvite(createRequest(email, accessLevel)));
  }

  /**
   * The invite with {@code slug}.
   *
   * @param slug the invite's slug, from the invite email
   * @return the invite
   */
  public OrganizationMemberInvite get(String slug) {
    return caller.execute(GET, api.getOrganizationInvite(Args.pathSegment(slug, "slug")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param slug the invite's slug, from the invite email
   * @return a future of the same
   */
  public CompletableFuture<OrganizationMemberInvite> getAsync(String slug) {
    return caller.executeAsync(GET, api.getOrganizationInvite(Args.pathSegment(slug, "slug")));
  }

  /**
   * Accepts the invite with {@code slug} and returns the session token for the organization joined. Sent once;
   * an invite that is no longer pending is refused with a 4xx exception.
   *
   * @param slug the invite's slug, from the invite email
   * @return the slug and the session token
   */
  public AcceptedInvite accept(String slug) {
    Args.pathSegment(slug, "slug");
    return caller.execute(ACCEPT.then(token -> new AcceptedInvite(slug, token)), api.acceptOrganizationInvite(slug));
  }

  /**
   * {@link #accept(String)} without blocking.
   *
   * @param slug the invite's slug, from the invite email
   * @return a future of the same
   */
  public CompletableFuture<AcceptedInvite> acceptAsync(String slug) {
    Args.pathSegment(slug, "slug");
    return caller.executeAsync(ACCEPT.then(token -> new AcceptedInvite(slug, token)),
        api.acceptOrganizationInvite(slug));
  }

  private static CreateOrganizationInviteRequest createRequest(String email, AccessLevel accessLevel) {
    Args.email(email, "email");
    Args.known(accessLevel, "accessLevel");
    return new CreateOrganizationInviteRequest().email(email).accessLevel(accessLevel);
  }

  private static InvitePage toPage(GetOrganizationInvitesResponse response, int page, int perPage) {
    List<OrganizationMemberInvite> invites = response.getInvites();
    PaginationMeta meta = response.getPaginationMeta();
    int actualPage = meta != null && meta.getPage() != null ? meta.getPage() : page;
    int actualPerPage = meta != null && meta.getPerPage() != null && meta.getPerPage() > 0 ? meta.getPerPage() : perPage;
    Long total = meta == null ? null : meta.getTotal();
    List<OrganizationMemberInvite> present = new ArrayList<>(invites);
    present.removeIf(java.util.Objects::isNull);
    return new InvitePage(present, actualPage, actualPerPage, total);
  }

  private CompletableFuture<List<OrganizationMemberInvite>> collectFrom(int page, int perPage,
      List<OrganizationMemberInvite> collected) {
    return listAsync(page, perPage).thenCompose(current -> {
      collected.addAll(current.invites());
      return current.hasNextPage()
          ? collectFrom(page + 1, perPage, collected)
          : CompletableFuture.completedFuture(Collections.unmodifiableList(collected));
    });
  }

  private static void checkPaging(int page, int perPage) {
    Args.atLeast(page, 1, "page");
    Args.atLeast(perPage, 1, "perPage");
  }

  /** Fetches the next page only when the current one is used up. */
  private final class PagingIterator implements Iterator<OrganizationMemberInvite> {
    private final int perPage;
    private int nextPage = 1;
    private boolean lastPageSeen;
    private Iterator<OrganizationMemberInvite> current = Collections.emptyIterator();

    PagingIterator(int perPage) {
      this.perPage = perPage;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && !lastPageSeen) {
        InvitePage page = list(nextPage++, perPage);
        current = page.invites().iterator();
        lastPageSeen = !page.hasNextPage();
      }
      return current.hasNext();
    }

    @Override
    public OrganizationMemberInvite next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
