package dev.orginvites.core.internal;

import dev.orginvites.core.ErrorReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one service words its failures: which error bodies are its own, and which error types and message
 * wordings mean which {@link ErrorReason}. Data only: each client declares its dialect once, and
 * {@link Outcomes} reads it for every call. A new refusal costs a rule here, not a branch in the SDK.
 *
 * <pre>{@code
 * ErrorDialect.builder()
 *     .ownBodies(BodyShape.MESSAGE, BodyShape.BARE_STRING)
 *     .message("already (sent an invite|been invited)", ErrorReason.ALREADY_INVITED)
 *     .message(404, "member", ErrorReason.MEMBER_NOT_FOUND)
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe. Internal: not part of the SDK's API.
 */
public final class ErrorDialect {
  /** The outlines of an error body that matter for telling a service's own answer from a foreign one. */
  public enum BodyShape {
    /** A JSON object with string {@code type} and {@code message} (WEGnology's Error). */
    TYPE_AND_MESSAGE,
    /** A JSON object with a string {@code message} and no {@code type} (WapiKit's documented error). */
    MESSAGE,
    /** A JSON object with a string {@code error} and no {@code type} (WapiKit's live 429 body). */
    ERROR,
    /** A bare JSON string, e.g. {@code "Invite not found"} (WapiKit's live service). */
    BARE_STRING,
    /** Anything else: other JSON, JSON cut off, HTML, plain text, nothing. Never a service's own. */
    OTHER
  }

  private final Set<BodyShape> ownBodies;
  private final Map<Integer, ErrorReason> byStatus;
  private final List<Rule> rules;

  private ErrorDialect(Builder builder) {
    this.ownBodies = Collections.unmodifiableSet(EnumSet.copyOf(builder.ownBodies));
    this.byStatus = Map.copyOf(builder.byStatus);
    this.rules = List.copyOf(builder.rules);
  }

  /** Starts a dialect; a service's own body shapes must be named. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code body} is in a form the service itself answers with. */
  boolean isOwn(ErrorBodies.Parsed body) {
    return ownBodies.contains(body.shape);
  }

  /**
   * The reason for a failed response. The status decides where it says everything (401, 403, 429, 5xx); a 404
   * whose body is not the service's own means a wrong endpoint; otherwise the first matching rule, then the
   * operation's own not-found reason for a 404, then the status table, then what the status says in general.
   *
   * @param notFound what a 404 means for the operation, e.g. {@link ErrorReason#INVITE_NOT_FOUND}
   */
  ErrorReason reason(int status, ErrorBodies.Parsed body, ErrorReason notFound) {
    switch (status) {
      case 401:
        return ErrorReason.INVALID_CREDENTIALS;
      case 403:
        return ErrorReason.FORBIDDEN;
      case 429:
        return ErrorReason.RATE_LIMITED;
      default:
        break;
    }
    if (status >= 500 && status <= 599) {
      return ErrorReason.SERVER_ERROR;
    }
    if (status == 404 && !isOwn(body)) {
      return ErrorReason.ENDPOINT_NOT_FOUND;
    }
    for (Rule rule : rules) {
      if (rule.matches(status, body)) {
        return rule.reason;
      }
    }
    if (status == 404) {
      return notFound;
    }
    ErrorReason fixed = byStatus.get(status);
    if (fixed != null) {
      return fixed;
    }
    return status == 400 || status == 422 ? ErrorReason.INVALID_INPUT : ErrorReason.UNKNOWN;
  }

  /** Builds an {@link ErrorDialect}; rules are tried in the order they were added. */
  public static final class Builder {
    private final Set<BodyShape> ownBodies = EnumSet.noneOf(BodyShape.class);
    private final Map<Integer, ErrorReason> byStatus = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    /** The shapes of the error bodies the service itself sends; anything else on a 404 is a wrong endpoint. */
    public Builder ownBodies(BodyShape... shapes) {
      for (BodyShape shape : shapes) {
        if (shape == BodyShape.OTHER) {
          throw new IllegalArgumentException("OTHER is never a service's own body shape");
        }
        ownBodies.add(shape);
      }
      return this;
    }

    /** {@code reason} for every {@code status} no rule explains, e.g. 410 means the invite expired. */
    public Builder status(int status, ErrorReason reason) {
      byStatus.put(status, Objects.requireNonNull(reason, "reason"));
      return this;
    }

    /** {@code reason} when the body's error {@code type} is {@code type} (compared ignoring case). */
    public Builder type(String type, ErrorReason reason) {
      String expected = type.toLowerCase(Locale.ROOT);
      rules.add(new Rule(null, body -> body.type != null && body.type.toLowerCase(Locale.ROOT).equals(expected),
          reason));
      return this;
    }

    /** {@code reason} when the service's message contains a match of {@code regex} (ignoring case). */
    public Builder message(String regex, ErrorReason reason) {
      return message(null, regex, reason);
    }

    /** {@link #message(String, ErrorReason)} for responses with status {@code status} only. */
    public Builder message(int status, String regex, ErrorReason reason) {
      return message(Integer.valueOf(status), regex, reason);
    }

    private Builder message(Integer status, String regex, ErrorReason reason) {
      Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      rules.add(new Rule(status, body -> body.message != null && pattern.matcher(body.message).find(), reason));
      return this;
    }

    /** The dialect, immutable. */
    public ErrorDialect build() {
      if (ownBodies.isEmpty()) {
        throw new IllegalStateException("ownBodies must name at least one shape");
      }
      return new ErrorDialect(this);
    }
  }

  private static final class Rule {
    private final Integer status;
    private final java.util.function.Predicate<ErrorBodies.Parsed> test;
    private final ErrorReason reason;

    Rule(Integer status, java.util.function.Predicate<ErrorBodies.Parsed> test, ErrorReason reason) {
      this.status = status;
      this.test = test;
      this.reason = Objects.requireNonNull(reason, "reason");
    }

    boolean matches(int actualStatus, ErrorBodies.Parsed body) {
      return (status == null || status == actualStatus) && test.test(body);
    }
  }
}
