package dev.orginvites.examples;

/** Invalid input found by the CLI itself; reported with exit code 2 before anything is sent. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
