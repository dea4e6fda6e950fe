package dev.orginvites.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whatever a failed response carried: the documented {@code {"type","message"}} or {@code {"message"}},
 * other JSON shapes ({@code error}, {@code error_description}, {@code detail}, nested {@code error.message}),
 * a bare JSON string, JSON cut off part-way, an HTML page from a proxy, plain text or nothing. Never throws.
 * The text it is given has already had secrets masked.
 */
final class ErrorBodies {
  static final int SNIPPET_CHARS = 1024;
  private static final int MESSAGE_CHARS = 300;
  private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final Pattern HTML_H1 = Pattern.compile("(?is)<h1[^>]*>(.*?)</h1>");
  private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern TRUNCATED_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern TRUNCATED_MESSAGE =
      Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** The error type and message found in a body, and the body's outline. */
  static final class Parsed {
    final String type;
    final String message;
    final ErrorDialect.BodyShape shape;

    Parsed(String type, String message) {
      this(type, message, ErrorDialect.BodyShape.OTHER);
    }

    Parsed(String type, String message, ErrorDialect.BodyShape shape) {
      this.type = type;
      this.message = message;
      this.shape = shape;
    }
  }

  private ErrorBodies() {}

  static Parsed parse(String body) {
    if (body == null) {
      return new Parsed(null, null);
    }
    // A byte-order mark is not whitespace to trim(), and it would hide the JSON from the checks below.
    String trimmed = (body.startsWith("\uFEFF") ? body.substring(1) : body).trim();
    if (trimmed.isEmpty() || trimmed.equals("null")) {
      return new Parsed(null, null);
    }
    if (trimmed.startsWith("{") || trimmed.startsWith("\"") || trimmed.startsWith("[")) {
      Parsed json = parseJson(trimmed);
      if (json != null) {
        return json;
      }
      if (trimmed.startsWith("{")) {
        // Not valid JSON: usually cut off by the size bound or the connection; the fields before the cut
        // still say what went wrong. The raw text stays available in the snippet.
        String type = salvage(trimmed, TRUNCATED_TYPE);
        String message = salvage(trimmed, TRUNCATED_MESSAGE);
        // The start of an error object in a service's own outline is taken as that outline: only its end is lost.
        ErrorDialect.BodyShape shape = type != null ? ErrorDialect.BodyShape.TYPE_AND_MESSAGE
            : message != null ? ErrorDialect.BodyShape.MESSAGE : ErrorDialect.BodyShape.OTHER;
        return new Parsed(bounded(type), bounded(message), shape);
      }
    }
    if (trimmed.startsWith("<")) {
      return new Parsed(null, html(trimmed));
    }
    return new Parsed(null, bounded(firstLine(trimmed)));
  }

  static String snippet(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= SNIPPET_CHARS ? body : body.substring(0, SNIPPET_CHARS) + "...";
  }

  private static Parsed parseJson(String text) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(text);
    } catch (Exception notJson) {
      return null;
    }
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return new Parsed(null, bounded(node.asText()), ErrorDialect.BodyShape.BARE_STRING);
    }
    if (!node.isObject()) {
      return new Parsed(null, null);
    }
    String type = firstText(node, "type", "code", "errorType", "error_code");
    String message = firstText(node, "message", "error_description", "detail", "title", "error", "msg");
    JsonNode nested = node.get("error");
    if (nested != null && nested.isObject()) {
      type = type != null ? type : firstText(nested, "type", "code");
      message = message != null ? message : firstText(nested, "message", "detail");
    }
    return new Parsed(bounded(type), bounded(message), shape(node));
  }

  private static ErrorDialect.BodyShape shape(JsonNode node) {
    boolean type = isText(node.get("type"));
    boolean message = isText(node.get("message"));
    if (type && message) {
      return ErrorDialect.BodyShape.TYPE_AND_MESSAGE;
    }
    if (message && node.get("type") == null) {
      return ErrorDialect.BodyShape.MESSAGE;
    }
    return isText(node.get("error")) && node.get("type") == null ? ErrorDialect.BodyShape.ERROR : ErrorDialect.BodyShape.OTHER;
  }

  private static boolean isText(JsonNode value) {
    return value != null && value.isTextual();
  }

  /** The first complete string value matched by {@code field}, JSON escapes undone; null when none. */
  private static String salvage(String text, Pattern field) {
    Matcher m = field.matcher(text);
    if (!m.find()) {
      return null;
    }
    try {
      return Json.mapper().readValue('"' + m.group(1) + '"', String.class);
    } catch (Exception badEscape) {
      return m.group(1);
    }
  }

  private static String firstText(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  private static String html(String text) {
    for (Pattern pattern : new Pattern[] {HTML_TITLE, HTML_H1}) {
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        String inner = TAGS.matcher(m.group(1)).replaceAll(" ").replaceAll("\\s+", " ").trim();
        if (!inner.isEmpty()) {
          return bounded("HTML page: " + inner);
        }
      }
    }
    return "HTML page (not a service error body)";
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).trim();
  }

  private static String bounded(String text) {
    if (text == null) {
      return null;
    }
    String clean = text.replaceAll("\\p{Cntrl}", " ").trim();
    return clean.length() <= MESSAGE_CHARS ? clean : clean.substring(0, MESSAGE_CHARS) + "...";
  }
}
