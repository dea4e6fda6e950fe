package dev.orginvites.wnology;

import dev.orginvites.core.ClientBuilder;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.ClientConfig;
import dev.orginvites.core.internal.HttpStack;
import dev.orginvites.wnology.api.InvitesApi;
import dev.orginvites.wnology.api.OrganizationsApi;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * Client for WEGnology's Org Invites, from both sides. The invited person looks up an invite by the token and
 * email from their invite link, then accepts or rejects it ({@link #invites()}; no credentials needed). The
 * organization invites people, lists and revokes pending invites, reads its members, changes their roles and
 * removes them ({@link #org(String)}; needs an API token).
 *
 * <pre>{@code
 * try (WnologyClient client = WnologyClient.create()) {      // WNOLOGY_API_TOKEN for the organization's side
 *   OrgInvite sent = client.org(orgId).invites().send("ann@example.com", InviteRole.EDIT);
 *   // ... Ann's link arrives by email:
 *   client.invites().accept(InviteLink.parse(urlFromEmail));
 *   client.org(orgId).members().list().forEach(m -> System.out.println(m.getEmail() + " " + m.getRole()));
 * }
 * }</pre>
 *
 * <p>The API token is sent as {@code Authorization: Bearer ...} on the organization's calls only, never on the
 * invited person's, and only to the configured host; it never appears in {@link #toString()}, exception messages
 * or logs. Immutable and thread-safe: build one per application (and token) and share it. {@link #close()}
 * releases its threads and connections (those of a shared {@code OkHttpClient} stay with their owner).
 */
public final class WnologyClient implements AutoCloseable {
  /** The production API, from WEGnology's documentation. */
  public static final String DEFAULT_BASE_URL = "https://api.app.wnology.io";

  /** The environment variable {@link Builder#fromEnvironment()} reads the API token from. */
  public static final String API_TOKEN_VARIABLE = "WNOLOGY_API_TOKEN";

  private final HttpStack stack;
  private final WnologyInvites invites;
  private final OrgCalls orgCalls;
  private final boolean hasApiToken;

  private WnologyClient(ClientConfig config, String apiToken) {
    this.hasApiToken = apiToken != null;
    this.stack = hasApiToken
        ? HttpStack.create(config, "wnology", WnologyErrors.DIALECT,
            List.of(bearerOnOrganizationCalls(config.baseUrl(), apiToken)), apiToken)
        : HttpStack.create(config, "wnology", WnologyErrors.DIALECT, List.of());
    this.invites = new WnologyInvites(stack.create(InvitesApi.class), stack.caller());
    this.orgCalls = new OrgCalls(stack.create(OrganizationsApi.class), stack, hasApiToken);
  }

  /**
   * A client with default settings, configured from the environment: {@code WNOLOGY_BASE_URL} when set (for
   * example a sandbox), otherwise the production API, and the API token from {@code WNOLOGY_API_TOKEN} when set.
   * Same as {@code builder().fromEnvironment().build()}.
   *
   * @return the client
   * @throws IllegalArgumentException naming the variable when a value is unusable (never showing a token)
   * @throws IllegalStateException when a token is set and the base URL is plain http to another machine
   */
  public static WnologyClient create() {
    return builder().fromEnvironment().build();
  }

  /**
   * A builder with every setting at its default and no API token; see {@link ClientBuilder}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The invited person's calls: look up, accept or reject an invite. No credentials needed.
   *
   * @return the Org Invites calls
   */
  public WnologyInvites invites() {
    return invites;
  }

  /**
   * The organization {@code orgId}, from its own side: its invites, its members, the organization itself. Its
   * calls need the client's API token; on a client without one each of them fails with an
   * {@link IllegalStateException} before anything is sent.
   *
   * @param orgId the organization's id: 24 hexadecimal characters
   * @return the organization's calls (cheap to get, immutable, thread-safe)
   * @throws NullPointerException when {@code orgId} is null
   * @throws IllegalArgumentException when {@code orgId} is not 24 hexadecimal characters
   */
  public WnologyOrg org(String orgId) {
    return new WnologyOrg(WnologyIds.check(orgId, "orgId"), orgCalls);
  }

  /**
   * Whether the client was built with an API token, i.e. whether {@link #org(String)}'s calls can be made.
   *
   * @return true when an API token was set
   */
  public boolean hasApiToken() {
    return hasApiToken;
  }

  @Override
  public void close() {
    stack.close();
  }

  @Override
  public String toString() {
    return "WnologyClient{apiToken=" + (hasApiToken ? "***" : "none") + ", closed=" + stack.isClosed() + '}';
  }

  /**
   * Sets {@code Authorization: Bearer <token>} on the requests under {@code <base path>/orgs/} to the configured
   * origin: never on the invited person's calls, and never on a redirect to another host.
   */
  private static Interceptor bearerOnOrganizationCalls(HttpUrl baseUrl, String apiToken) {
    String basePath = baseUrl.encodedPath();
    String organizations = (basePath.endsWith("/") ? basePath : basePath + "/") + "orgs/";
    String credentials = "Bearer " + apiToken;
    return chain -> {
      HttpUrl url = chain.request().url();
      boolean sameOrigin = url.host().equalsIgnoreCase(baseUrl.host()) && url.port() == baseUrl.port()
          && url.scheme().equals(baseUrl.scheme());
      boolean organizationCall = url.encodedPath().startsWith(organizations);
      return chain.proceed(sameOrigin && organizationCall
          ? chain.request().newBuilder().header("Authorization", credentials).build()
          : chain.request());
    };
  }

  /**
   * Builds a {@link WnologyClient}; see {@link ClientBuilder} for the shared settings and their defaults. The API
   * token is optional: without one the client serves the invited person's calls only.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String apiToken;
    private boolean allowInsecureHttp;

    private Builder() {
      super(DEFAULT_BASE_URL, "WNOLOGY");
    }

    /** Reads the API token from {@code WNOLOGY_API_TOKEN}, when set; see {@link #fromEnvironment()}. */
    @Override
    protected void readEnvironment(Map<String, String> environment) {
      String token = environment.get(API_TOKEN_VARIABLE);
      if (token != null && !token.isBlank()) {
        this.apiToken = Args.headerValue(token.trim(), API_TOKEN_VARIABLE);
      }
    }

    /**
     * The API token (a user or organization token) the organization's calls send as
     * {@code Authorization: Bearer <token>}. Never shown in any message.
     *
     * @param apiToken the token: printable ASCII without spaces
     * @return this builder
     * @throws NullPointerException when {@code apiToken} is null
     * @throws IllegalArgumentException when {@code apiToken} is blank or not printable ASCII
     */
    public Builder apiToken(String apiToken) {
      this.apiToken = Args.headerValue(apiToken, "apiToken");
      return this;
    }

    /**
     * Allows sending the API token over plain {@code http://} to a host other than this machine. Off by
     * default: on an open network the token could be read in transit.
     *
     * @param allow true to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * The client, immutable and thread-safe.
     *
     * @return the client
     * @throws IllegalStateException when an API token is set and the base URL is plain http to another host,
     *     unless {@link #allowInsecureHttp(boolean)} was set
     */
    public WnologyClient build() {
      if (apiToken != null && isInsecureRemote() && !allowInsecureHttp) {
        throw new IllegalStateException("refusing to send the API token over plain http to " + baseUrlHost()
            + ": use an https baseUrl, or allowInsecureHttp(true)");
      }
      return new WnologyClient(config(), apiToken);
    }
  }
}
