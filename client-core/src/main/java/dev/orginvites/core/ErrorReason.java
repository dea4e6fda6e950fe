package dev.orginvites.core;

/**
 * Why a call failed, in a form a program can branch on without reading any message text. Every
 * {@link InviteApiException} has one ({@link InviteApiException#reason()}).
 *
 * <pre>{@code
 * try {
 *   client.invites().create(email, AccessLevel.MEMBER);
 * } catch (InviteApiException e) {
 *   switch (e.reason()) {
 *     case ALREADY_INVITED: ... break;
 *     case ALREADY_MEMBER: ... break;
 *     default: throw e;
 *   }
 * }
 * }</pre>
 *
 * <p>The SDK reads the reason from the status, the WEGnology error {@code type} and the wording of the service's
 * error message (including the bare JSON strings WapiKit sends). When the service words a refusal in a way the
 * SDK does not recognise, the reason falls back to what the status says ({@link #INVALID_INPUT} for a 400, for
 * example) or {@link #UNKNOWN}. New constants may be added in later versions: keep a {@code default} branch.
 */
public enum ErrorReason {
  /** The email already has a pending invite to the organization. */
  ALREADY_INVITED,
  /** The email already belongs to a member of the organization. */
  ALREADY_MEMBER,
  /** The invite was already accepted, rejected or redeemed: it can no longer be answered. */
  INVITE_NOT_PENDING,
  /** The invite's lifetime is over (WEGnology: 410). */
  INVITE_EXPIRED,
  /** No such invite, or (WEGnology) it was already answered or revoked. */
  INVITE_NOT_FOUND,
  /** No such organization. */
  ORGANIZATION_NOT_FOUND,
  /** No such member of the organization. */
  MEMBER_NOT_FOUND,
  /** No such role. */
  ROLE_NOT_FOUND,
  /** No such message template. */
  TEMPLATE_NOT_FOUND,
  /** No such phone number. */
  PHONE_NUMBER_NOT_FOUND,
  /** The service answered 404 in its own error format without saying what was not found. */
  NOT_FOUND,
  /**
   * A 404 that did not come from the service's API: an HTML page, an empty body or JSON the service never
   * sends. The base URL or the path is probably wrong (a missing {@code /api}, another server, a proxy).
   */
  ENDPOINT_NOT_FOUND,
  /** A role cannot be deleted while members still have it. */
  ROLE_IN_USE,
  /** The person named (for example the new owner of an organization) is not a member of it. */
  NOT_A_MEMBER,
  /** A role names a permission the service does not know. */
  UNKNOWN_PERMISSION,
  /** The service refused the request as malformed or invalid (400) for another reason. */
  INVALID_INPUT,
  /** The credentials (API key, API token, session token) are missing or not accepted (401). */
  INVALID_CREDENTIALS,
  /** The credentials are valid but do not allow this call (403). */
  FORBIDDEN,
  /** Too many calls: wait as {@link InviteApiException#retryAfter()} says (429). */
  RATE_LIMITED,
  /** The service failed (5xx). */
  SERVER_ERROR,
  /** No response arrived: connection failure, TLS failure or timeout ({@link TransportException}). */
  TRANSPORT,
  /** The service answered with success, but not with the documented JSON ({@link MalformedResponseException}). */
  MALFORMED_RESPONSE,
  /** None of the above. */
  UNKNOWN
}
