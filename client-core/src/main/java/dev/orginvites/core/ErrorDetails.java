package dev.orginvites.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a failed call: the request (with secrets already redacted), the HTTP status and what
 * the service said. Immutable. Every {@link InviteApiException} carries one.
 *
 * <p>Public so that applications can build exceptions in their own tests; the SDK fills it in from the
 * response.
 */
public final class ErrorDetails {
  private final int statusCode;
  private final String method;
  private final String path;
  private final String errorType;
  private final String serviceMessage;
  private final String bodySnippet;
  private final String requestId;
  private final Duration retryAfter;
  private final ErrorReason reason;
  private final String url;

  private ErrorDetails(Builder builder) {
    this.statusCode = builder.statusCode;
    this.method = Objects.requireNonNull(builder.method, "method");
    this.path = Objects.requireNonNull(builder.path, "path");
    this.errorType = builder.errorType;
    this.serviceMessage = builder.serviceMessage;
    this.bodySnippet = builder.bodySnippet == null ? "" : builder.bodySnippet;
    this.requestId = builder.requestId;
    this.retryAfter = builder.retryAfter;
    this.reason = builder.reason;
    this.url = builder.url;
  }

  /**
   * Starts details for a call made with {@code method} to {@code path} (which must hold no secret).
   *
   * @param method the HTTP method
   * @param path the path and query, secrets already redacted
   * @return a new builder
   */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /**
   * The HTTP status, or 0 when no response arrived.
   *
   * @return the status, or 0
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The HTTP method of the failed call.
   *
   * @return the method, e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path and query of the failed call, secrets replaced by {@code ***}.
   *
   * @return the path and query
   */
  public String path() {
    return path;
  }

  /**
   * The service's error type (WEGnology's {@code type}), or null when the body named none.
   *
   * @return the error type, or null
   */
  public String errorType() {
    return errorType;
  }

  /**
   * The service's error message, or null when the body had none.
   *
   * @return the message, or null
   */
  public String serviceMessage() {
    return serviceMessage;
  }

  /**
   * The start of the raw error body, bounded in length, secrets removed; empty when there was no body.
   *
   * @return the snippet, possibly empty
   */
  public String bodySnippet() {
    return bodySnippet;
  }

  /**
   * The request id the service returned in a response header, or null.
   *
   * @return the request id, or null
   */
  public String requestId() {
    return requestId;
  }

  /**
   * How long the service asked the caller to wait before trying again, when it said so.
   *
   * @return the wait, or empty
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Why the call failed; {@link ErrorReason#UNKNOWN} unless the builder was told.
   *
   * @return the reason
   */
  public ErrorReason reason() {
    return reason;
  }

  /**
   * The whole URL of the failed call ({@code https://host/path?query}) with secrets replaced by {@code ***},
   * or null when it was not recorded.
   *
   * @return the URL, or null
   */
  public String url() {
    return url;
  }

  /** Builds {@link ErrorDetails}. */
  public static final class Builder {
    private int statusCode;
    private final String method;
    private final String path;
    private String errorType;
    private String serviceMessage;
    private String bodySnippet;
    private String requestId;
    private Duration retryAfter;
    private ErrorReason reason = ErrorReason.UNKNOWN;
    private String url;

    private Builder(String method, String path) {
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * The HTTP status; 0 (the default) when there was no response.
     *
     * @param statusCode 0, or 100..999
     * @return this builder
     */
    public Builder statusCode(int statusCode) {
      if (statusCode != 0 && (statusCode < 100 || statusCode > 999)) {
        throw new IllegalArgumentException("statusCode must be 0 or 100..999: " + statusCode);
      }
      this.statusCode = statusCode;
      return this;
    }

    /**
     * Why the call failed; default {@link ErrorReason#UNKNOWN}.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder reason(ErrorReason reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /**
     * The whole URL of the call, which must hold no secret.
     *
     * @param url the URL, secrets redacted; null when unknown
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * The service's error type (WEGnology's {@code type}).
     *
     * @param errorType the type, or null
     * @return this builder
     */
    public Builder errorType(String errorType) {
      this.errorType = errorType;
      return this;
    }

    /**
     * The service's error message.
     *
     * @param serviceMessage the message, or null
     * @return this builder
     */
    public Builder serviceMessage(String serviceMessage) {
      this.serviceMessage = serviceMessage;
      return this;
    }

    /**
     * The start of the raw error body, which must hold no secret.
     *
     * @param bodySnippet the snippet, or null for none
     * @return this builder
     */
    public Builder bodySnippet(String bodySnippet) {
      this.bodySnippet = bodySnippet;
      return this;
    }

    /**
     * The request id the service returned.
     *
     * @param requestId the id, or null
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * How long the service asked the caller to wait; not negative.
     *
     * @param retryAfter the wait, or null when the service asked for none
     * @return this builder
     */
    public Builder retryAfter(Duration retryAfter) {
      if (retryAfter != null && retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative");
      }
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * The details, immutable.
     *
     * @return the details
     */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
