package dev.orginvites.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Keeps secrets out of exception messages and logs. Two layers: parameters, headers and JSON fields whose
 * names mark them as secret are masked wherever they appear, and the exact secret values a call was made with
 * (token, API key, slug) are masked from any text, raw or percent-encoded.
 */
public final class Redactor {
  public static final String MASK = "***";

  /** Query parameters and JSON fields whose values are always secret. */
  static final Set<String> SECRET_NAMES =
      Set.of("token", "access_token", "accesstoken", "api_key", "apikey", "x-access-token", "password", "secret");

  /** Shorter values are not scrubbed from free text: masking every "ab" would garble messages, not protect. */
  private static final int MIN_SCRUBBED_LENGTH = 4;

  private static final Pattern SECRET_QUERY = Pattern.compile(
      "([?&](?i:token|access_token|api_key|apikey|password|secret)=)[^&#\\s]*");
  private static final Pattern SECRET_JSON_FIELD = Pattern.compile(
      "(\"(?i:token|access_token|accessToken|api_key|apiKey|password|secret|sessionToken)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  private Redactor() {}

  /** The path and query of {@code url} with secret parameters and secret path segments masked. */
  public static String pathOf(HttpUrl url, String... secrets) {
    StringBuilder out = new StringBuilder();
    for (String segment : url.pathSegments()) {
      out.append('/').append(isSecret(segment, secrets) ? MASK : encodeSegment(segment));
    }
    if (url.querySize() > 0) {
      out.append('?');
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        String value = url.queryParameterValue(i);
        if (i > 0) {
          out.append('&');
        }
        out.append(name);
        if (value != null) {
          boolean secret = SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT)) || isSecret(value, secrets);
          out.append('=').append(secret ? MASK : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
      }
    }
    return out.toString();
  }

  /** {@code text} with every given secret (raw or percent-encoded) and every secret-named field masked. */
  public static String scrub(String text, String... secrets) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = maskSecretFields(text);
    for (String secret : secrets) {
      if (secret == null || secret.length() < MIN_SCRUBBED_LENGTH) {
        continue;
      }
      out = out.replace(secret, MASK);
      String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
      out = out.replace(formEncoded, MASK).replace(formEncoded.replace("+", "%20"), MASK);
    }
    return out;
  }

  /** Masks {@code token=...}-style query parameters and {@code "token": "..."} JSON fields in a line. */
  public static String maskSecretFields(String text) {
    String out = SECRET_QUERY.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    return SECRET_JSON_FIELD.matcher(out).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
  }

  private static boolean isSecret(String value, String... secrets) {
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty() && secret.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String encodeSegment(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
