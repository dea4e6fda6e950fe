package dev.orginvites.core.internal;

import java.util.Objects;

/**
 * Argument checks run before anything is sent. Each failure names the argument and never echoes a value that
 * may be secret.
 */
public final class Args {
  private Args() {}

  /** Non-null, not blank, no control characters. The value is never shown: it may be a token. */
  public static String secret(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    requireNoControlCharacters(value, name);
    return value;
  }

  /** Non-null, not blank, no control characters, contains an {@code @} with text on both sides. */
  public static String email(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    requireNoControlCharacters(value, name);
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      throw new IllegalArgumentException(name + " must be an email address (local@domain)");
    }
    return value;
  }

  /**
   * A value that becomes exactly one path segment: not blank, not {@code .} or {@code ..}, and free of
   * slashes, backslashes, whitespace and control characters.
   */
  public static String pathSegment(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '.' or '..'");
    }
    requireNoControlCharacters(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\' || Character.isWhitespace(c)) {
        throw new IllegalArgumentException(
            name + " must be a single path segment (no '/', '\\', spaces or control characters)");
      }
    }
    return value;
  }

  /** A value sent in an HTTP header: printable ASCII only, not blank. Never echoed. */
  public static String headerValue(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(name + " must be printable ASCII without spaces or control characters");
      }
    }
    return value;
  }

  public static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
    }
    return value;
  }

  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name + " must not be null");
  }

  /**
   * Control characters cannot travel in a URL or JSON string unchanged, and an unpaired UTF-16 surrogate has no
   * UTF-8 form: OkHttp would send '?' in its place, i.e. a different value than the caller gave.
   */
  private static void requireNoControlCharacters(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(name + " must not contain control characters");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new IllegalArgumentException(name + " must be valid Unicode (it has an unpaired surrogate)");
        }
        i++;
      }
    }
  }
}
