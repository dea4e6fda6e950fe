package dev.orginvites.wapikit;

import dev.orginvites.core.ClientBuilder;
import dev.orginvites.core.internal.Args;
import dev.orginvites.core.internal.ClientConfig;
import dev.orginvites.core.internal.HttpStack;
import dev.orginvites.wapikit.api.AiConfigurationApi;
import dev.orginvites.wapikit.api.ApiKeysApi;
import dev.orginvites.wapikit.api.MessageTemplatesApi;
import dev.orginvites.wapikit.api.OrganizationInvitesApi;
import dev.orginvites.wapikit.api.OrganizationMembersApi;
import dev.orginvites.wapikit.api.OrganizationRolesApi;
import dev.orginvites.wapikit.api.OrganizationTagsApi;
import dev.orginvites.wapikit.api.OrganizationsApi;
import dev.orginvites.wapikit.api.PhoneNumbersApi;
import dev.orginvites.wapikit.api.WhatsAppBusinessAccountApi;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * Client for WapiKit's Organization section, in groups as an admin application uses them:
 * {@link #organizations()}, {@link #members()}, {@link #roles()}, {@link #tags()}, {@link #invites()},
 * {@link #apiKey()}, and the read-only WhatsApp parts {@link #templates()}, {@link #phoneNumbers()},
 * {@link #whatsappBusinessAccount()} and {@link #aiConfiguration()}. Every call sends the API key in the
 * {@code x-access-token} header, and only to the configured host; every call has an async twin.
 *
 * <pre>{@code
 * try (WapikitClient client = WapikitClient.builder().apiKey(System.getenv("WAPIKIT_API_KEY")).build()) {
 *   OrganizationMemberInvite invite = client.invites().create("ann@example.com", AccessLevel.MEMBER);
 *   client.members().listAll().forEach(m -> System.out.println(m.getEmail() + " " + m.getAccessLevel()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per API key and share it. The key never appears in
 * {@link #toString()}, exception messages or logs.
 */
public final class WapikitClient implements AutoCloseable {
  /** The production API, from WapiKit's documentation; the documented paths are relative to it. */
  public static final String DEFAULT_BASE_URL = "https://api.wapikit.com/api";

  /** The environment variable {@link Builder#fromEnvironment()} reads the API key from. */
  public static final String API_KEY_VARIABLE = "WAPIKIT_API_KEY";

  private final HttpStack stack;
  private final WapikitOrganizations organizations;
  private final WapikitMembers members;
  private final WapikitRoles roles;
  private final WapikitTags tags;
  private final WapikitInvites invites;
  private final WapikitApiKey apiKeyCalls;
  private final WapikitTemplates templates;
  private final WapikitPhoneNumbers phoneNumbers;
  private final WapikitWhatsAppBusinessAccount whatsappBusinessAccount;
  private final WapikitAiConfiguration aiConfiguration;

  private WapikitClient(ClientConfig config, String apiKey) {
    this.stack = HttpStack.create(config, "wapikit", WapikitErrors.DIALECT,
        List.of(apiKeyHeader(config.baseUrl(), apiKey)), apiKey);
    this.organizations = new WapikitOrganizations(stack.create(OrganizationsApi.class), stack.caller());
    this.members = new WapikitMembers(stack.create(OrganizationMembersApi.class), stack.caller());
    this.roles = new WapikitRoles(stack.create(OrganizationRolesApi.class), stack.caller());
    this.tags = new WapikitTags(stack.create(OrganizationTagsApi.class), stack.caller());
    this.invites = new WapikitInvites(stack.create(OrganizationInvitesApi.class), stack, members);
    this.apiKeyCalls = new WapikitApiKey(stack.create(ApiKeysApi.class), stack.caller());
    this.templates = new WapikitTemplates(stack.create(MessageTemplatesApi.class), stack.caller());
    this.phoneNumbers = new WapikitPhoneNumbers(stack.create(PhoneNumbersApi.class), stack.caller());
    this.whatsappBusinessAccount =
        new WapikitWhatsAppBusinessAccount(stack.create(WhatsAppBusinessAccountApi.class), stack.caller());
    this.aiConfiguration = new WapikitAiConfiguration(stack.create(AiConfigurationApi.class), stack.caller());
  }

  /**
   * A client with default settings, configured from the environment: the API key from {@code WAPIKIT_API_KEY}
   * (required) and {@code WAPIKIT_BASE_URL} when set (for example a sandbox), otherwise the production API. Same as
   * {@code builder().fromEnvironment().build()}.
   *
   * @return a new client
   * @throws IllegalStateException when {@code WAPIKIT_API_KEY} is not set, or the base URL is plain http to
   *     another host
   * @throws IllegalArgumentException naming the variable when {@code WAPIKIT_API_KEY} or
   *     {@code WAPIKIT_BASE_URL} holds an unusable value (never showing the key)
   */
  public static WapikitClient create() {
    return builder().fromEnvironment().build();
  }

  /**
   * A client for the production API with default settings and {@code apiKey}.
   *
   * @param apiKey the API key
   * @return a new client
   * @throws NullPointerException when {@code apiKey} is null
   * @throws IllegalArgumentException when {@code apiKey} is blank or holds anything but printable ASCII without
   *     spaces
   */
  public static WapikitClient create(String apiKey) {
    return builder().apiKey(apiKey).build();
  }

  /**
   * A builder with every setting at its default; {@link Builder#apiKey(String)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The organizations the key belongs to: list, create, get, update, transfer ownership.
   *
   * @return the organization calls of this client
   */
  public WapikitOrganizations organizations() {
    return organizations;
  }

  /**
   * The organization's members: list, get, change access level, set roles, remove.
   *
   * @return the member calls of this client
   */
  public WapikitMembers members() {
    return members;
  }

  /**
   * The organization's roles and their permissions: list, create, get, update, delete.
   *
   * @return the role calls of this client
   */
  public WapikitRoles roles() {
    return roles;
  }

  /**
   * The organization's tags: list, create.
   *
   * @return the tag calls of this client
   */
  public WapikitTags tags() {
    return tags;
  }

  /**
   * The organization invite calls: list, create, get, accept, and join with a slug.
   *
   * @return the invite calls of this client
   */
  public WapikitInvites invites() {
    return invites;
  }

  /**
   * The organization's API key: regenerate it.
   *
   * @return the API key calls of this client
   */
  public WapikitApiKey apiKey() {
    return apiKeyCalls;
  }

  /**
   * The WhatsApp message templates (read-only): list, get.
   *
   * @return the message template calls of this client
   */
  public WapikitTemplates templates() {
    return templates;
  }

  /**
   * The WhatsApp Business account's phone numbers (read-only): list, get.
   *
   * @return the phone number calls of this client
   */
  public WapikitPhoneNumbers phoneNumbers() {
    return phoneNumbers;
  }

  /**
   * The linked WhatsApp Business account: update the link.
   *
   * @return the WhatsApp Business account calls of this client
   */
  public WapikitWhatsAppBusinessAccount whatsappBusinessAccount() {
    return whatsappBusinessAccount;
  }

  /**
   * The organization's AI configuration: get it (the model provider's key included).
   *
   * @return the AI configuration calls of this client
   */
  public WapikitAiConfiguration aiConfiguration() {
    return aiConfiguration;
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
      super(DEFAULT_BASE_URL, "WAPIKIT");
    }

    /** Reads the API key from {@code WAPIKIT_API_KEY}, when set; see {@link #fromEnvironment()}. */
    @Override
    protected void readEnvironment(Map<String, String> environment) {
      String key = environment.get(API_KEY_VARIABLE);
      if (key != null && !key.isBlank()) {
        this.apiKey = Args.headerValue(key.trim(), API_KEY_VARIABLE);
      }
    }

    /**
     * The API key (or a session token) sent as {@code x-access-token}. Never shown in any message.
     *
     * @param apiKey the key; printable, without spaces
     * @return this builder
     * @throws NullPointerException when {@code apiKey} is null
     * @throws IllegalArgumentException when {@code apiKey} is blank or holds anything but printable ASCII without
     *     spaces
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Args.headerValue(apiKey, "apiKey");
      return this;
    }

    /**
     * Allows sending the API key over plain {@code http://} to a host other than this machine. Off by
     * default: on an open network the key could be read in transit.
     *
     * @param allow true to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * The client with these settings.
     *
     * @return a new client
     * @throws IllegalStateException when no API key was set, or the base URL is plain http to another host
     *     and {@link #allowInsecureHttp(boolean)} was not set
     */
    public WapikitClient build() {
      if (apiKey == null) {
        throw new IllegalStateException(
            "apiKey is required: call apiKey(...) or set " + API_KEY_VARIABLE + " and call fromEnvironment()");
      }
      if (isInsecureRemote() && !allowInsecureHttp) {
        throw new IllegalStateException("refusing to send the API key over plain http to " + baseUrlHost()
            + ": use an https baseUrl, or allowInsecureHttp(true)");
      }
      return new WapikitClient(config(), apiKey);
    }
  }
}
