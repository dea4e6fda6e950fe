package dev.orginvites.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.core.ClientBuilder;
import dev.orginvites.core.RetryPolicy;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every service command takes (a picocli mixin), and how they configure a client. */
final class ServiceOptions {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Service base URL (default: the real service).")
  String baseUrl;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline of the whole call and of each connect/read/write, e.g. 500ms, 5s, 2m.")
  Duration timeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      description = "Retries after the first attempt (0 = none; default: the SDK's policy, 2 retries).")
  Integer retries;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--verbose", description = "Log HTTP exchanges on stderr (secrets redacted).")
  boolean verbose;

  /** Applies the options to {@code builder}, falling back to {@code defaultBaseUrl}. */
  void configure(ClientBuilder<?> builder, String defaultBaseUrl, CliContext context) {
    builder.baseUrl(baseUrl != null ? baseUrl : defaultBaseUrl);
    if (timeout != null) {
      builder.callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout).writeTimeout(timeout);
    }
    if (retries != null) {
      if (retries < 0) {
        throw new UsageException("--retries must be 0 or more: " + retries);
      }
      builder.retryPolicy(
          retries == 0 ? RetryPolicy.disabled() : RetryPolicy.builder().maxAttempts(retries + 1).build());
    }
    if (verbose) {
      builder.httpLogger(line -> context.err().println(line));
    }
    builder.sleeper(context.sleeper());
  }

  /** Prints {@code result} as JSON when --json is set, otherwise runs {@code human}. */
  void print(CliContext context, ObjectNode result, Runnable human) {
    if (json) {
      context.out().println(result.toString());
    } else {
      human.run();
    }
    context.out().flush();
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}
