package dev.orginvites.wnology;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.bulk.BulkOptions;
import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.BulkRun;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvite;
import dev.orginvites.wnology.model.OrgInvitePost;
import dev.orginvites.wnology.model.OrgMember;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * An organization's invites, from the organization's side: invite a person ({@link #send}), list the pending
 * invites ({@link #pending()}) and revoke one ({@link #revoke(String)}). Obtained from {@link WnologyOrg#invites()};
 * thread-safe.
 *
 * <p>Every method checks its arguments before anything is sent (a {@code NullPointerException} or
 * {@code IllegalArgumentException} naming the argument), and fails with an {@link IllegalStateException} on a
 * client without an API token. Sending and revoking are never sent twice (only when the request provably never
 * reached the service); listing is retried as the client's retry policy allows. The async variants throw the same
 * argument and token exceptions at once and return a future that fails with the call's
 * {@link dev.orginvites.core.InviteApiException}.
 *
 * <p>A pending invite ({@link OrgInvite}) tells its {@code hasExpired} flag as the service sees it, and works out
 * its expiry from {@code inviteDate} and {@code ttl}: {@code expiresAt()}, {@code lifetime()},
 * {@code hasExpiredAt(now)} (see {@link ExpiringInvite}).
 */
public final class WnologyOrgInvites {
  private static final Operation<List<OrgInvite>, List<OrgInvite>> SEND =
      Operation.action(ErrorReason.ORGANIZATION_NOT_FOUND, "invite for the email sent", invites -> invites);
  private static final Operation<List<OrgInvite>, List<OrgInvite>> PENDING =
      Operation.<List<OrgInvite>>read(ErrorReason.ORGANIZATION_NOT_FOUND).then(OrgCalls::present);
  private static final Operation<List<OrgInvite>, List<OrgInvite>> REVOKE =
      Operation.<List<OrgInvite>>action(ErrorReason.ORGANIZATION_NOT_FOUND).then(OrgCalls::present);

  private final String orgId;
  private final OrgCalls calls;

  WnologyOrgInvites(String orgId, OrgCalls calls) {
    this.orgId = orgId;
    this.calls = calls;
  }

  /**
   * Invites {@code email} into the organization with {@code role} ({@code POST /orgs/{orgId}/invites}). Same as
   * {@link #send(String, InviteRole, SendOptions)} with {@link SendOptions#none()}.
   *
   * @param email whom to invite
   * @param role the organization role they get on accepting
   * @return the new pending invite
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code email} is not an email address or {@code role} is
   *     {@link InviteRole#UNKNOWN}
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public OrgInvite send(String email, InviteRole role) {
    return send(email, role, SendOptions.none());
  }

  /**
   * Invites {@code email} into the organization with {@code role} and the roles and flag of {@code options}.
   * The service emails the person a link carrying the invite's token and email (which the invited side reads
   * with {@link InviteLink#parse(String)}); the token is never part of this answer, so the link cannot be either.
   * Against the testkit's sandbox the link is in its outbox.
   *
   * <p>Sent at most once. An email with a pending invite, or one that belongs to a member, is refused with a
   * {@link dev.orginvites.core.BadRequestException} whose {@code reason()} is
   * {@link ErrorReason#ALREADY_INVITED} or {@link ErrorReason#ALREADY_MEMBER}.
   *
   * @param email whom to invite
   * @param role the organization role they get on accepting
   * @param options application and dashboard roles, {@code disallowTransfer}
   * @return the new pending invite, picked by its email out of the pending invites the service answers with
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code email} is not an email address or {@code role} is
   *     {@link InviteRole#UNKNOWN}
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.MalformedResponseException when the answer does not list an invite for
   *     {@code email} (the invite may still have been sent: look at {@link #pending()} before sending again)
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public OrgInvite send(String email, InviteRole role, SendOptions options) {
    OrgInvitePost body = post(email, role, options);
    return calls.caller.execute(sendOf(email), calls.api.sendOrgInvite(orgId, body, OrgCalls.ACTIONS,
        OrgCalls.LINKS, OrgCalls.EMBEDDED));
  }

  /**
   * {@link #send(String, InviteRole)} without blocking.
   *
   * @param email whom to invite
   * @param role the organization role they get on accepting
   * @return a future of the new pending invite, failing with the exceptions {@link #send} reports
   */
  public CompletableFuture<OrgInvite> sendAsync(String email, InviteRole role) {
    return sendAsync(email, role, SendOptions.none());
  }

  /**
   * {@link #send(String, InviteRole, SendOptions)} without blocking.
   *
   * @param email whom to invite
   * @param role the organization role they get on accepting
   * @param options application and dashboard roles, {@code disallowTransfer}
   * @return a future of the new pending invite, failing with the exceptions {@link #send} reports
   */
  public CompletableFuture<OrgInvite> sendAsync(String email, InviteRole role, SendOptions options) {
    OrgInvitePost body = post(email, role, options);
    return calls.caller.executeAsync(sendOf(email), calls.api.sendOrgInvite(orgId, body, OrgCalls.ACTIONS,
        OrgCalls.LINKS, OrgCalls.EMBEDDED));
  }

  /**
   * The organization's pending invites ({@code GET /orgs/{orgId}/invites}): those neither accepted, rejected nor
   * revoked. An expired invite stays in the list, with {@code getHasExpired()} true, until it is revoked.
   *
   * @return the pending invites, unmodifiable, in the service's order
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public List<OrgInvite> pending() {
    calls.requireToken();
    return calls.caller.execute(PENDING, calls.api.listOrgInvites(orgId, OrgCalls.ACTIONS, OrgCalls.LINKS,
        OrgCalls.EMBEDDED));
  }

  /**
   * {@link #pending()} without blocking.
   *
   * @return a future of the pending invites, failing with the exceptions {@link #pending()} reports
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   */
  public CompletableFuture<List<OrgInvite>> pendingAsync() {
    calls.requireToken();
    return calls.caller.executeAsync(PENDING, calls.api.listOrgInvites(orgId, OrgCalls.ACTIONS, OrgCalls.LINKS,
        OrgCalls.EMBEDDED));
  }

  /**
   * Revokes the pending invite {@code inviteId} ({@code DELETE /orgs/{orgId}/invites?inviteId=...}); its link
   * stops working (the invited side then gets a 404). Sent at most once. An unknown invite is a
   * {@link dev.orginvites.core.NotFoundException} (reason {@link ErrorReason#INVITE_NOT_FOUND} when the service
   * says so).
   *
   * @param inviteId the invite's id ({@code getId()} of a pending invite): 24 hexadecimal characters
   * @return the invites still pending, unmodifiable
   * @throws NullPointerException when {@code inviteId} is null
   * @throws IllegalArgumentException when {@code inviteId} is not 24 hexadecimal characters
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public List<OrgInvite> revoke(String inviteId) {
    calls.requireToken();
    WnologyIds.check(inviteId, "inviteId");
    return calls.caller.execute(REVOKE, calls.api.revokeOrgInvite(orgId, inviteId, OrgCalls.ACTIONS,
        OrgCalls.LINKS, OrgCalls.EMBEDDED));
  }

  /**
   * {@link #revoke(String)} without blocking.
   *
   * @param inviteId the invite's id: 24 hexadecimal characters
   * @return a future of the invites still pending, failing with the exceptions {@link #revoke(String)} reports
   * @throws NullPointerException when {@code inviteId} is null
   * @throws IllegalArgumentException when {@code inviteId} is not 24 hexadecimal characters
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   */
  public CompletableFuture<List<OrgInvite>> revokeAsync(String inviteId) {
    calls.requireToken();
    WnologyIds.check(inviteId, "inviteId");
    return calls.caller.executeAsync(REVOKE, calls.api.revokeOrgInvite(orgId, inviteId, OrgCalls.ACTIONS,
        OrgCalls.LINKS, OrgCalls.EMBEDDED));
  }

  /**
   * Invites every email of {@code emails} into the organization with {@code role}, with
   * {@link BulkOptions#defaults()}; see {@link #sendAll(Collection, InviteRole, SendOptions, BulkOptions)}.
   *
   * @param emails whom to invite; repeats (ignoring case) are skipped
   * @param role the organization role every invited person gets
   * @return what happened to each email
   * @throws NullPointerException when an argument or an email is null
   * @throws IllegalArgumentException when {@code role} is {@link InviteRole#UNKNOWN}
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException when listing who is already invited fails (nothing is sent)
   */
  public BulkReport sendAll(Collection<String> emails, InviteRole role) {
    return sendAll(emails, role, SendOptions.none(), BulkOptions.defaults());
  }

  /**
   * Invites every email of {@code emails} with {@code role} and the settings of {@code sendOptions}, several at a
   * time and paced by the service's rate-limit headers (when it sends them), so that a run at the limit gets no
   * 429s; one that comes anyway is waited out as the service says. Blocks until every email has an outcome.
   *
   * <p>Safe to run again, and after a run that was stopped or killed: emails with a pending invite that has not
   * expired, and members, are skipped (with the reason), so each email ends with exactly one invite. An invite is
   * sent again only when the first send provably did not create it; after an answer that got lost, the pending
   * invites are checked first. A bad email fails alone; refused credentials or an unknown organization stop the
   * run (the rest is reported as not attempted).
   *
   * @param emails whom to invite; repeats (ignoring case) are skipped
   * @param role the organization role every invited person gets
   * @param sendOptions application and dashboard roles, {@code disallowTransfer}, for every invite
   * @param options concurrency, pacing, attempts and the listener
   * @return what happened to each email, in the order given
   * @throws NullPointerException when an argument or an email is null
   * @throws IllegalArgumentException when {@code role} is {@link InviteRole#UNKNOWN}
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   * @throws dev.orginvites.core.InviteApiException when listing who is already invited fails (nothing is sent)
   */
  public BulkReport sendAll(Collection<String> emails, InviteRole role, SendOptions sendOptions,
      BulkOptions options) {
    Args.notNull(emails, "emails");
    return BulkRun.run(bulk(role, sendOptions), new ArrayList<>(emails), options, calls.stack);
  }

  /**
   * {@link #sendAll(Collection, InviteRole, SendOptions, BulkOptions)} on a thread of its own.
   *
   * @param emails whom to invite
   * @param role the organization role every invited person gets
   * @param sendOptions application and dashboard roles, {@code disallowTransfer}, for every invite
   * @param options concurrency, pacing, attempts and the listener
   * @return a future of the report, failing with what {@code sendAll} throws
   * @throws NullPointerException when an argument or an email is null
   * @throws IllegalArgumentException when {@code role} is {@link InviteRole#UNKNOWN}
   * @throws IllegalStateException when the client has no API token (nothing is sent)
   */
  public CompletableFuture<BulkReport> sendAllAsync(Collection<String> emails, InviteRole role,
      SendOptions sendOptions, BulkOptions options) {
    Args.notNull(emails, "emails");
    return BulkRun.runAsync(bulk(role, sendOptions), new ArrayList<>(emails), options, calls.stack);
  }

  /** What a bulk run needs: who is invited or a member already, one send, and a look at the pending invites. */
  private BulkRun.Service bulk(InviteRole role, SendOptions sendOptions) {
    calls.requireToken();
    Args.known(role, "role");
    Args.notNull(sendOptions, "sendOptions");
    WnologyOrgMembers members = new WnologyOrgMembers(orgId, calls);
    return new BulkRun.Service() {
      @Override
      public BulkRun.Existing existing() {
        Set<String> invited = unexpiredPendingEmails();
        Set<String> joined = new HashSet<>();
        for (OrgMember member : members.list()) {
          if (member.getEmail() != null) {
            joined.add(member.getEmail());
          }
        }
        return new BulkRun.Existing(invited, joined);
      }

      @Override
      public void send(String email) {
        WnologyOrgInvites.this.send(email, role, sendOptions);
      }

      @Override
      public boolean hasPendingInvite(String email) {
        return unexpiredPendingEmails().stream().anyMatch(email::equalsIgnoreCase);
      }
    };
  }

  /** The emails of the pending invites that have not expired: an expired one may be sent again. */
  private Set<String> unexpiredPendingEmails() {
    Set<String> emails = new HashSet<>();
    for (OrgInvite invite : pending()) {
      if (invite.getEmail() != null && !Boolean.TRUE.equals(invite.getHasExpired())) {
        emails.add(invite.getEmail());
      }
    }
    return emails;
  }

  @Override
  public String toString() {
    return "WnologyOrgInvites{orgId=" + orgId + '}';
  }

  /** The send operation of one call: the pending invites the service answers with, narrowed to the new one. */
  private static Operation<List<OrgInvite>, OrgInvite> sendOf(String email) {
    return SEND.then(invites -> newest(invites, email));
  }

  /** The last invite for {@code email} (compared ignoring case, as email addresses are), or null. */
  private static OrgInvite newest(List<OrgInvite> invites, String email) {
    String wanted = email.toLowerCase(Locale.ROOT);
    OrgInvite found = null;
    for (OrgInvite invite : invites) {
      if (invite != null && invite.getEmail() != null && invite.getEmail().toLowerCase(Locale.ROOT).equals(wanted)) {
        found = invite;
      }
    }
    return found;
  }

  private OrgInvitePost post(String email, InviteRole role, SendOptions options) {
    calls.requireToken();
    Args.email(email, "email");
    Args.known(role, "role");
    Args.notNull(options, "options");
    return new OrgInvitePost()
        .email(email)
        .role(role)
        .applicationRoles(ResourceRoles.toGrants(options.applicationRoles()))
        .dashboardRoles(ResourceRoles.toGrants(options.dashboardRoles()))
        .disallowTransfer(options.disallowTransfer().orElse(null));
  }
}
