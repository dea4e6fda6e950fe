package dev.orginvites.wnology;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wnology.api.InvitesApi;
import dev.orginvites.wnology.model.OrgInvitationAction;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.util.concurrent.CompletableFuture;

/**
 * The Org Invites calls of a {@link WnologyClient}. Every method checks its arguments before anything is sent
 * (a {@code NullPointerException} or {@code IllegalArgumentException} naming the argument) and reports a
 * failure as an {@link dev.orginvites.core.InviteApiException}: {@link dev.orginvites.core.InviteNotFoundException}
 * for an unknown or already answered invite, {@link dev.orginvites.core.InviteExpiredException} for an expired
 * one. A look-up is retried as the client's retry policy allows; an accept or reject is never sent twice.
 * Async variants return a future that fails with the same exceptions. Thread-safe.
 */
public final class WnologyInvites {
  private static final Operation<OrgInvitationInfo, OrgInvitationInfo> GET =
      Operation.read(ErrorReason.INVITE_NOT_FOUND);
  private static final Operation<OrgInvitationResult, OrgInvitationResult> RESPOND =
      Operation.action(ErrorReason.INVITE_NOT_FOUND);

  private final InvitesApi api;
  private final ApiCaller caller;

  WnologyInvites(InvitesApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  /**
   * What the invite is: organization, role, date and lifetime.
   *
   * @param token the invite token from the link
   * @param email the invited email address from the link
   * @return the invite
   */
  public OrgInvitationInfo get(String token, String email) {
    checkTokenAndEmail(token, email);
    return caller.execute(GET, api.getInvite(token, email), token);
  }

  /**
   * {@link #get(String, String)} with the token and email of {@code link}.
   *
   * @param link the token and email of the invite link
   * @return the invite
   */
  public OrgInvitationInfo get(InviteLink link) {
    Args.notNull(link, "link");
    return get(link.token(), link.email());
  }

  /**
   * {@link #get(String, String)} without blocking.
   *
   * @param token the invite token from the link
   * @param email the invited email address from the link
   * @return a future of the same
   */
  public CompletableFuture<OrgInvitationInfo> getAsync(String token, String email) {
    checkTokenAndEmail(token, email);
    return caller.executeAsync(GET, api.getInvite(token, email), token);
  }

  /**
   * {@link #getAsync(String, String)} with the token and email of {@code link}.
   *
   * @param link the token and email of the invite link
   * @return a future of the same
   */
  public CompletableFuture<OrgInvitationInfo> getAsync(InviteLink link) {
    Args.notNull(link, "link");
    return getAsync(link.token(), link.email());
  }

  /**
   * Accepts the invite; the person joins the organization.
   *
   * @param token the invite token from the link
   * @param email the invited email address from the link
   * @return the outcome: whether it was accepted, and the organization id
   */
  public OrgInvitationResult accept(String token, String email) {
    return respond(token, email, true);
  }

  /**
   * {@link #accept(String, String)} with the token and email of {@code link}.
   *
   * @param link the token and email of the invite link
   * @return the outcome: whether it was accepted, and the organization id
   */
  public OrgInvitationResult accept(InviteLink link) {
    return respond(link, true);
  }

  /**
   * {@link #accept(String, String)} without blocking.
   *
   * @param token the invite token from the link
   * @param email the invited email address from the link
   * @return a future of the same
   */
  public CompletableFuture<OrgInvitationResult> acceptAsync(String token, String email) {
    return respondAsync(token, email, true);
  }

  /**
   * {@link #accept(InviteLink)} without blocking.
   *
   * @param link the token and email of the invite link
   * @return a future of the same
   */
  public CompletableFuture<OrgInvitationResult> acceptAsync(InviteLink link) {
    return respondAsync(link, true);
  }

  /**
   * Rejects (declines) the invite.
   *
   * @param token the invite token from the link
   * @param email the invited email address from the link
   * @return the outcome: whether it was accepted, and the organization id
   */
  public OrgInvitationResult reject(String token, String email) {
    return respond(token, email, false);
  }

  /**
   * {@link #reject(String, String)} with the token and email of {@code link}.
   *
   * @param link the token and email of the invite link
   * @return the outcome: whether it was accepted, and the organization id
   */
  public OrgInvitationResult reject(InviteLink link) {
    return respond(link, false);
  }

  /**
   * {@link #reject(String, String)} without blocking.
   *
   * @param token the invite token from the link
   * @param email the invited email address from the link
   * @return a future of the same
   */
  public CompletableFuture<OrgInvitationResult> rejectAsync(String token, String email) {
    return respondAsync(token, email, false);
  }

  /**
   * {@link #reject(InviteLink)} without blocking.
   *
   * @param link the token and email of the invite link
   * @return a future of the same
   */
  public CompletableFuture<OrgInvitationResult> rejectAsync(InviteLink link) {
    return respondAsync(link, false);
  }

  /**
   * Accepts ({@code accept} true) or rejects the invite. Sent at most once.
   *
   * @param token the invite token from the link
   * @param email the invited email address from the link
   * @param accept true to accept, false to reject
   * @return the outcome: whether it was accepted, and the organization id
   */
  public OrgInvitationResult respond(String token, String email, boolean accept) {
    checkTokenAndEmail(token, email);
    return caller.execute(RESPOND, api.respondToInvite(action(token, email, accept)), token);
  }

  /**
   * {@link #respond(String, String, boolean)} with the token and email of {@code link}.
   *
   * @param link the token and email of the invite link
   * @param accept true to accept, false to reject
   * @return the outcome: whether it was accepted, and the organization id
   */
  public OrgInvitationResult respond(InviteLink link, boolean accept) {
    Args.notNull(link, "link");
    return respond(link.token(), link.email(), accept);
  }

  /**
   * {@link #respond(String, String, boolean)} without blocking.
   *
   * @param token the invite token from the link
   * @param email the invited email address from the link
   * @param accept true to accept, false to reject
   * @return a future of the same
   */
  public CompletableFuture<OrgInvitationResult> respondAsync(String token, String email, boolean accept) {
    checkTokenAndEmail(token, email);
    return caller.executeAsync(RESPOND, api.respondToInvite(action(token, email, accept)), token);
  }

  /**
   * {@link #respond(InviteLink, boolean)} without blocking.
   *
   * @param link the token and email of the invite link
   * @param accept true to accept, false to reject
   * @return a future of the same
   */
  public CompletableFuture<OrgInvitationResult> respondAsync(InviteLink link, boolean accept) {
    Args.notNull(link, "link");
    return respondAsync(link.token(), link.email(), accept);
  }

  private static OrgInvitationAction action(String token, String email, boolean accept) {
    return new OrgInvitationAction().email(email).token(token).accept(accept);
  }

  private static void checkTokenAndEmail(String token, String email) {
    Args.secret(token, "token");
    Args.email(email, "email");
  }
}
