package dev.orginvites.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Keeps secrets out of exception messages and logs. Two layers: parameters, headers and JSON fields whose
 * names mark them as secret (and {@code Bearer} credentials) are masked wherever they appear, and the exact
 * secret values a call was made with (token, API key) are masked from any text, raw or in any of the encodings
 * they travel in (query, path, form, JSON string).
 *
 * <p>A failure masks several texts (body, message, type, path, request id) with the same secrets, so their
 * encoded forms are worked out once into a {@link Masks} and reused.
 */
public final class Redactor {
  public static final String MASK = "***";

  /**
   * Query parameters and JSON fields with exactly these names are always secret. {@code key} only as the whole
   * name (an API key object's {@code "key"}, a {@code ?key=} parameter): {@code publicKey}, {@code keyword} or
   * {@code monkey} are ordinary.
   */
  static final Set<String> SECRET_NAMES = Set.of("token", "access_token", "accesstoken", "api_key", "apikey",
      "x-access-token", "password", "secret", "key");

  /**
   * Shorter values are not scrubbed from free text: masking every "ab" would garble messages, not protect.
   * Real tokens and keys are far longer.
   */
  static final int MIN_SCRUBBED_LENGTH = 4;

  /**
   * A name is secret when it ends in one of these (accessToken, session_token, client_secret, x-api-key,
   * smtpPassword, webhookSecret, slackWebhookUrl: a Slack incoming-webhook URL is a credential in itself).
   */
  private static final String SECRET_NAME_SUFFIX =
      "(?:token|secret|password|api[_-]?key|authorization|webhook[_-]?url)";
  /** A secret name: one ending in {@link #SECRET_NAME_SUFFIX}, or exactly {@code key}. */
  private static final String SECRET_NAME_WORD = "(?:[\\w.-]*(?i:" + SECRET_NAME_SUFFIX + ")|(?i:key))";
  private static final Pattern SECRET_NAME = Pattern.compile("(?i)[\\w.-]*" + SECRET_NAME_SUFFIX);
  static final Pattern SECRET_QUERY = Pattern.compile(
      "((?:^|[?&;\\s])" + SECRET_NAME_WORD + "=)[^&#\\s\"]*");
  static final Pattern SECRET_JSON_FIELD = Pattern.compile(
      "(\"" + SECRET_NAME_WORD + "\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[^\\s\",;]+");
  /** A secret-named JSON field whose string value a cut left open at the very end of a text. */
  static final Pattern OPEN_SECRET_JSON_FIELD = Pattern.compile(
      "(\"" + SECRET_NAME_WORD + "\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\\\\?\\z");
  /** Shorter tails are left as they are: two characters of a secret tell nothing. */
  static final int MIN_CUT_PREFIX = 3;

  private Redactor() {}

