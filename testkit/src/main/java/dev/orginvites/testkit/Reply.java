package dev.orginvites.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a fake answers: a status, a JSON body and extra headers. Content-Type is always application/json. */
final class Reply {
  private final int status;
  private final JsonNode body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Reply(int status, JsonNode body) {
    this.status = status;
    this.body = body;
  }

  static Reply of(int status, JsonNode body) {
    return new Reply(status, body);
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  int status() {
    return status;
  }

  JsonNode body() {
    return body;
  }

  Map<String, String> headers() {
    return headers;
  }
}
