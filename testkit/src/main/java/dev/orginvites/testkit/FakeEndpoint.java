package dev.orginvites.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The request pipeline both fakes share: record, validate against the spec, apply the test's switches,
 * authenticate, then hand the call to the service's own logic.
 *
 * <p>Validation runs first and on every call, so a client's off-spec request is recorded even when a switch
 * (failNext, rate limit) decides the answer.
 */
final class FakeEndpoint implements HttpHandler {

  /** The parts that differ between the two services. */
  interface Service {
    /** Answers a call that is authorized and conforms to the spec. Called under no lock. */
    Reply handle(HttpCall call);

    /** An error in the service's own body format. */
    Reply error(int status, String message);

    /** A 401 when the call lacks valid credentials; empty when it may proceed. */
    Optional<Reply> authenticate(HttpCall call);

    /** A 429 in the service's format (headers are added by the pipeline). */
    Reply rateLimited(Switches.Quota quota);

    /** Whether every response carries X-RateLimit-* headers, or only while a limit is switched on. */
    boolean alwaysSendsRateLimitHeaders();
  }

  private final String serviceName;
  private final String mount;
  private final Service service;
  private final SpecValidator spec;
  private final Clock clock;
  private final Switches switches = new Switches();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<Violation> violations = new CopyOnWriteArrayList<>();
  private final List<Violation> responseViolations = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.ConcurrentMap<Integer, java.util.concurrent.atomic.LongAdder> answered =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  FakeEndpoint(String serviceName, String mount, Service service, Clock clock) {
    this.serviceName = serviceName;
    this.mount = mount;
    this.service = service;
    this.spec = SpecValidator.forService(serviceName);
    this.clock = clock;
  }

  Switches switches() {
    return switches;
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  List<Violation> violations() {
    return List.copyOf(violations);
  }

  List<Violation> responseViolations() {
    return List.copyOf(responseViolations);
  }

  /** How many answers went out, by status code, since start or the last reset. */
  java.util.SortedMap<Integer, Long> answeredByStatus() {
    java.util.SortedMap<Integer, Long> counts = new java.util.TreeMap<>();
    answered.forEach((status, count) -> counts.put(status, count.sum()));
    return counts;
  }

  void reset() {
    switches.reset();
    answered.clear();
    requests.clear();
    violations.clear();
    responseViolations.clear();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      // HttpServer matches contexts by plain string prefix, so /wnologyX would land here too.
      if (path.length() > mount.length() && path.charAt(mount.length()) != '/') {
        write(exchange, null, service.error(404, "No such path: " + path));
        return;
      }
      HttpCall call = HttpCall.read(exchange, mount);
      write(exchange, call, respond(call));
    } catch (IOException clientWentAway) {
      // Typical after a client-side timeout while a delay was switched on: nothing left to answer.
    }
  }

  private Reply respond(HttpCall call) {
    requests.add(call.toRecord());
    List<Violation> found = validate(call);
    violations.addAll(found);

    if (!pause(switches.delay())) {
      return service.error(503, "Sandbox is shutting down");
    }
    Switches.Quota quota = switches.consume(clock.instant());
    Reply reply = decide(call, found, quota);
    if (quota.enforced() || service.alwaysSendsRateLimitHeaders()) {
      quota.addHeaders(reply);
    }
    return reply;
  }

  private Reply decide(HttpCall call, List<Violation> found, Switches.Quota quota) {
    OptionalInt forced = switches.takeFailure();
    if (forced.isPresent()) {
      return service.error(forced.getAsInt(), "Forced failure (failNext) from the sandbox");
    }
    if (!quota.allowed()) {
      return service
          .rateLimited(quota)
          .header("Retry-After", Long.toString(quota.retryAfterSeconds()));
    }
    Optional<Reply> unauthorized = service.authenticate(call);
    if (unauthorized.isPresent()) {
      return unauthorized.get();
    }
    if (!found.isEmpty()) {
      return service.error(statusFor(found), describe(found));
    }
    Reply answer = service.handle(call);
    if (answer.status() < 400 && switches.takeLostAnswer()) {
      // The call took effect; only its answer is lost, as when a proxy fails after the service acted.
      return service.error(502, "Bad gateway (the sandbox carried out the call and lost its answer)");
    }
    return answer;
  }

  private List<Violation> validate(HttpCall call) {
    if (call.queryMalformed()) {
      return List.of(
          new Violation(
              serviceName,
              call.method(),
              call.path(),
              "testkit.request.query.malformed",
              "The query string is not valid percent-encoding"));
    }
    return spec.validateRequest(call);
  }

  /** A wrong path or method is answered as a real server would; anything else is a malformed request. */
  private static int statusFor(List<Violation> found) {
    for (Violation violation : found) {
      if (violation.key().equals("validation.request.path.missing")) {
        return 404;
      }
      if (violation.key().equals("validation.request.operation.notAllowed")) {
        return 405;
      }
    }
    return 400;
  }

  private static String describe(List<Violation> found) {
    return "Request does not match the API spec: "
        + found.stream()
            .map(v -> "[" + v.key() + "] " + v.message())
            .collect(Collectors.joining("; "));
  }

  /** Sleeps for the switched-on delay; false when interrupted because the sandbox is closing. */
  private static boolean pause(Duration delay) {
    if (delay.isZero()) {
      return true;
    }
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
      return true;
    } catch (InterruptedException closing) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void write(HttpExchange exchange, HttpCall call, Reply reply) throws IOException {
    byte[] body = reply.body() == null ? new byte[0] : Json.bytes(reply.body());
    reply.header("Content-Type", "application/json");
    reply.header("X-Request-Id", UUID.randomUUID().toString());
    if (call != null) {
      responseViolations.addAll(spec.validateResponse(call, reply.status(), reply.headers(), body));
    }
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    answered.computeIfAbsent(reply.status(), status -> new java.util.concurrent.atomic.LongAdder()).increment();
    boolean noBody = body.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
