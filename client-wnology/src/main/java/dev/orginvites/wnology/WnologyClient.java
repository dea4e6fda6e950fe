package dev.orginvites.wnology;

import dev.orginvites.core.ClientBuilder;
import dev.orginvites.core.internal.ClientConfig;
import dev.orginvites.core.internal.HttpStack;
import dev.orginvites.wnology.api.InvitesApi;
import java.util.List;

/**
 * Client for WEGnology's Org Invites: look up an invite by the token and email from an invite link, then
 * accept or reject it. Neither call needs credentials.
 *
 * <pre>{@code
 * try (WnologyClient client = WnologyClient.create()) {
 *   InviteLink link = InviteLink.parse(urlFromEmail);
 *   OrgInvitationInfo invite = client.invites().get(link);
 *   client.invites().accept(link);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per application and share it. {@link #close()} releases its threads
 * and connections (those of a shared {@code OkHttpClient} stay with their owner).
 */
public final class WnologyClient implements AutoCloseable {
  /** The production API, from WEGnology's documentation. */
  public static final String DEFAULT_BASE_URL = "https://api.app.wnology.io";

  private final HttpStack stack;
  private final WnologyInvites invites;

  private WnologyClient(ClientConfig config) {
    this.stack = HttpStack.create(config, "wnology", WnologyErrors.DIALECT, List.of());
    this.invites = new WnologyInvites(stack.create(InvitesApi.class), stack.caller());
  }

  /**
   * A client with default settings, configured from the environment: {@code WNOLOGY_BASE_URL} when set (for
   * example a sandbox), otherwise the production API. Same as {@code builder().fromEnvironment().build()}.
   *
   * @return a new client
   */
  public static WnologyClient create() {
    return builder().fromEnvironment().build();
  }

  /**
   * A builder with every setting at its default; see {@link ClientBuilder}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Org Invites calls.
   *
   * @return the invite calls
   */
  public WnologyInvites invites() {
    return invites;
  }

  @Override
  public void close() {
    stack.close();
  }

  @Override
  public String toString() {
    return "WnologyClient{closed=" + stack.isClosed() + '}';
  }

  /** Builds a {@link WnologyClient}; see {@link ClientBuilder} for the shared settings and their defaults. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super(DEFAULT_BASE_URL, "WNOLOGY");
    }

    /**
     * The client, immutable and thread-safe.
     *
     * @return a new client
     */
    public WnologyClient build() {
      return new WnologyClient(config());
    }
  }
}
