package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wapikit.api.ApiKeysApi;
import dev.orginvites.wapikit.model.ApiKey;
import dev.orginvites.wapikit.model.RegenerateApiKeyResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The API key call of a {@link WapikitClient}: regenerating the organization's key. Thread-safe.
 */
public final class WapikitApiKey {
  /** A GET that changes state: never sent again once it may have reached the service. */
  private static final Operation<RegenerateApiKeyResponse, RegeneratedApiKey> REGENERATE =
      Operation.action(ErrorReason.NOT_FOUND, "apiKey", WapikitApiKey::newKey);

  private final ApiKeysApi api;
  private final ApiCaller caller;

  WapikitApiKey(ApiKeysApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  /**
   * Replaces the organization's API key and returns the new one. From then on the old key, the one this client
   * sends, is refused with a 401: build a new client with {@link RegeneratedApiKey#key()}. Sent once, never
   * retried after it may have arrived (a retry would replace the new key too). The new key is never logged, even
   * by an HTTP log at body level, and never shown by {@link RegeneratedApiKey#toString()}.
   *
   * @return the new key, with its id and issue time when the service reports them
   * @throws dev.orginvites.core.MalformedResponseException when the answer carries no key (the old key may be
   *     refused all the same)
   * @throws dev.orginvites.core.InviteApiException for every other failure of the call
   */
  public RegeneratedApiKey regenerate() {
    return caller.execute(REGENERATE, api.regenerateApiKey());
  }

  /**
   * {@link #regenerate()} without blocking.
   *
   * @return a future of the new key, failing with the exceptions {@link #regenerate()} reports
   */
  public CompletableFuture<RegeneratedApiKey> regenerateAsync() {
    return caller.executeAsync(REGENERATE, api.regenerateApiKey());
  }

  private static RegeneratedApiKey newKey(RegenerateApiKeyResponse response) {
    ApiKey apiKey = response.getApiKey();
    if (apiKey == null || apiKey.getKey() == null || apiKey.getKey().isEmpty()) {
      return null;
    }
    return new RegeneratedApiKey(apiKey.getUniqueId(), apiKey.getKey(), apiKey.getCreatedAt());
  }
}
