package dev.orginvites.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.core.ClientBuilder;
import dev.orginvites.core.RetryPolicy;
import java.time.Duration;
import okhttp3.logging.HttpLoggingInterceptor;
import picocli.CommandLine.Option;

/**
 * The options every service command takes (a picocli mixin), and how they configure a client. Each service
 * command declares its own {@code --base-url}, whose default and example differ.
 */
final class ServiceOptions {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline of the whole call and of each connect/read/write, e.g. 500ms, 5s, 2m, PT5S.")
  Duration timeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      converter = WholeNumberConverter.Retries.class,
      description = "Retries after the first attempt, 0 to 19 (0 = none; default: the SDK's policy, 2 retries).")
  Integer retries;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--verbose", description = "Log HTTP exchanges, bodies included, on stderr (secrets redacted).")
  boolean verbose;

  /** Applies {@code baseUrl} (the command's --base-url) and these options to {@code builder}. */
  void configure(ClientBuilder<?> builder, String baseUrl, CliContext context) {
    builder.baseUrl(baseUrl);
    if (timeout != null) {
      builder.callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout).writeTimeout(timeout);
    }
    if (retries != null) {
      builder.retryPolicy(
          retries == 0 ? RetryPolicy.disabled() : RetryPolicy.builder().maxAttempts(retries + 1).build());
    }
    if (verbose) {
      // Bodies too: the SDK masks every secret in them (tokens, keys, passwords, webhook URLs) by name and value.
      builder.httpLogger(line -> context.err().println(line)).httpLogLevel(HttpLoggingInterceptor.Level.BODY);
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
