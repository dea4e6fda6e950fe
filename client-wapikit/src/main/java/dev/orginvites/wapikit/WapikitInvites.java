package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.Page;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.core.internal.BulkRun;
import dev.orginvites.core.internal.HttpStack;
import dev.orginvites.core.internal.Paging;
import dev.orginvites.core.bulk.BulkOptions;
import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.wapikit.api.OrganizationInvitesApi;
import dev.orginvites.wapikit.model.AcceptOrganizationInviteResponse;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.CreateOrganizationInviteRequest;
import dev.orginvites.wapikit.model.GetOrganizationInvitesResponse;
import dev.orginvites.wapikit.model.JoinOrganizationRequest;
import dev.orginvites.wapikit.model.OrganizationInviteResponse;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import dev.orginvites.wapikit.model.InviteStatus;
import dev.orginvites.wapikit.model.OrganizationMember;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The organization invite calls of a {@link WapikitClient}: list, create, look up by slug, accept, and join an
 * organization with an invite's slug. Every method checks its arguments before anything is sent (a
 * {@code NullPointerException} or {@code IllegalArgumentException} naming the argument) and reports a failure as
 * an {@link dev.orginvites.core.InviteApiException}. Look-ups are retried as the client's retry policy allows;
 * create, accept and join are never sent twice. Thread-safe.
 */
public final class WapikitInvites {
  /** Page size of {@link #listAll()} and {@link #listAllAsync()}. */
  public static final int DEFAULT_PAGE_SIZE = Paging.DEFAULT_PAGE_SIZE;

  private static final Paging<GetOrganizationInvitesResponse, OrganizationMemberInvite> LIST = PagedList.paging(
      "invites", GetOrganizationInvitesResponse::getInvites, GetOrganizationInvitesResponse::getPaginationMeta);
  private static final Operation<OrganizationInviteResponse, OrganizationMemberInvite> CREATE =
      Operation.action(ErrorReason.NOT_FOUND, "invite", OrganizationInviteResponse::getInvite);
  private static final Operation<OrganizationInviteResponse, OrganizationMemberInvite> GET =
      Operation.read(ErrorReason.INVITE_NOT_FOUND, "invite", OrganizationInviteResponse::getInvite);
  private static final Operation<AcceptOrganizationInviteResponse, String> ACCEPT =
      Operation.action(ErrorReason.INVITE_NOT_FOUND, "token", WapikitInvites::sessionToken);

  private final OrganizationInvitesApi api;
  private final ApiCaller caller;
  private final PagedList<GetOrganizationInvitesResponse, OrganizationMemberInvite> list;
  private final HttpStack stack;
  private final WapikitMembers members;

  WapikitInvites(OrganizationInvitesApi api, HttpStack stack, WapikitMembers members) {
    this.api = api;
    this.caller = stack.caller();
    this.list = PagedList.of(LIST, caller, api::getOrganizationInvites);
    this.stack = stack;
    this.members = members;
  }

  /**
   * Page {@code page} (from 1) of the organization's invites, {@code perPage} to a page, in the service's order.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many invites a page holds, at least 1
   * @return the page of invites, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<OrganizationMemberInvite> list(int page, int perPage) {
    return list(page, perPage, null);
  }

  /**
   * Like {@link #list(int, int)}, sorted by creation time in {@code sort} order ({@code null}: the service's).
   *
   * @param page the page to fetch, from 1
   * @param perPage how many invites a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return the page of invites, with the total when the service reports it
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public Page<OrganizationMemberInvite> list(int page, int perPage, SortOrder sort) {
    return list.page(page, perPage, sort);
  }

  /**
   * {@link #list(int, int)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many invites a page holds, at least 1
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1 (nothing is sent)
   */
  public CompletableFuture<Page<OrganizationMemberInvite>> listAsync(int page, int perPage) {
    return listAsync(page, perPage, null);
  }

  /**
   * {@link #list(int, int, SortOrder)} without blocking.
   *
   * @param page the page to fetch, from 1
   * @param perPage how many invites a page holds, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of the page, failing with the call's {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code page} or {@code perPage} is below 1, or {@code sort} is
   *     {@link SortOrder#UNKNOWN} (nothing is sent)
   */
  public CompletableFuture<Page<OrganizationMemberInvite>> listAsync(int page, int perPage, SortOrder sort) {
    return list.pageAsync(page, perPage, sort);
  }

