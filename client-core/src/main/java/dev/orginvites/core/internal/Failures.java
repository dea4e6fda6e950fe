package dev.orginvites.core.internal;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorDetails;
import dev.orginvites.core.ForbiddenException;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.core.UnexpectedStatusException;
import java.time.Clock;
import okhttp3.Headers;
import okhttp3.Request;

/** Turns a failed response into the matching {@link InviteApiException}. */
final class Failures {
  private static final String[] REQUEST_ID_HEADERS = {"X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id"};

  private Failures() {}

  static ErrorDetails.Builder describe(Request request, String[] secrets) {
    return ErrorDetails.builder(request.method(), Redactor.pathOf(request.url(), secrets));
  }

  static InviteApiException fromStatus(Request request, int status, Headers headers, String body, Clock clock,
      String[] secrets) {
    // Masked before anything is cut or parsed: cutting first could leave half a secret readable, and parsing
    // undoes JSON escapes, so the parsed fields are masked once more.
    String safeBody = Redactor.scrub(body, secrets);
    ErrorBodies.Parsed parsed = ErrorBodies.parse(safeBody);
    ErrorDetails details = describe(request, secrets)
        .statusCode(status)
        .errorType(Redactor.scrub(parsed.type, secrets))
        .serviceMessage(Redactor.scrub(parsed.message, secrets))
        .bodySnippet(ErrorBodies.snippet(safeBody))
        .requestId(requestId(headers, secrets))
        .retryAfter(RetryHints.parse(status, headers, clock))
        .build();
    return forStatus(details);
  }

  static InviteApiException forStatus(ErrorDetails details) {
    int status = details.statusCode();
    switch (status) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new UnauthorizedException(details);
      case 403:
        return new ForbiddenException(details);
      case 404:
        return new InviteNotFoundException(details);
      case 410:
        return new InviteExpiredException(details);
      case 429:
        return new RateLimitedException(details);
      default:
        return status >= 500 && status <= 599
            ? new ServerErrorException(details)
            : new UnexpectedStatusException(details);
    }
  }

  private static String requestId(Headers headers, String[] secrets) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isBlank()) {
        String safe = Redactor.scrub(value.trim(), secrets);
        return safe.length() <= 200 ? safe : safe.substring(0, 200);
      }
    }
    return null;
  }
}
