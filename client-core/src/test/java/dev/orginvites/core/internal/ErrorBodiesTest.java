package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ErrorBodiesTest {
  /** Each row: the body, then the type and message read from it (empty: none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      // The documented shapes.
      "{\"type\":\"NotFound\",\"message\":\"Invite not found\"}                      | NotFound   | Invite not found",
      "{\"message\":\"Invalid API key\"}                                             | NONE       | Invalid API key",
      "{\"message\":\"Too many requests\",\"remaining\":0,\"reset\":1894701607}      | NONE       | Too many requests",
      // Other JSON shapes services and gateways send.
      "{\"error\":\"invalid_request\",\"error_description\":\"email missing\"}       | NONE       | email missing",
      "{\"error\":{\"code\":\"E42\",\"message\":\"nested message\"}}                 | E42        | nested message",
      "{\"detail\":\"Not Found\",\"status\":404}                                    | NONE       | Not Found",
      "{\"title\":\"Bad Request\"}                                                  | NONE       | Bad Request",
      "{\"msg\":\"short form\"}                                                     | NONE       | short form",
      "{\"code\":400,\"message\":42}                                               | 400        | 42",
      "{\"message\":{\"text\":\"not a string\"},\"detail\":\"the detail\"}          | NONE       | the detail",
      "{\"message\":null,\"type\":\"\"}                                             | NONE       | NONE",
      "{\"unexpected\":true}                                                       | NONE       | NONE",
      "{}                                                                          | NONE       | NONE",
      "\"a bare JSON string\"                                                      | NONE       | a bare JSON string",
      "[\"an\",\"array\"]                                                          | NONE       | NONE",
      "null                                                                        | NONE       | NONE",
      // JSON cut off part-way (by the size bound or the connection): what came before the cut is kept.
      "{\"type\":\"Gone\",\"message\":\"invite expired\",\"detail\":\"xxxxxxxx        | Gone       | invite expired",
      "{\"message\":\"quote \\\" inside\",\"pad\":\"xxx                               | NONE       | quote \" inside",
      "{\"message\":\"cut in the mid                                                | NONE       | NONE",
      // Not JSON.
      "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>   | NONE       | HTML page: 502 Bad Gateway",
      "<!DOCTYPE html><html><body><h1>Service <b>Unavailable</b></h1></body></html> | NONE       | HTML page: Service Unavailable",
      "<html><body>no title here</body></html>                                     | NONE       | HTML page (not a service error body)",
      "upstream connect error                                                      | NONE       | upstream connect error",
      "[error] upstream failed                                                     | NONE       | [error] upstream failed",
      "503                                                                         | NONE       | 503"})
  void readsTypeAndMessageFromEveryShape(String body, String type, String message) {
    ErrorBodies.Parsed parsed = ErrorBodies.parse(body.trim());
    assertThat(parsed.type).as("type").isEqualTo(type);
    assertThat(parsed.message).as("message").isEqualTo(message);
  }

  @Test
  void emptyBlankAndMissingBodiesSayNothing() {
    for (String body : new String[] {null, "", "   ", "\n\t"}) {
      ErrorBodies.Parsed parsed = ErrorBodies.parse(body);
      assertThat(parsed.type).isNull();
      assertThat(parsed.message).isNull();
    }
  }

  @Test
  void aByteOrderMarkDoesNotHideTheJson() {
    ErrorBodies.Parsed parsed = ErrorBodies.parse("\uFEFF{\"message\":\"after a BOM\"}");
    assertThat(parsed.message).isEqualTo("after a BOM");
  }

  @Test
  void plainTextKeepsItsFirstLineOnly() {
    assertThat(ErrorBodies.parse("first line\nsecond line\n").message).isEqualTo("first line");
  }

  @Test
  void controlCharactersInAMessageBecomeSpaces() {
    assertThat(ErrorBodies.parse("{\"message\":\"bell\\u0007and\\ttab\"}").message).isEqualTo("bell and tab");
  }

  @Test
  void aLongMessageIsBounded() {
    String message = ErrorBodies.parse("{\"message\":\"" + "m".repeat(5000) + "\"}").message;
    assertThat(message).hasSize(303).endsWith("...");
  }

  @Test
  void snippetKeepsABoundedPrefix() {
    assertThat(ErrorBodies.snippet(null)).isEmpty();
    assertThat(ErrorBodies.snippet("short")).isEqualTo("short");
    String exact = "x".repeat(ErrorBodies.SNIPPET_CHARS);
    assertThat(ErrorBodies.snippet(exact)).isEqualTo(exact);
    assertThat(ErrorBodies.snippet(exact + "tail")).isEqualTo(exact + "...");
  }

  @Test
  void deeplyNestedOrHugeBodiesDoNotThrow() {
    // Deeper than Jackson's nesting limit: not read as JSON, shown as bounded text instead.
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThat(ErrorBodies.parse(deep).message).hasSize(303).startsWith("[[[[");
    String huge = "<html><title>" + "t".repeat(100_000) + "</title></html>";
    assertThat(ErrorBodies.parse(huge).message).startsWith("HTML page: ttt").endsWith("...");
  }
}
