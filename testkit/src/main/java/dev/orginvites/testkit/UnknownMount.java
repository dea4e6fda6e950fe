package dev.orginvites.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers 404 outside both mounts, so a client with a wrong base URL gets a clear message. */
final class UnknownMount implements HttpHandler {
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String says = "Nothing is served at " + exchange.getRequestURI().getRawPath() + "; the sandbox serves "
          + WnologyFake.MOUNT + " and " + WapikitFake.MOUNT;
      // A page like a web server's own, not either service's error format: clients must read it as "wrong base
      // URL", not as an invite (or anything else) the service did not find.
      String page = "<html><head><title>" + escape(says) + "</title></head><body><h1>404 Not Found</h1></body></html>";
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(404, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException clientWentAway) {
      // Nothing left to answer.
    }
  }
}
