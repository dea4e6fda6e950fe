package dev.orginvites.testkit;

import java.util.Objects;

/**
 * One way in which a request sent to a fake broke the service's OpenAPI spec.
 *
 * @param service {@code "wnology"} or {@code "wapikit"}
 * @param method the request's HTTP method
 * @param path the request's path relative to the fake's mount (the spec's paths), without the query
 * @param key the validator's message key, e.g. {@code validation.request.body.schema.required}
 * @param message what was wrong, in words
 */
public record Violation(String service, String method, String path, String key, String message) {

  /**
   * Checks that no component is null.
   *
   * @param service {@code "wnology"} or {@code "wapikit"}
   * @param method the request's HTTP method
   * @param path the request's path relative to the fake's mount
   * @param key the validator's message key
   * @param message what was wrong, in words
   */
  public Violation {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return service + " " + method + " " + path + ": [" + key + "] " + message;
  }
}
