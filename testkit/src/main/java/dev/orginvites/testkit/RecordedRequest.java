package dev.orginvites.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A request as a fake received it, for tests that check what a client actually sent.
 *
 * @param method the HTTP method
 * @param path the raw path relative to the fake's mount, e.g. {@code /organization/invites}
 * @param rawQuery the raw (still percent-encoded) query string, or {@code ""} when there was none
 * @param headers the request headers; names are matched case-insensitively by {@link #header(String)}
 * @param body the request body decoded as UTF-8, or {@code ""} when there was none
 */
public record RecordedRequest(
    String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

  private static final Set<String> SECRET_HEADERS = Set.of("x-access-token", "authorization");
  private static final Pattern TOKEN_PARAM = Pattern.compile("(?i)(^|&)(token=)[^&]*");

  /**
   * Copies the headers into an immutable, case-insensitive map.
   *
   * @param method the HTTP method
   * @param path the raw path relative to the fake's mount
   * @param rawQuery the raw query string, or {@code ""}
   * @param headers the request headers
   * @param body the request body, or {@code ""}
   */
  public RecordedRequest {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = java.util.Collections.unmodifiableMap(copy);
    rawQuery = rawQuery == null ? "" : rawQuery;
    body = body == null ? "" : body;
  }

  /**
   * The first value of the named header, matched case-insensitively.
   *
   * @param name the header name
   * @return the first value, or empty
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Describes the request with API keys, session tokens and invite tokens masked, so it is safe to log. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(method).append(' ').append(path);
    if (!rawQuery.isEmpty()) {
      text.append('?').append(TOKEN_PARAM.matcher(rawQuery).replaceAll("$1$2***"));
    }
    headers.forEach(
        (name, values) ->
            text.append(' ')
                .append(name)
                .append('=')
                .append(SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "***" : values));
    return text.toString();
  }
}
