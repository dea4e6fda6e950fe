package dev.orginvites.core.internal;

import dev.orginvites.core.ErrorReason;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a facade declares about one operation of a service, once, as a constant: whether it may be sent again
 * after it may have reached the service, what a 404 means for it, and which part of the response body the
 * caller gets. {@link ApiCaller} and {@link Outcomes} read it for every call.
 *
 * <pre>{@code
 * static final Operation<OrganizationInviteResponse, OrganizationMemberInvite> GET_INVITE =
 *     Operation.read(ErrorReason.INVITE_NOT_FOUND, "invite", OrganizationInviteResponse::getInvite);
 *
 * OrganizationMemberInvite get(String slug) {
 *   return caller.execute(GET_INVITE, api.getOrganizationInvite(Args.pathSegment(slug, "slug")));
 * }
 * }</pre>
 *
 * Immutable. Internal: not part of the SDK's API.
 *
 * @param <T> the body the generated interface returns
 * @param <R> what the facade returns
 */
public final class Operation<T, R> {
  private final boolean repeatable;
  private final ErrorReason notFound;
  private final String payload;
  private final Function<? super T, ? extends R> extract;

  private Operation(boolean repeatable, ErrorReason notFound, String payload,
      Function<? super T, ? extends R> extract) {
    this.repeatable = repeatable;
    this.notFound = Objects.requireNonNull(notFound, "notFound");
    this.payload = payload;
    this.extract = Objects.requireNonNull(extract, "extract");
  }

  /** A look-up that returns the whole body and may be sent again (retried) after it may have arrived. */
  public static <T> Operation<T, T> read(ErrorReason notFound) {
    return new Operation<>(true, notFound, null, Function.identity());
  }

  /**
   * A look-up that returns {@code payload} of the body, read by {@code extract}; a body without it (extract
   * returns null or throws) is a {@link dev.orginvites.core.MalformedResponseException}.
   */
  public static <T, R> Operation<T, R> read(ErrorReason notFound, String payload,
      Function<? super T, ? extends R> extract) {
    return new Operation<>(true, notFound, Objects.requireNonNull(payload, "payload"), extract);
  }

  /**
   * A call that changes something (accept, create, revoke, regenerate): never sent again once it may have reached
   * the service, whatever its HTTP method.
   */
  public static <T> Operation<T, T> action(ErrorReason notFound) {
    return new Operation<>(false, notFound, null, Function.identity());
  }

  /** {@link #action(ErrorReason)} returning {@code payload} of the body, as {@link #read(ErrorReason, String, Function)}. */
  public static <T, R> Operation<T, R> action(ErrorReason notFound, String payload,
      Function<? super T, ? extends R> extract) {
    return new Operation<>(false, notFound, Objects.requireNonNull(payload, "payload"), extract);
  }

  /**
   * This operation, with its result turned into what the facade returns by {@code next} (which may use the
   * call's arguments, such as the page asked for). Like the payload's reading, {@code next} runs as part of the
   * call: what it throws becomes a {@link dev.orginvites.core.MalformedResponseException}, and an async call's
   * future fails with the SDK's own exception, not a wrapper.
   */
  public <V> Operation<T, V> then(Function<? super R, ? extends V> next) {
    Objects.requireNonNull(next, "next");
    return new Operation<>(repeatable, notFound, payload, body -> {
      R value = extract.apply(body);
      return value == null ? null : next.apply(value);
    });
  }

  /** Whether the operation may be sent again after its request may have reached the service. */
  boolean repeatable() {
    return repeatable;
  }

  /** What a 404 in the service's own error format means for this operation. */
  ErrorReason notFound() {
    return notFound;
  }

  /** The name of the part of the body the operation returns, for error messages; null for the whole body. */
  String payload() {
    return payload;
  }

  R extract(T body) {
    return extract.apply(body);
  }
}
