package dev.orginvites.wnology;

import java.util.Objects;

/** WEGnology's ids (organizations, invites, users, applications, dashboards): 24 hexadecimal characters. */
final class WnologyIds {
  static final int LENGTH = 24;

  private WnologyIds() {}

  /**
   * {@code value} when it is an id: exactly {@value #LENGTH} characters {@code 0-9}, {@code a-f} or {@code A-F}.
   *
   * @throws NullPointerException naming the argument when {@code value} is null
   * @throws IllegalArgumentException naming the argument otherwise; an id is not secret, but only its length is
   *     shown, which is what usually went wrong (a truncated or padded copy)
   */
  static String check(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.length() != LENGTH) {
      throw new IllegalArgumentException(
          name + " must be exactly " + LENGTH + " hexadecimal characters, not " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isHexDigit(value.charAt(i))) {
        throw new IllegalArgumentException(name + " must be " + LENGTH
            + " hexadecimal characters (0-9, a-f); character " + (i + 1) + " is not one");
      }
    }
    return value;
  }

  /** ASCII only: {@link Character#digit(char, int)} would also take other scripts' digits and full-width letters. */
  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
