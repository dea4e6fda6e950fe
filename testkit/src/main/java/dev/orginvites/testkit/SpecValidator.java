package dev.orginvites.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks requests (and the fakes' own responses) against one of the specs copied onto the classpath at
 * build time from the repository's {@code openapi/} directory.
 */
final class SpecValidator {
  private static final String SPEC_DIR = "/dev/orginvites/testkit/openapi/";

  /** Parsing a spec takes about a second; every sandbox in a JVM shares the parsed validators. */
  private static final Map<String, SpecValidator> CACHE = new ConcurrentHashMap<>();

  private static final Set<String> UNROUTABLE =
      Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

  private final String service;
  private final OpenApiInteractionValidator validator;

  private SpecValidator(String service, OpenApiInteractionValidator validator) {
    this.service = service;
    this.validator = validator;
  }

  /** Parses the named specs in parallel; with two specs this roughly halves a test run's first start. */
  static void preload(String... services) {
    Stream.of(services).parallel().forEach(SpecValidator::forService);
  }

  /** The validator for {@code <service>.yaml}, e.g. {@code wnology}. */
  static SpecValidator forService(String service) {
    Slf4jQuiet.ensure(); // before the validator's classes first ask SLF4J for a logger
    return CACHE.computeIfAbsent(service, SpecValidator::load);
  }

  private static SpecValidator load(String service) {
    String spec = readSpec(service);
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(spec)
            // The fakes hand over paths relative to their mount, so the spec's own server path (WapiKit's
            // /api) must not be expected in front of them.
            .withBasePathOverride("/")
            .withLevelResolver(
                LevelResolver.create()
                    // Authentication is the fake's job (401), not a spec violation of the request.
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    // Forced failures (failNext) and 429s use statuses the specs do not list.
                    .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                    .build())
            .build();
    return new SpecValidator(service, validator);
  }

  private static String readSpec(String service) {
    String resource = SPEC_DIR + service + ".yaml";
    try (InputStream in = SpecValidator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenAPI spec " + resource + " is missing from the testkit jar; was it built from the repository root?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The request's violations of the spec; empty when it conforms. */
  List<Violation> validateRequest(HttpCall call) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(call.method(), call.path());
    call.query().forEach(request::withQueryParam);
    call.headers().forEach(request::withHeader);
    if (!call.body().isEmpty()) {
      request.withBody(call.body());
    }
    return toViolations(call, validator.validateRequest(request.build()));
  }

  /** The violations of the spec in the fake's own reply to {@code call}. */
  List<Violation> validateResponse(HttpCall call, int status, Map<String, String> headers, byte[] body) {
    Request.Method method;
    try {
      method = Request.Method.valueOf(call.method());
    } catch (IllegalArgumentException unknownMethod) {
      return List.of();
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    headers.forEach(response::withHeader);
    if (body.length > 0) {
      response.withBody(body);
    }
    List<Violation> found =
        toViolations(call, validator.validateResponse(call.path(), method, response.build()));
    // A reply to an unknown path or method has no documented shape; the request side already recorded it.
    found.removeIf(v -> UNROUTABLE.contains(v.key()));
    return found;
  }

  /** The validator's text, prefixed with the parameter's name when the text itself leaves it out. */
  private static String describe(ValidationReport.Message message) {
    String text = message.getMessage();
    Optional<Parameter> parameter =
        message.getContext().flatMap(ValidationReport.MessageContext::getParameter);
    if (parameter.isEmpty() || text.contains("'" + parameter.get().getName() + "'")) {
      return text;
    }
    return parameter.get().getIn() + " parameter '" + parameter.get().getName() + "': " + text;
  }

  private List<Violation> toViolations(HttpCall call, ValidationReport report) {
    List<Violation> violations = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        violations.add(
            new Violation(service, call.method(), call.path(), message.getKey(), describe(message)));
      }
    }
    return violations;
  }
}
