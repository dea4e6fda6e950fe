package dev.orginvites.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The fakes' JSON plumbing. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Millisecond precision with the offset kept as seeded, e.g. {@code 2026-11-01T12:00:00.000Z}. */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Parses a request body; empty when it is not JSON at all. */
  static Optional<JsonNode> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(MAPPER.readTree(text));
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("cannot serialise a tree the fake built itself", impossible);
    }
  }

  static String dateTime(OffsetDateTime value) {
    return DATE_TIME.format(value);
  }
}