  /**
   * Every invite, fetched page by page as the stream is consumed ({@value #DEFAULT_PAGE_SIZE} to a page). A
   * failed page fetch throws from the stream operation that needed it.
   *
   * @return a lazy stream of every invite
   */
  public Stream<OrganizationMemberInvite> listAll() {
    return listAll(DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAll()} with {@code perPage} invites to a page.
   *
   * @param perPage invites to a page, at least 1
   * @return a lazy stream of every invite
   * @throws IllegalArgumentException when {@code perPage} is below 1
   */
  public Stream<OrganizationMemberInvite> listAll(int perPage) {
    return listAll(perPage, null);
  }

  /**
   * {@link #listAll()} with {@code perPage} invites to a page, sorted in {@code sort} order.
   *
   * @param perPage invites to a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a lazy stream of every invite, fetched as the stream is consumed, as {@link #listAll()} does
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public Stream<OrganizationMemberInvite> listAll(int perPage, SortOrder sort) {
    return list.all(perPage, sort);
  }

  /**
   * Every invite, all pages fetched one after another without blocking.
   *
   * @return a future of every invite, in order
   */
  public CompletableFuture<List<OrganizationMemberInvite>> listAllAsync() {
    return listAllAsync(DEFAULT_PAGE_SIZE, null);
  }

  /**
   * {@link #listAllAsync()} with {@code perPage} invites to a page.
   *
   * @param perPage invites to a page, at least 1
   * @return a future of every invite, in order, unmodifiable, failing with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code perPage} is below 1
   */
  public CompletableFuture<List<OrganizationMemberInvite>> listAllAsync(int perPage) {
    return listAllAsync(perPage, null);
  }

  /**
   * {@link #listAllAsync()} with {@code perPage} invites to a page, sorted in {@code sort} order.
   *
   * @param perPage invites to a page, at least 1
   * @param sort {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for newest first, or
   *     {@code null} for the service's order
   * @return a future of every invite, unmodifiable, failing with the first failed page's
   *     {@link dev.orginvites.core.InviteApiException}
   * @throws IllegalArgumentException when {@code perPage} is below 1 or {@code sort} is {@link SortOrder#UNKNOWN}
   */
  public CompletableFuture<List<OrganizationMemberInvite>> listAllAsync(int perPage, SortOrder sort) {
    return list.allAsync(perPage, sort);
  }

  /**
   * Invites {@code email} with {@code accessLevel}. WapiKit emails the invite's slug to that address. Sent
   * once: an email that already has a pending invite, or is already a member, gets a
   * {@link dev.orginvites.core.BadRequestException}.
   *
   * @param email the address to invite
   * @param accessLevel the access the member will have
   * @return the invite, pending
   * @throws NullPointerException when {@code email} or {@code accessLevel} is null
   * @throws IllegalArgumentException when {@code email} is not an email address, or {@code accessLevel} is
   *     {@link AccessLevel#UNKNOWN}
   * @throws dev.orginvites.core.BadRequestException when the email already has a pending invite (reason
   *     {@link ErrorReason#ALREADY_INVITED}) or belongs to a member ({@link ErrorReason#ALREADY_MEMBER})
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public OrganizationMemberInvite create(String email, AccessLevel accessLevel) {
    return caller.execute(CREATE, api.createOrganizationInvite(createRequest(email, accessLevel)));
  }

  /**
   * {@link #create(String, AccessLevel)} without blocking.
   *
   * @param email the address to invite
   * @param accessLevel the access the member will have
   * @return a future of the invite, pending, failing with the exceptions {@link #create(String, AccessLevel)}
   *     reports for the call
   * @throws NullPointerException when {@code email} or {@code accessLevel} is null
   * @throws IllegalArgumentException when {@code email} is not an email address, or {@code accessLevel} is
   *     {@link AccessLevel#UNKNOWN}
   */
  public CompletableFuture<OrganizationMemberInvite> createAsync(String email, AccessLevel accessLevel) {
    return caller.executeAsync(CREATE, api.createOrganizationInvite(createRequest(email, accessLevel)));
  }

  /**
   * Invites every email of {@code emails} with {@code accessLevel}, with {@link BulkOptions#defaults()}; see
   * {@link #createAll(Collection, AccessLevel, BulkOptions)}.
   *
   * @param emails whom to invite; repeats (ignoring case) are skipped
   * @param accessLevel the access every invited person gets
   * @return what happened to each email
   * @throws NullPointerException when an argument or an email is null
   * @throws IllegalArgumentException when {@code accessLevel} is {@link AccessLevel#UNKNOWN}
   * @throws dev.orginvites.core.InviteApiException when listing who is already invited fails (nothing is sent)
   */
  public BulkReport createAll(Collection<String> emails, AccessLevel accessLevel) {
    return createAll(emails, accessLevel, BulkOptions.defaults());
  }

  /**
   * Invites every email of {@code emails} with {@code accessLevel}, several at a time and paced by the service's
   * rate-limit headers, so that a run at the limit gets no 429s (one that comes anyway is waited out as the
   * service says). Blocks until every email has an outcome; {@code options} sets the concurrency and a listener
   * that hears each outcome as it happens.
   *
   * <p>Safe to run again, and after a run that was stopped or killed: emails that already have a pending invite,
   * or belong to a member, are skipped ({@link dev.orginvites.core.bulk.BulkOutcome.Status#SKIPPED}, with the
   * reason), and each email ends with exactly one invite. An invite is sent again only when the first send
   * provably did not create it; after an answer that got lost, the pending invites are checked first. A bad email
   * fails alone; refused credentials stop the run (the rest is reported as not attempted).
   *
   * @param emails whom to invite; repeats (ignoring case) are skipped
   * @param accessLevel the access every invited person gets
   * @param options concurrency, pacing, attempts and the listener
   * @return what happened to each email, in the order given
   * @throws NullPointerException when an argument or an email is null
   * @throws IllegalArgumentException when {@code accessLevel} is {@link AccessLevel#UNKNOWN}
   * @throws dev.orginvites.core.InviteApiException when listing who is already invited fails (nothing is sent)
   */
  public BulkReport createAll(Collection<String> emails, AccessLevel accessLevel, BulkOptions options) {
    Args.notNull(emails, "emails");
    return BulkRun.run(bulk(accessLevel), new ArrayList<>(emails), options, stack);
  }

  /**
   * {@link #createAll(Collection, AccessLevel, BulkOptions)} on a thread of its own.
   *
   * @param emails whom to invite
   * @param accessLevel the access every invited person gets
   * @param options concurrency, pacing, attempts and the listener
   * @return a future of the report, failing with what {@code createAll} throws
   * @throws NullPointerException when an argument or an email is null
   * @throws IllegalArgumentException when {@code accessLevel} is {@link AccessLevel#UNKNOWN}
   */
  public CompletableFuture<BulkReport> createAllAsync(Collection<String> emails, AccessLevel accessLevel,
      BulkOptions options) {
    Args.notNull(emails, "emails");
    return BulkRun.runAsync(bulk(accessLevel), new ArrayList<>(emails), options, stack);
  }

  /** What a bulk run needs, over this group's calls and the members group. */
  private BulkRun.Service bulk(AccessLevel accessLevel) {
    Args.known(accessLevel, "accessLevel");
    return new BulkRun.Service() {
      @Override
      public BulkRun.Existing existing() {
        Set<String> pending = listAll().filter(WapikitInvites::isPending)
            .map(OrganizationMemberInvite::getEmail).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> joined = members.listAll().map(OrganizationMember::getEmail).filter(Objects::nonNull)
            .collect(Collectors.toSet());
        return new BulkRun.Existing(pending, joined);
      }

      @Override
      public void send(String email) {
        create(email, accessLevel);
      }

      @Override
      public boolean hasPendingInvite(String email) {
        return listAll().filter(WapikitInvites::isPending)
            .anyMatch(invite -> email.equalsIgnoreCase(invite.getEmail()));
      }
    };
  }

  private static boolean isPending(OrganizationMemberInvite invite) {
    return invite.getStatus() == InviteStatus.PENDING;
  }

  /**
   * The invite with {@code slug}; an unknown slug is an {@link dev.orginvites.core.InviteNotFoundException}.
   *
   * @param slug the invite's slug, from the email WapiKit sent the invited person
   * @return the invite, with its email, access level, status and the organization's name
   * @throws NullPointerException when {@code slug} is null
   * @throws IllegalArgumentException when {@code slug} is not exactly one path segment
   * @throws dev.orginvites.core.InviteNotFoundException when no invite has that slug
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public OrganizationMemberInvite get(String slug) {
    return caller.execute(GET, api.getOrganizationInvite(Args.pathSegment(slug, "slug")));
  }

  /**
   * {@link #get(String)} without blocking.
   *
   * @param slug the invite's slug, from the email WapiKit sent the invited person
   * @return a future of the invite, failing with the exceptions {@link #get(String)} reports for the call
   * @throws NullPointerException when {@code slug} is null
   * @throws IllegalArgumentException when {@code slug} is not exactly one path segment
   */
  public CompletableFuture<OrganizationMemberInvite> getAsync(String slug) {
    return caller.executeAsync(GET, api.getOrganizationInvite(Args.pathSegment(slug, "slug")));
  }

  /**
   * Accepts the invite with {@code slug} and returns the session token for the organization joined. Sent once;
   * an invite that is no longer pending is refused with a 4xx exception.
   *
   * @param slug the invite's slug, from the email WapiKit sent the invited person
   * @return the slug and the session token for the organization joined
   * @throws NullPointerException when {@code slug} is null
   * @throws IllegalArgumentException when {@code slug} is not exactly one path segment
   * @throws dev.orginvites.core.InviteNotFoundException when no invite has that slug
   * @throws dev.orginvites.core.MalformedResponseException when the answer carries no session token
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call, with reason
   *     {@link ErrorReason#INVITE_NOT_PENDING} when the invite was already redeemed
   */
  public AcceptedInvite accept(String slug) {
    Args.pathSegment(slug, "slug");
    return caller.execute(ACCEPT.then(token -> new AcceptedInvite(slug, token)), api.acceptOrganizationInvite(slug));
  }

  /**
   * {@link #accept(String)} without blocking.
   *
   * @param slug the invite's slug, from the email WapiKit sent the invited person
   * @return a future of the slug and session token, failing with the exceptions {@link #accept(String)} reports
   *     for the call
   * @throws NullPointerException when {@code slug} is null
   * @throws IllegalArgumentException when {@code slug} is not exactly one path segment
   */
  public CompletableFuture<AcceptedInvite> acceptAsync(String slug) {
    Args.pathSegment(slug, "slug");
    return caller.executeAsync(ACCEPT.then(token -> new AcceptedInvite(slug, token)),
        api.acceptOrganizationInvite(slug));
  }

  /**
   * Joins the organization of the invite with {@code slug} ({@code POST /auth/join-organization}): like
   * {@link #accept(String)}, the invite is redeemed and a session token for the organization comes back. Sent
   * once; an unknown slug is an {@link dev.orginvites.core.InviteNotFoundException}, an invite no longer pending
   * is refused with a 4xx exception.
   *
   * @param slug the invite's slug, from the email WapiKit sent the invited person
   * @return the slug and the session token for the organization joined
   * @throws NullPointerException when {@code slug} is null
   * @throws IllegalArgumentException when {@code slug} is not exactly one path segment
   * @throws dev.orginvites.core.InviteNotFoundException when no invite has that slug
   * @throws dev.orginvites.core.MalformedResponseException when the answer carries no session token
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call, with reason
   *     {@link ErrorReason#INVITE_NOT_PENDING} when the invite was already redeemed
   */
  public AcceptedInvite join(String slug) {
    return caller.execute(ACCEPT.then(token -> new AcceptedInvite(slug, token)),
        api.joinOrganization(joinRequest(slug)));
  }

  /**
   * {@link #join(String)} without blocking.
   *
   * @param slug the invite's slug, from the email WapiKit sent the invited person
   * @return a future of the slug and session token, failing with the exceptions {@link #join(String)} reports for
   *     the call
   * @throws NullPointerException when {@code slug} is null
   * @throws IllegalArgumentException when {@code slug} is not exactly one path segment
   */
  public CompletableFuture<AcceptedInvite> joinAsync(String slug) {
    return caller.executeAsync(ACCEPT.then(token -> new AcceptedInvite(slug, token)),
        api.joinOrganization(joinRequest(slug)));
  }

  private static CreateOrganizationInviteRequest createRequest(String email, AccessLevel accessLevel) {
    Args.email(email, "email");
    Args.known(accessLevel, "accessLevel");
    return new CreateOrganizationInviteRequest().email(email).accessLevel(accessLevel);
  }

  private static JoinOrganizationRequest joinRequest(String slug) {
    return new JoinOrganizationRequest().inviteSlug(Args.pathSegment(slug, "slug"));
  }

  private static String sessionToken(AcceptOrganizationInviteResponse response) {
    return response.getToken() == null || response.getToken().isEmpty() ? null : response.getToken();
  }
}
