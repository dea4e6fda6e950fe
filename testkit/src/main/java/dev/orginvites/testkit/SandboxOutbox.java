package dev.orginvites.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The emails the real services would send, kept instead of sent: each invite created through either fake
 * leaves a message here with what the invited person needs (the WEGnology invite link with its token and
 * email, or the WapiKit invite's slug). A test, the CLI or the demo reads it as the invited person would read
 * their inbox:
 *
 * <pre>{@code
 * String link = sandbox.outbox().latestFor("ann@example.com").orElseThrow().link();
 * client.invites().accept(InviteLink.parse(link));
 * }</pre>
 *
 * <p>Also served at {@code GET /__sandbox/outbox} (optional query {@code to}, {@code service}) as a JSON array
 * of {@code {service, to, link, slug, organization, sentAt}}, so a program outside the JVM, such as
 * {@code invites sandbox}'s users, can read it. Thread-safe; {@link #clear()}
 * empties it, as {@link Sandbox#reset()} does.
 */
public final class SandboxOutbox {
  /** Where the outbox is served on the sandbox's port. */
  public static final String PATH = "/__sandbox/outbox";

  /**
   * One message.
   *
   * @param service {@code wnology} or {@code wapikit}
   * @param to the invited email, as the invite was created
   * @param link the link the email would carry: WEGnology's {@code https://app.wnology.io/invites?token=..&email=..}
   *     or WapiKit's {@code https://app.wapikit.com/invite/SLUG}
   * @param token the WEGnology invite token, or null
   * @param slug the WapiKit invite slug, or null
   * @param organization the organization the invite is for (its id, or its name when the service has no id)
   * @param sentAt when the invite was created, by the sandbox's clock
   */
  public record Message(
      String service, String to, String link, String token, String slug, String organization, Instant sentAt) {}

  private final List<Message> messages = new CopyOnWriteArrayList<>();
  private final Clock clock;

  SandboxOutbox(Clock clock) {
    this.clock = clock;
  }

  /**
   * Every message, oldest first.
   *
   * @return the messages
   */
  public List<Message> messages() {
    return List.copyOf(messages);
  }

  /**
   * The messages sent to {@code email} (compared ignoring case), oldest first.
   *
   * @param email the recipient
   * @return the messages
   */
  public List<Message> messagesTo(String email) {
    Checks.requireNonNull(email, "email");
    return messages.stream().filter(m -> sameEmail(m.to(), email)).collect(Collectors.toList());
  }

  /**
   * The newest message sent to {@code email}, if any.
   *
   * @param email the recipient
   * @return the message, or empty
   */
  public Optional<Message> latestFor(String email) {
    List<Message> to = messagesTo(email);
    return to.isEmpty() ? Optional.empty() : Optional.of(to.get(to.size() - 1));
  }

  /** Empties the outbox. */
  public void clear() {
    messages.clear();
  }

  /** Records a WEGnology invite's email: the web app's link with the token and the email. */
  Message deliverWnologyInvite(String to, String token, String orgId) {
    return deliver(new Message("wnology", to, wnologyLink(token, to), token, null, orgId, now()));
  }

  /** Records a WapiKit invite's email: the slug, and the app link that carries it. */
  Message deliverWapikitInvite(String to, String slug, String organizationName) {
    return deliver(new Message("wapikit", to, wapikitLink(slug), null, slug, organizationName, now()));
  }

  /** The WEGnology web app's invite link, as its emails carry it; seeded invites report the same one. */
  static String wnologyLink(String token, String email) {
    return "https://app.wnology.io/invites?token=" + Checks.queryEncode(token) + "&email="
        + Checks.queryEncode(email);
  }

  /** The WapiKit app's invite link, as its emails carry it; seeded invites report the same one. */
  static String wapikitLink(String slug) {
    return "https://app.wapikit.com/invite/" + Checks.queryEncode(slug);
  }

  private Message deliver(Message message) {
    messages.add(message);
    return message;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static boolean sameEmail(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  /** Serves {@code GET /__sandbox/outbox[?to=EMAIL][&service=NAME]} as a JSON array of messages. */
  HttpHandler endpoint() {
    return exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        if (!exchange.getRequestMethod().equals("GET")) {
          send(exchange, 405, error("only GET is served at " + PATH));
          return;
        }
        Map<String, List<String>> query = HttpCall.parseQuery(exchange.getRequestURI().getRawQuery());
        Optional<String> to = first(query, "to");
        Optional<String> service = first(query, "service");
        ArrayNode list = Json.object().arrayNode();
        for (Message message : messages) {
          if (to.map(email -> sameEmail(email, message.to())).orElse(true)
              && service.map(message.service()::equals).orElse(true)) {
            ObjectNode item = list.addObject();
            item.put("service", message.service());
            item.put("to", message.to());
            item.put("link", message.link());
            item.put("slug", message.slug());
            item.put("organization", message.organization());
            item.put("sentAt", message.sentAt().atOffset(ZoneOffset.UTC).toString());
          }
        }
        send(exchange, 200, list);
      } catch (IOException clientWentAway) {
        // Nothing left to answer.
      }
    };
  }

  private static Optional<String> first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static ObjectNode error(String message) {
    ObjectNode body = Json.object();
    body.put("message", message);
    return body;
  }

  private static void send(HttpExchange exchange, int status, com.fasterxml.jackson.databind.JsonNode body)
      throws IOException {
    byte[] bytes = Json.bytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
