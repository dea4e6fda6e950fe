package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One public method of {@link WnologyInvites}, so that request, error and argument tests run over every
 * overload (token+email or {@link InviteLink}, sync or async) instead of a hand-picked few.
 */
final class Operation {
  /** Calls the method; an async method's future is returned as is. */
  @FunctionalInterface
  interface Invocation {
    Object call(WnologyInvites invites, String token, String email);
  }

  final String name;
  /** "GET" for a look-up, "POST" for an answer. */
  final String httpMethod;
  /** The {@code accept} value a POST must carry; null for GET. */
  final Boolean accept;
  final boolean async;
  final boolean viaLink;
  private final Invocation invocation;

  private Operation(String name, String httpMethod, Boolean accept, boolean async, boolean viaLink,
      Invocation invocation) {
    this.name = name;
    this.httpMethod = httpMethod;
    this.accept = accept;
    this.async = async;
    this.viaLink = viaLink;
    this.invocation = invocation;
  }

  static List<Operation> all() {
    return List.of(
        get("get(token, email)", false, false, (i, t, e) -> i.get(t, e)),
        get("get(link)", false, true, (i, t, e) -> i.get(InviteLink.of(t, e))),
        get("getAsync(token, email)", true, false, (i, t, e) -> i.getAsync(t, e)),
        get("getAsync(link)", true, true, (i, t, e) -> i.getAsync(InviteLink.of(t, e))),
        post("accept(token, email)", true, false, false, (i, t, e) -> i.accept(t, e)),
        post("accept(link)", true, false, true, (i, t, e) -> i.accept(InviteLink.of(t, e))),
        post("acceptAsync(token, email)", true, true, false, (i, t, e) -> i.acceptAsync(t, e)),
        post("acceptAsync(link)", true, true, true, (i, t, e) -> i.acceptAsync(InviteLink.of(t, e))),
        post("reject(token, email)", false, false, false, (i, t, e) -> i.reject(t, e)),
        post("reject(link)", false, false, true, (i, t, e) -> i.reject(InviteLink.of(t, e))),
        post("rejectAsync(token, email)", false, true, false, (i, t, e) -> i.rejectAsync(t, e)),
        post("rejectAsync(link)", false, true, true, (i, t, e) -> i.rejectAsync(InviteLink.of(t, e))),
        post("respond(token, email, true)", true, false, false, (i, t, e) -> i.respond(t, e, true)),
        post("respond(token, email, false)", false, false, false, (i, t, e) -> i.respond(t, e, false)),
        post("respond(link, true)", true, false, true, (i, t, e) -> i.respond(InviteLink.of(t, e), true)),
        post("respond(link, false)", false, false, true, (i, t, e) -> i.respond(InviteLink.of(t, e), false)),
        post("respondAsync(token, email, true)", true, true, false, (i, t, e) -> i.respondAsync(t, e, true)),
        post("respondAsync(token, email, false)", false, true, false, (i, t, e) -> i.respondAsync(t, e, false)),
        post("respondAsync(link, true)", true, true, true, (i, t, e) -> i.respondAsync(InviteLink.of(t, e), true)),
        post("respondAsync(link, false)", false, true, true,
            (i, t, e) -> i.respondAsync(InviteLink.of(t, e), false)));
  }

  static Operation named(String name) {
    return all().stream().filter(op -> op.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation " + name));
  }

  static List<Operation> tokenAndEmailOverloads() {
    return all().stream().filter(op -> !op.viaLink).collect(Collectors.toList());
  }

  /** The overloads taking an {@link InviteLink}, called with a null link. */
  static List<NullLinkCall> linkOverloads() {
    return List.of(
        new NullLinkCall("get(link)", i -> i.get((InviteLink) null)),
        new NullLinkCall("getAsync(link)", i -> i.getAsync((InviteLink) null)),
        new NullLinkCall("accept(link)", i -> i.accept((InviteLink) null)),
        new NullLinkCall("acceptAsync(link)", i -> i.acceptAsync((InviteLink) null)),
        new NullLinkCall("reject(link)", i -> i.reject((InviteLink) null)),
        new NullLinkCall("rejectAsync(link)", i -> i.rejectAsync((InviteLink) null)),
        new NullLinkCall("respond(link, true)", i -> i.respond((InviteLink) null, true)),
        new NullLinkCall("respond(link, false)", i -> i.respond((InviteLink) null, false)),
        new NullLinkCall("respondAsync(link, true)", i -> i.respondAsync((InviteLink) null, true)),
        new NullLinkCall("respondAsync(link, false)", i -> i.respondAsync((InviteLink) null, false)));
  }

  boolean isGet() {
    return httpMethod.equals("GET");
  }

  /** Calls the method and returns its value, waiting for an async one. */
  Object value(WnologyInvites invites, String token, String email) throws Exception {
    Object result = invocation.call(invites, token, email);
    if (async) {
      return future(result).get(5, TimeUnit.SECONDS);
    }
    return result;
  }

  /**
   * Calls the method expecting it to fail and returns the failure: what a sync method throws, or the cause
   * of the {@link ExecutionException} an async method's {@code get()} throws. An async method must not throw
   * a service failure synchronously.
   */
  Throwable failure(WnologyInvites invites, String token, String email) throws Exception {
    Object result;
    try {
      result = invocation.call(invites, token, email);
    } catch (RuntimeException thrown) {
      if (async) {
        fail(name + " threw instead of returning a failed future", thrown);
      }
      return thrown;
    }
    if (!async) {
      return fail(name + " returned " + result + " instead of failing");
    }
    try {
      Object value = future(result).get(5, TimeUnit.SECONDS);
      return fail(name + "'s future completed with " + value + " instead of failing");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  /** Calls the method without waiting for anything; for argument checks, which must happen before sending. */
  Object invokeRaw(WnologyInvites invites, String token, String email) {
    return invocation.call(invites, token, email);
  }

  private CompletableFuture<?> future(Object result) {
    if (!(result instanceof CompletableFuture)) {
      fail(name + " returned " + result + " instead of a CompletableFuture");
    }
    return (CompletableFuture<?>) result;
  }

  @Override
  public String toString() {
    return name;
  }

  private static Operation get(String name, boolean async, boolean viaLink, Invocation invocation) {
    return new Operation(name, "GET", null, async, viaLink, invocation);
  }

  private static Operation post(String name, boolean accept, boolean async, boolean viaLink,
      Invocation invocation) {
    return new Operation(name, "POST", accept, async, viaLink, invocation);
  }

  /** A link overload invoked with {@code null}. */
  static final class NullLinkCall {
    @FunctionalInterface
    interface Call {
      Object call(WnologyInvites invites);
    }

    final String name;
    final Call call;

    NullLinkCall(String name, Call call) {
      this.name = name;
      this.call = call;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
