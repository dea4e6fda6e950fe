package dev.orginvites.core.internal;

import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/** A client builder's settings, frozen. Internal: not part of the SDK's API. */
public final class ClientConfig {
  final HttpUrl baseUrl;
  final Duration connectTimeout;
  final Duration readTimeout;
  final Duration writeTimeout;
  final Duration callTimeout;
  final RetryPolicy retryPolicy;
  final OkHttpClient sharedClient;
  final HttpLoggingInterceptor.Logger httpLogger;
  final HttpLoggingInterceptor.Level httpLogLevel;
  final String applicationName;
  final Sleeper sleeper;
  final Clock clock;

  public ClientConfig(HttpUrl baseUrl, Duration connectTimeout, Duration readTimeout, Duration writeTimeout,
      Duration callTimeout, RetryPolicy retryPolicy, OkHttpClient sharedClient,
      HttpLoggingInterceptor.Logger httpLogger, HttpLoggingInterceptor.Level httpLogLevel, String applicationName,
      Sleeper sleeper, Clock clock) {
    this.baseUrl = baseUrl;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.writeTimeout = writeTimeout;
    this.callTimeout = callTimeout;
    this.retryPolicy = retryPolicy;
    this.sharedClient = sharedClient;
    this.httpLogger = httpLogger;
    this.httpLogLevel = httpLogLevel;
    this.applicationName = applicationName;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }
}
