package dev.orginvites.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request received by a fake, parsed once: path relative to the mount, decoded query, body. */
final class HttpCall {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> query;
  private final boolean queryMalformed;
  private final Map<String, List<String>> headers;
  private final String body;

  private HttpCall(
      String method,
      String path,
      String rawQuery,
      Map<String, List<String>> query,
      boolean queryMalformed,
      Map<String, List<String>> headers,
      String body) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.query = query;
    this.queryMalformed = queryMalformed;
    this.headers = headers;
    this.body = body;
  }

  /** Reads the exchange's request; {@code mount} is the context path, e.g. {@code /wapikit/api}. */
  static HttpCall read(HttpExchange exchange, String mount) throws IOException {
    String rawPath = exchange.getRequestURI().getRawPath();
    String relative = rawPath.length() > mount.length() ? rawPath.substring(mount.length()) : "/";
    String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
    Map<String, List<String>> query = new LinkedHashMap<>();
    boolean malformed = false;
    try {
      parseQuery(rawQuery, query);
    } catch (IllegalArgumentException badPercentEncoding) {
      malformed = true;
      query.clear();
    }
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readAllBytes();
    }
    return new HttpCall(
        exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
        relative,
        rawQuery,
        Collections.unmodifiableMap(query),
        malformed,
        exchange.getRequestHeaders(),
        new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Decodes like the services' web frameworks do: form encoding, so an unencoded {@code +} arrives as a
   * space. A client that forgets to encode {@code +} in an email therefore fails here as it would live.
   */
  private static void parseQuery(String rawQuery, Map<String, List<String>> into) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
  }

  /** {@link #parseQuery(String, Map)} into a new map; a malformed query reads as empty. */
  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    try {
      parseQuery(rawQuery, query);
    } catch (IllegalArgumentException badPercentEncoding) {
      query.clear();
    }
    return query;
  }

  String method() {
    return method;
  }

  /** The raw path relative to the mount; always starts with {@code /}. */
  String path() {
    return path;
  }

  /** The path split into percent-decoded segments ({@code +} stays a plus: this is a path, not a form). */
  List<String> segments() {
    List<String> segments = new ArrayList<>();
    for (String raw : path.split("/")) {
      if (!raw.isEmpty()) {
        segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  String rawQuery() {
    return rawQuery;
  }

  Map<String, List<String>> query() {
    return query;
  }

  boolean queryMalformed() {
    return queryMalformed;
  }

  /** The single value of a query parameter; empty when absent. Repeated parameters yield the first. */
  Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  String body() {
    return body;
  }

  RecordedRequest toRecord() {
    return new RecordedRequest(method, path, rawQuery, headers, body);
  }
}
