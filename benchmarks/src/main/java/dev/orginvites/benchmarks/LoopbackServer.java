package dev.orginvites.benchmarks;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The JDK's HTTP server on 127.0.0.1 with HTTP/1.1 keep-alive, answering both services' calls with the canned
 * fixtures. Chosen over MockWebServer because that one records every request it serves, which grows without
 * bound over millions of benchmark calls. Handlers run on the server's selector thread: no hand-off, so the
 * server adds as little latency as it can and both clients see the same server.
 */
public final class LoopbackServer implements AutoCloseable {
  static {
    // Without TCP_NODELAY a small response can wait for a delayed ACK (tens of ms) on some kernels.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on a free port of 127.0.0.1. */
  public static LoopbackServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext("/", LoopbackServer::handle);
    server.setExecutor(null);
    server.start();
    return new LoopbackServer(server);
  }

  /** {@code http://127.0.0.1:port}, without a trailing slash. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String wnologyBaseUrl() {
    return url() + "/wnology";
  }

  public String wapikitBaseUrl() {
    return url() + "/wapikit/api";
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try {
      // Keep-alive needs the request fully read before the response.
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      byte[] body;
      int code = 200;
      Headers headers = exchange.getResponseHeaders();
      headers.set("Content-Type", "application/json; charset=utf-8");
      if (path.equals(Fixtures.WNOLOGY_INVITES_PATH) && method.equals("GET")) {
        body = Fixtures.INVITE_INFO;
      } else if (path.equals(Fixtures.WNOLOGY_INVITES_PATH) && method.equals("POST")) {
        body = Fixtures.INVITE_RESULT;
      } else if (path.equals(Fixtures.WAPIKIT_LIST_PATH) && method.equals("GET")) {
        body = Fixtures.INVITE_PAGE;
        headers.set("X-RateLimit-Limit", "1000");
        headers.set("X-RateLimit-Remaining", "999");
        headers.set("X-RateLimit-Reset", "1767225600");
      } else {
        body = Fixtures.NOT_FOUND;
        code = 404;
      }
      exchange.sendResponseHeaders(code, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } finally {
      exchange.close();
    }
  }
}
