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

  static ErrorDetails.Builder describe(Request request, Redactor.Masks masks) {
    return ErrorDetails.builder(request.method(), masks.pathOf(request.url()));
  }

  static InviteApiException fromStatus(Request request, int status, Headers headers, String body, Clock clock,
      Redactor.Masks masks) {
    // Masked before anything is cut or parsed: cutting first could leave half a secret readable, and parsing
    // undoes JSON escapes, so the parsed fields are masked once more.
    String safeBody = masks.scrub(body);
    ErrorBodies.Parsed parsed = ErrorBodies.parse(safeBody);
    ErrorDetails details = describe(request, masks)
        .statusCode(status)
        .errorType(masks.scrub(parsed.type))
        .serviceMessage(masks.scrub(parsed.message))
        .bodySnippet(ErrorBodies.snippet(safeBody))
        .requestId(requestId(headers, masks))
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

  private static String requestId(Headers headers, Redactor.Masks masks) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isBlank()) {
        String safe = masks.scrub(value.trim());
        return safe.length() <= 200 ? safe : safe.substring(0, 200);
      }
    }
    return null;
  }
}
