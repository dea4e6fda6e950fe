package dev.orginvites.core.internal;

import dev.orginvites.core.ClientBuilder;
import dev.orginvites.core.ErrorReason;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * A tiny client built from {@link ClientBuilder} the way the facades build theirs, over {@link ProbeApi}.
 * Every request carries three secrets: the invite token (query or body), an API key ({@code x-access-token},
 * registered as a client secret) and a bearer token ({@code Authorization}, masked only by header name).
 */
final class ProbeClient implements AutoCloseable {
  static final String TOKEN = "inv-tok-9f8e7d6c5b4a";
  static final String API_KEY = "api-key-0a1b2c3d4e5f";
  static final String BEARER = "brr-5u4v3w2x1y0z";
  static final String EMAIL = "ann@example.com";
  static final List<String> SECRETS = List.of(TOKEN, API_KEY, BEARER);

  /** Speaks like WEGnology: {@code {"type","message"}} error bodies, 410 for an expired invite. */
  static final ErrorDialect DIALECT = ErrorDialect.builder()
      .ownBodies(ErrorDialect.BodyShape.TYPE_AND_MESSAGE)
      .status(410, ErrorReason.INVITE_EXPIRED)
      .message("already (a )?member", ErrorReason.ALREADY_MEMBER)
      .build();
  static final Operation<ProbeApi.Invite, ProbeApi.Invite> LOOK_UP = Operation.read(ErrorReason.INVITE_NOT_FOUND);
  static final Operation<ProbeApi.Invite, ProbeApi.Invite> ACT = Operation.action(ErrorReason.INVITE_NOT_FOUND);
  static final Operation<ProbeApi.Invite, String> ORG_NAME =
      Operation.read(ErrorReason.INVITE_NOT_FOUND, "orgName", invite -> invite.orgName);

  private final HttpStack stack;
  private final ProbeApi api;

  private ProbeClient(ClientConfig config) {
    this.stack = HttpStack.create(config, "probe", DIALECT, List.of(credentials()), API_KEY);
    this.api = stack.create(ProbeApi.class);
  }

  static Builder builder() {
    return new Builder();
  }

  ProbeApi.Invite get() {
    return stack.caller().execute(LOOK_UP, api.lookUp(TOKEN, EMAIL), TOKEN);
  }

  CompletableFuture<ProbeApi.Invite> getAsync() {
    return stack.caller().executeAsync(LOOK_UP, api.lookUp(TOKEN, EMAIL), TOKEN);
  }

  ProbeApi.Invite post() {
    return stack.caller().execute(ACT, api.act(action()), TOKEN);
  }

  CompletableFuture<ProbeApi.Invite> postAsync() {
    return stack.caller().executeAsync(ACT, api.act(action()), TOKEN);
  }

  /** Like the facades' single-field reads: the org name, or a MalformedResponseException when missing. */
  String orgName() {
    return stack.caller().execute(ORG_NAME, api.lookUp(TOKEN, EMAIL), TOKEN);
  }

  OkHttpClient okHttpClient() {
    return stack.okHttpClient();
  }

  HttpStack stack() {
    return stack;
  }

  ProbeApi api() {
    return api;
  }

  @Override
  public void close() {
    stack.close();
  }

  private static ProbeApi.Action action() {
    ProbeApi.Action action = new ProbeApi.Action();
    action.email = EMAIL;
    action.token = TOKEN;
    action.accept = true;
    return action;
  }

  private static Interceptor credentials() {
    return chain -> chain.proceed(chain.request().newBuilder()
        .header("x-access-token", API_KEY)
        .header("Authorization", "Bearer " + BEARER)
        .build());
  }

  /** Builds a {@link ProbeClient}; exercises the shared {@link ClientBuilder} settings. */
  static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super("https://probe.invalid/", "PROBE");
    }

    ProbeClient build() {
      return new ProbeClient(config());
    }

    /** The frozen settings, for tests of the builder itself. */
    ClientConfig settings() {
      return config();
    }
  }
}
