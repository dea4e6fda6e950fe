package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wapikit.api.WhatsAppBusinessAccountApi;
import dev.orginvites.wapikit.model.UpdateWhatsAppBusinessAccountRequest;
import dev.orginvites.wapikit.model.WhatsAppBusinessAccount;
import java.util.concurrent.CompletableFuture;

/**
 * The WhatsApp Business account linked to the organization. Its access token and webhook secret are secrets:
 * never in an exception or log line, and {@link WhatsAppBusinessAccount#toString()} shows {@code ***} for them.
 * Thread-safe.
 */
public final class WapikitWhatsAppBusinessAccount {
  private static final Operation<WhatsAppBusinessAccount, WhatsAppBusinessAccount> UPDATE = Operation.action(
      ErrorReason.NOT_FOUND, "businessAccountId", account -> account.getBusinessAccountId() == null ? null : account);

  private final WhatsAppBusinessAccountApi api;
  private final ApiCaller caller;

  WapikitWhatsAppBusinessAccount(WhatsAppBusinessAccountApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  /**
   * Links the organization to the WhatsApp Business account {@code businessAccountId}, reached with
   * {@code accessToken} (a WhatsApp Cloud API token), or updates the link. Sent once. Returns the details as
   * stored, with the webhook secret WapiKit uses for that account.
   *
   * @param businessAccountId the WhatsApp Business account's id
   * @param accessToken a WhatsApp Cloud API token for that account; a secret, never shown
   * @return the account details as stored, with the webhook secret WapiKit uses for the account
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an argument is blank, or {@code accessToken} has control characters
   *     (its value is never shown)
   * @throws dev.orginvites.core.MalformedResponseException when the answer has no {@code businessAccountId}
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public WhatsAppBusinessAccount update(String businessAccountId, String accessToken) {
    return caller.execute(UPDATE, api.updateWhatsAppBusinessAccount(request(businessAccountId, accessToken)),
        accessToken);
  }

  /**
   * {@link #update(String, String)} without blocking.
   *
   * @param businessAccountId the WhatsApp Business account's id
   * @param accessToken a WhatsApp Cloud API token for that account; a secret, never shown
   * @return a future of the account details as stored, failing with the exceptions {@link #update(String, String)}
   *     reports for the call
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an argument is blank, or {@code accessToken} has control characters
   *     (its value is never shown)
   */
  public CompletableFuture<WhatsAppBusinessAccount> updateAsync(String businessAccountId, String accessToken) {
    return caller.executeAsync(UPDATE, api.updateWhatsAppBusinessAccount(request(businessAccountId, accessToken)),
        accessToken);
  }

  private static UpdateWhatsAppBusinessAccountRequest request(String businessAccountId, String accessToken) {
    return new UpdateWhatsAppBusinessAccountRequest()
        .businessAccountId(Args.text(businessAccountId, "businessAccountId"))
        .accessToken(Args.secret(accessToken, "accessToken"));
  }
}
