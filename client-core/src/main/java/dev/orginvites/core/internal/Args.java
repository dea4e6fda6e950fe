package dev.orginvites.core.internal;

import java.util.Objects;

/**
 * Argument checks run before anything is sent. Each failure names the argument and never echoes a value that
 * may be secret.
 */
public final class Args {
  /** The name of the constant every generated enum has for a value the spec does not list. */
  private static final String UNKNOWN = "UNKNOWN";

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
   * A value of a generated enum that the API documents: not null, and not the enum's {@code UNKNOWN} constant,
   * which stands for a value read from the service that this SDK does not know and has nothing to send.
   *
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is {@code UNKNOWN}
   */
  public static <E extends Enum<E>> E known(E value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    return knownOrNull(value, name);
  }

  /**
   * {@link #known(Enum, String)} for an optional argument: {@code null} (left out) is allowed, {@code UNKNOWN}
   * is not.
   *
   * @throws IllegalArgumentException when {@code value} is {@code UNKNOWN}
   */
  public static <E extends Enum<E>> E knownOrNull(E value, String name) {
    if (value != null && value.name().equals(UNKNOWN)) {
      throw new IllegalArgumentException(
          name + " must be a documented " + value.getDeclaringClass().getSimpleName() + ", not UNKNOWN");
    }
    return value;
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
