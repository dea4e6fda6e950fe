package dev.orginvites.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;

/** Answers 404 outside both mounts, so a client with a wrong base URL gets a clear message. */
final class UnknownMount implements HttpHandler {
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      ObjectNode body = Json.object();
      body.put(
          "message",
          "Nothing is served at "
              + exchange.getRequestURI().getRawPath()
              + "; the sandbox serves "
              + WnologyFake.MOUNT
              + " and "
              + WapikitFake.MOUNT);
      byte[] bytes = Json.bytes(body);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(404, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException clientWentAway) {
      // Nothing left to answer.
    }
  }
}
