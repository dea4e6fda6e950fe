package dev.orginvites.examples;

import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.TransportException;
import picocli.CommandLine;

/** The CLI's exit codes, documented in docs/CLI.md, and which failure gets which. */
final class ExitCodes {
  static final int OK = 0;
  /** Anything the codes below do not cover, e.g. a sandbox that cannot bind its port. */
  static final int UNEXPECTED = 1;
  static final int USAGE = 2;
  static final int NOT_FOUND = 3;
  static final int EXPIRED = 4;
  static final int CLIENT_ERROR = 5;
  static final int SERVER_ERROR = 6;
  static final int TRANSPORT = 7;

  private ExitCodes() {}

  static int of(Throwable failure) {
    if (failure instanceof UsageException
        || failure instanceof CommandLine.ParameterException
        // The SDK checks its arguments before sending anything and reports bad ones with these two.
        || failure instanceof IllegalArgumentException
        || failure instanceof NullPointerException) {
      return USAGE;
    }
    if (failure instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (failure instanceof InviteExpiredException) {
      return EXPIRED;
    }
    if (failure instanceof TransportException) {
      return TRANSPORT;
    }
    if (failure instanceof MalformedResponseException) {
      return SERVER_ERROR; // a 2xx the service got wrong is the service's fault, like a 5xx
    }
    if (failure instanceof InviteApiException) {
      int status = ((InviteApiException) failure).statusCode();
      if (status >= 400 && status < 500) {
        return CLIENT_ERROR;
      }
      if (status >= 500 && status < 600) {
        return SERVER_ERROR;
      }
    }
    return UNEXPECTED;
  }

  /** The one line printed on stderr for {@code failure}: its own message, which the SDK keeps secret-free. */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    if (failure instanceof IllegalArgumentException || failure instanceof NullPointerException) {
      return "invalid input: " + (message == null ? failure.getClass().getSimpleName() : message);
    }
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message);
  }
}
