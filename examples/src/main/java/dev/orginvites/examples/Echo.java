package dev.orginvites.examples;

/**
 * How a rejected option value is shown in an error message: quoted, control characters replaced, long values
 * shortened, and a URL's user name, password, query and fragment masked. Values of secret options are never
 * passed here at all (see {@link SecretValue}).
 */
final class Echo {
  private static final int MAX_LENGTH = 100;

  private Echo() {}

  /** {@code 'value'}, printable and at most about a hundred characters long. */
  static String value(String value) {
    StringBuilder shown = new StringBuilder("'");
    value
        .codePoints()
        .limit(MAX_LENGTH)
        .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      shown.append("...");
    }
    return shown.append('\'').toString();
  }

  /**
   * {@code 'url'} with the user info ({@code user:password@}) and the query and fragment replaced by
   * {@code ***}, whether or not the rest of it is a valid URL.
   */
  static String url(String url) {
    return value(maskUrl(url));
  }

  static String maskUrl(String url) {
    int scheme = url.indexOf("://");
    int start = scheme >= 0 && url.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*") ? scheme + 3 : 0;
    int query = firstOf(url, start, '?', '#');
    // Up to the last '@' before the query: a password may itself contain '/' or '@', so mask generously.
    int at = url.lastIndexOf('@', query - 1);
    String masked = at >= start ? url.substring(0, start) + "***" + url.substring(at, query) : url.substring(0, query);
    if (query < url.length()) {
      masked += url.charAt(query) + "***";
    }
    return masked;
  }

  private static int firstOf(String text, int from, char... chars) {
    int first = text.length();
    for (char c : chars) {
      int index = text.indexOf(c, from);
      if (index >= 0 && index < first) {
        first = index;
      }
    }
    return first;
  }
}
