package dev.orginvites.testkit;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Small input checks and identifiers shared by the fakes. */
final class Checks {
  /** Deliberately loose, like the services: one @, no whitespace, something on both sides. */
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Checks() {}

  static boolean isEmail(String value) {
    return value != null && value.length() <= 1024 && EMAIL.matcher(value).matches();
  }

  /** {@code value} percent-encoded for a query (UTF-8, space as %20). */
  static String queryEncode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String randomHex(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = HEX[RANDOM.nextInt(HEX.length)];
    }
    return new String(chars);
  }

  static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  static String requireText(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
