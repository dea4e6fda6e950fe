package dev.orginvites.wnology;

import dev.orginvites.core.internal.ApiCaller;
import dev.orginvites.core.internal.HttpStack;
import dev.orginvites.wnology.api.OrganizationsApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** What every organization call of one client shares: the generated interface, the caller, the token check. */
final class OrgCalls {
  /**
   * The response decorations the official JavaScript client asks for on every organization call
   * ({@code _actions=false&_links=true&_embedded=true}); sent too, so that requests and answers are the ones
   * the platform's own client gets.
   */
  static final Boolean ACTIONS = Boolean.FALSE;
  static final Boolean LINKS = Boolean.TRUE;
  static final Boolean EMBEDDED = Boolean.TRUE;

  final OrganizationsApi api;
  final ApiCaller caller;
  /** The client's HTTP machinery, for bulk runs (its rate-limit meter and sleeper). */
  final HttpStack stack;
  private final boolean hasToken;

  OrgCalls(OrganizationsApi api, HttpStack stack, boolean hasToken) {
    this.api = api;
    this.caller = stack.caller();
    this.stack = stack;
    this.hasToken = hasToken;
  }

  /** Fails before anything is sent when the client was built without an API token. */
  void requireToken() {
    if (!hasToken) {
      throw new IllegalStateException("organization calls need an API token: build the WnologyClient with"
          + " apiToken(...), or set " + WnologyClient.API_TOKEN_VARIABLE + " and call fromEnvironment()");
    }
  }

  /** {@code list} without null entries, unmodifiable. */
  static <T> List<T> present(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    copy.removeIf(Objects::isNull);
    return Collections.unmodifiableList(copy);
  }
}
