package dev.orginvites.wapikit;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.Operation;
import dev.orginvites.wapikit.api.AiConfigurationApi;
import dev.orginvites.wapikit.model.AiConfiguration;
import dev.orginvites.wapikit.model.AiConfigurationResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The organization's AI assistant configuration. It includes the model provider's API key, a secret that
 * {@link AiConfiguration#toString()} shows as {@code ***} and no log line shows; change it with
 * {@link WapikitOrganizations#update(String, dev.orginvites.wapikit.model.UpdateOrganizationRequest)}.
 * Thread-safe.
 */
public final class WapikitAiConfiguration {
  private static final Operation<AiConfigurationResponse, AiConfiguration> GET =
      Operation.read(ErrorReason.NOT_FOUND, "aiConfiguration", AiConfigurationResponse::getAiConfiguration);

  private final AiConfigurationApi api;
  private final ApiCaller caller;

  WapikitAiConfiguration(AiConfigurationApi api, ApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  /**
   * The whole AI configuration: model, whether it is enabled, and the provider's API key.
   *
   * @return the AI configuration; its {@code toString()} shows the API key as {@code ***}
   * @throws dev.orginvites.core.InviteApiException for every failure of the call
   */
  public AiConfiguration get() {
    return caller.execute(GET, api.getAiConfiguration());
  }

  /**
   * {@link #get()} without blocking.
   *
   * @return a future of the AI configuration, failing with the call's {@link dev.orginvites.core.InviteApiException}
   */
  public CompletableFuture<AiConfiguration> getAsync() {
    return caller.executeAsync(GET, api.getAiConfiguration());
  }
}
