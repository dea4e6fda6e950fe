package dev.orginvites.wapikit;

import dev.orginvites.core.ClientBuilder;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.ClientConfig;
import dev.orginvites.core.internal.HttpStack;
import dev.orginvites.wapikit.api.OrganizationInvitesApi;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * Client for WapiKit's organization invites: list, create, look up by slug and accept. Every call sends the
 * API key in the {@code x-access-token} header, and only to the configured host.
 *
 * <pre>{@code
 * try (WapikitClient client = WapikitClient.builder().apiKey(System.getenv("WAPIKIT_API_KEY")).build()) {
 *   OrganizationMemberInvite invite = client.invites().create("ann@example.com", AccessLevel.MEMBER);
 *   client.invites().listAll().forEach(i -> System.out.println(i.getEmail() + " " + i.getStatus()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per API key and share it. The key never appears in
 * {@link #toString()}, exception messages or logs.
 */
public final class WapikitClient implements AutoCloseable {
  /** The production API, from WapiKit's documentation; the documented paths are relative to it. */
  public static final String DEFAULT_BASE_URL = "https://api.wapikit.com/api";

  private final HttpStack stack;
  private final WapikitInvites invites;

  private WapikitClient(ClientConfig config, String apiKey) {
    this.stack = HttpStack.create(config, "wapikit", List.of(apiKeyHeader(config.baseUrl(), apiKey)), apiKey);
    this.invites = new WapikitInvites(stack.create(OrganizationInvitesApi.class), stack.caller());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The organization invite calls. */
  public WapikitInvites invites() {
    return invites;
  }

  @Override
  public void close() {
    stack.close();
  }

  @Override
  public String toString() {
    return "WapikitClient{apiKey=***, closed=" + stack.isClosed() + '}';
  }

  private static Interceptor apiKeyHeader(HttpUrl baseUrl, String apiKey) {
    return chain -> {
      HttpUrl url = chain.request().url();
      boolean sameOrigin = url.host().equalsIgnoreCase(baseUrl.host()) && url.port() == baseUrl.port()
          && url.scheme().equals(baseUrl.scheme());
      return chain.proceed(sameOrigin
          ? chain.request().newBuilder().header("x-access-token", apiKey).build()
          : chain.request());
    };
  }

  /**
   * Builds a {@link WapikitClient}. {@link #apiKey(String)} is required; see {@link ClientBuilder} for the
   * shared settings and their defaults.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String apiKey;
    private boolean allowInsecureHttp;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    /** The API key (or a session token) sent as {@code x-access-token}. Never shown in any message. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Args.headerValue(apiKey, "apiKey");
      return this;
    }

    /**
     * Allows sending the API key over plain {@code http://} to a host other than this machine. Off by
     * default: on an open network the key could be read in transit.
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * @throws IllegalStateException when no API key was set, or the base URL is plain http to another host
     *     and {@link #allowInsecureHttp(boolean)} was not set
     */
    public WapikitClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is required: call apiKey(...) before build()");
      }
      ClientConfig config = config();
      HttpUrl baseUrl = config.baseUrl();
      if (!baseUrl.isHttps() && !allowInsecureHttp && !isLoopback(baseUrl.host())) {
        throw new IllegalStateException("refusing to send the API key over plain http to " + baseUrl.host()
            + ": use an https baseUrl, or allowInsecureHttp(true)");
      }
      return new WapikitClient(config, apiKey);
    }

    private static boolean isLoopback(String host) {
      String name = host.toLowerCase(Locale.ROOT);
      if (name.equals("localhost") || name.endsWith(".localhost")) {
        return true;
      }
      // Only literal addresses are checked: resolving a name here would be a DNS call during build().
      if (!name.matches("[0-9.]+") && !name.contains(":")) {
        return false;
      }
      try {
        return InetAddress.getByName(name).isLoopbackAddress();
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }
  }
}