  /** Whether a query parameter, header or JSON field called {@code name} holds a secret. */
  static boolean isSecretName(String name) {
    return name != null
        && (SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT)) || SECRET_NAME.matcher(name).matches());
  }

  /** The path and query of {@code url} with secret parameters and secret path segments masked. */
  public static String pathOf(HttpUrl url, String... secrets) {
    return masks(secrets).pathOf(url);
  }

  /** {@code text} with every given secret (raw or encoded) and every secret-named field masked. */
  public static String scrub(String text, String... secrets) {
    return masks(secrets).scrub(text);
  }

  /** Whether {@code text} still shows one of {@code secrets} in any form {@link #scrub} would mask. */
  public static boolean reveals(String text, String... secrets) {
    return masks(secrets).reveals(text);
  }

  /** {@code secrets} in every form they travel in, ready to mask any number of texts. */
  public static Masks masks(String... secrets) {
    return new Masks(secrets);
  }

  /**
   * Masks {@code token=...}-style parameters, {@code "token": "..."} JSON fields and {@code Bearer ...}
   * credentials in a line.
   */
  public static String maskSecretFields(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    // Most texts (an error body, a log line) name no secret: cheap checks spare the three regular expressions.
    String lower = text.toLowerCase(Locale.ROOT);
    String out = text;
    if (namesSecret(lower)) {
      if (lower.indexOf('=') >= 0) {
        out = SECRET_QUERY.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
      }
      if (lower.indexOf('"') >= 0 && lower.indexOf(':') >= 0) {
        out = SECRET_JSON_FIELD.matcher(out).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
      }
    }
    if (lower.contains("bearer")) {
      out = BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
    return out;
  }

  /**
   * Whether lower-cased {@code text} contains a {@link #SECRET_NAME_WORD} word: without one, neither
   * {@link #SECRET_QUERY} nor {@link #SECRET_JSON_FIELD} can match (both match those words ASCII-case-blind).
   */
  private static boolean namesSecret(String lower) {
    return lower.contains("token") || lower.contains("secret") || lower.contains("password")
        || lower.contains("key") || lower.contains("authorization") || lower.contains("webhook");
  }

  /** The forms a secret takes on its way: raw, form-encoded, query- and path-encoded by OkHttp, JSON-escaped. */
  private static Set<String> encodings(String secret) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(secret);
    String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    forms.add(formEncoded);
    forms.add(formEncoded.replace("+", "%20"));
    HttpUrl probe = new HttpUrl.Builder().scheme("http").host("localhost")
        .addPathSegment(secret).addQueryParameter("q", secret).build();
    forms.add(probe.encodedPathSegments().get(0));
    forms.add(probe.encodedQuery().substring(2));
    forms.add(jsonEscaped(secret));
    return forms;
  }

  private static String jsonEscaped(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '/') {
        out.append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
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

  /**
   * A set of secrets in every form {@link #scrub} masks, computed once. Immutable; shared freely between threads.
   */
  public static final class Masks {
    private final String[] secrets;
    /** Longest first, so that a shorter form never masks part of a longer one and leaves the rest readable. */
    private final String[] forms;

    private Masks(String[] secrets) {
      this.secrets = secrets.clone();
      Set<String> all = new LinkedHashSet<>();
      for (String secret : secrets) {
        if (secret != null && secret.length() >= MIN_SCRUBBED_LENGTH) {
          all.addAll(encodings(secret));
        }
      }
      List<String> ordered = new ArrayList<>(all);
      ordered.sort(Comparator.comparingInt(String::length).reversed());
      this.forms = ordered.toArray(new String[0]);
    }

    /** {@code text} with these secrets (raw or encoded) and every secret-named field masked. */
    public String scrub(String text) {
      if (text == null || text.isEmpty()) {
        return text;
      }
      String out = maskSecretFields(text);
      for (String form : forms) {
        out = out.replace(form, MASK);
      }
      return out;
    }

    /**
     * {@link #scrub} for a text that may have been cut off anywhere (a body bounded in size, or ended by the
     * network): a cut can leave the start of a secret at the very end, where no whole form matches. That tail is
     * masked too, as is an open string value of a secret-named JSON field.
     */
    public String scrubCut(String text) {
      String out = scrub(text);
      if (out == null || out.isEmpty()) {
        return out;
      }
      out = OPEN_SECRET_JSON_FIELD.matcher(out).replaceAll("$1\"" + Matcher.quoteReplacement(MASK));
      for (String form : forms) {
        for (int length = Math.min(form.length() - 1, out.length()); length >= MIN_CUT_PREFIX; length--) {
          if (out.regionMatches(out.length() - length, form, 0, length)) {
            return out.substring(0, out.length() - length) + MASK;
          }
        }
      }
      return out;
    }

    /** Whether {@code text} still shows a secret in any form {@link #scrub} would mask. */
    public boolean reveals(String text) {
      return text != null && !text.equals(scrub(text));
    }

    /** The whole of {@code url} ({@code scheme://host:port/path?query}) with secrets masked as {@link #pathOf}. */
    public String urlOf(HttpUrl url) {
      String origin = url.newBuilder().encodedPath("/").query(null).fragment(null).username("").password("")
          .build().toString();
      return origin.substring(0, origin.length() - 1) + pathOf(url);
    }

    /** The path and query of {@code url} with secret parameters and secret path segments masked. */
    public String pathOf(HttpUrl url) {
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
          out.append(URLEncoder.encode(name, StandardCharsets.UTF_8));
          if (value != null) {
            boolean secret = isSecretName(name) || isSecret(value, secrets);
            out.append('=').append(secret ? MASK : URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        }
      }
      // A secret may also hide inside a longer segment or value; the final scrub catches that.
      return scrub(out.toString());
    }
  }
}
