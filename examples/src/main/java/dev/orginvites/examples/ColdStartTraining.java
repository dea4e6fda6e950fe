package dev.orginvites.examples;

import com.sun.net.httpserver.HttpServer;
import dev.orginvites.core.Sleeper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The training run behind the launcher's class-data-sharing archive ({@code examples/target/invites}): the CLI
 * answers a few one-call commands the way users run them, against a canned HTTP server on loopback, so that the
 * JVM can record the classes a short run needs. Run by the build with {@code -XX:ArchiveClassesAtExit}, and by the
 * launcher when its archive is missing or was made for another JVM. It starts no sandbox: a plain call loads
 * neither the fakes nor the contract validator, so neither belongs in the archive.
 */
public final class ColdStartTraining {
  private static final String INVITE = "{\"orgName\":\"Demo Org\",\"email\":\"ann@example.com\",\"role\":\"edit\","
      + "\"inviteDate\":\"2026-11-01T12:00:00.000Z\",\"ttl\":604800000,\"disallowTransfer\":false}";
  private static final String INVITES = "{\"invites\":[{\"uniqueId\":\"u1\",\"email\":\"ann@example.com\","
      + "\"accessLevel\":\"Member\",\"createdAt\":\"2026-11-01T12:00:00Z\",\"status\":\"Pending\","
      + "\"organizationName\":\"Demo Org\"}],\"paginationMeta\":{\"page\":1,\"per_page\":50,\"total\":1}}";

  private ColdStartTraining() {}

  /** Runs the training commands; exits 0 when every one succeeded. */
  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/wnology/invites", exchange -> answer(exchange, INVITE));
    server.createContext("/wapikit/api/organization/invites", exchange -> answer(exchange, INVITES));
    server.start();
    int failures = 0;
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      CliContext quiet = new CliContext(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()),
          Map.of("WAPIKIT_API_KEY", "training-key"), Sleeper.system(), new CompletableFuture<>());
      String[][] commands = {
          {"wnology", "get", "--base-url", base + "/wnology", "--token", "t0ken-training", "--email",
              "ann@example.com"},
          {"wnology", "get", "--base-url", base + "/wnology", "--token", "t0ken-training", "--email",
              "ann@example.com", "--json"},
          {"wapikit", "list", "--base-url", base + "/wapikit/api"},
          {"wnology", "get", "--help"},
      };
      for (String[] command : commands) {
        if (InvitesCli.execute(quiet, command) != ExitCodes.OK) {
          failures++;
        }
      }
    } finally {
      server.stop(0);
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
