package dev.orginvites.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import okio.Buffer;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The HTTP machinery behind one client, built once: an OkHttpClient with the client's timeouts and
 * interceptors, a Retrofit over it with the shared Jackson mapper, and the {@link ApiCaller} that runs calls.
 * Internal: not part of the SDK's API.
 */
public final class HttpStack implements AutoCloseable {
  /** Error bodies are read up to this many bytes: enough for any service message, bounded for a proxy's page. */
  static final long MAX_ERROR_BODY_BYTES = 16 * 1024;
  /** Both services answer quickly; more parallel calls per host than OkHttp's default 5 keeps bulk work moving. */
  private static final int MAX_REQUESTS_PER_HOST = 32;

  private static final String VERSION = readVersion();
  /** Headers whose values the HTTP log never shows. */
  private static final List<String> REDACTED_HEADERS = List.of("x-access-token", "Authorization",
      "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key");
  private static final String HIDDEN_RETRY_AFTER = "X-Org-Invites-Retry-After";
  private static final Pattern ZERO_SECONDS = Pattern.compile("0+");

  private final OkHttpClient okHttpClient;
  private final Retrofit retrofit;
  private final ApiCaller caller;
  private final RateLimitMeter rateLimits;
  private final dev.orginvites.core.Sleeper sleeper;
  private final boolean ownsClient;
  private final AtomicBoolean closed = new AtomicBoolean();

  private HttpStack(ClientConfig config, String serviceName, ErrorDialect dialect,
      List<Interceptor> serviceInterceptors, String[] clientSecrets) {
    CallPhases phases = new CallPhases();
    this.ownsClient = config.sharedClient == null;
    OkHttpClient.Builder builder = ownsClient
        ? new OkHttpClient.Builder().dispatcher(ownDispatcher()).connectionPool(ownConnectionPool())
        : config.sharedClient.newBuilder();
    builder.connectTimeout(config.connectTimeout)
        .readTimeout(config.readTimeout)
        .writeTimeout(config.writeTimeout)
        .callTimeout(config.callTimeout)
        // OkHttp would otherwise re-send silently, even a POST that the server may have acted on; the ApiCaller
        // retries instead: as the RetryPolicy allows, and at once when a stale pooled connection provably kept
        // the request from the server (StaleConnections).
        .retryOnConnectionFailure(false);
    Transport.secure(builder, config);
    builder.addInterceptor(applicationHop(userAgent(serviceName, config.applicationName)));
    // Network interceptors see every hop, redirects included, so a credential header can be limited to the
    // configured host instead of following a redirect elsewhere.
    serviceInterceptors.forEach(builder::addNetworkInterceptor);
    this.rateLimits = RateLimitMeter.system(config.clock);
    builder.addNetworkInterceptor(networkHop(phases, rateLimits));
    if (config.httpLogger != null) {
      builder.addNetworkInterceptor(redactingLogger(config, phases, clientSecrets));
      // Bounds an error body before the logger reads it: at BODY level it would read all of it, and a body
      // cut off by the network would then fail the call instead of reporting its status.
      builder.addNetworkInterceptor(HttpStack::boundPlainErrorBody);
    }
    builder.eventListenerFactory(phases.listening(
        ownsClient ? call -> EventListener.NONE : config.sharedClient.eventListenerFactory()));
    this.okHttpClient = builder.build();
    this.retrofit = new Retrofit.Builder()
        .baseUrl(withTrailingSlash(config.baseUrl.toString()))
        .client(okHttpClient)
        .addConverterFactory(JacksonConverterFactory.create(Json.mapper()))
        .build();
    this.caller = new ApiCaller(config, dialect, phases, closed, clientSecrets);
    this.sleeper = config.sleeper;
  }

  /**
   * Builds the stack for one client.
   *
   * @param serviceName named in the User-Agent
   * @param dialect how the service words its failures
   * @param serviceInterceptors network interceptors run on every hop, e.g. one that sets an auth header
   * @param clientSecrets values (an API key) masked from every exception and log line
   */
  public static HttpStack create(ClientConfig config, String serviceName, ErrorDialect dialect,
      List<Interceptor> serviceInterceptors, String... clientSecrets) {
    return new HttpStack(config, serviceName, dialect, serviceInterceptors, clientSecrets);
  }

  /** The generated Retrofit interface, created once per client. */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /** Runs the client's calls. */
  public ApiCaller caller() {
    return caller;
  }

  /** What the client's responses said about the service's rate limit; bulk runs pace by it. */
  public RateLimitMeter rateLimits() {
    return rateLimits;
  }

  /** The sleeper of the client's settings, for work that waits as the client does (bulk runs). */
  public dev.orginvites.core.Sleeper sleeper() {
    return sleeper;
  }

  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Refuses further calls; shuts down the dispatcher and connection pool when the client created them. A
   * shared OkHttpClient is left running for its owner. Calls in flight complete.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsClient) {
      okHttpClient.dispatcher().executorService().shutdown();
      okHttpClient.connectionPool().evictAll();
    }
  }

  static String userAgent(String serviceName, String applicationName) {
    String agent = "org-invites-java/" + VERSION + " (" + serviceName + "; Java "
        + System.getProperty("java.specification.version") + ")";
    return applicationName == null ? agent : applicationName + " " + agent;
  }

  /**
   * The SDK's one application interceptor (one hop in OkHttp's chain instead of three): sets the default headers,
   * then puts back a Retry-After that {@link #networkHop} moved aside and bounds a failed response's
   * body, so that a huge error page costs little.
   */
  private static Interceptor applicationHop(String userAgent) {
    return chain -> {
      Request request = chain.request();
      Request.Builder withHeaders = request.newBuilder().header("User-Agent", userAgent);
      if (request.header("Accept") == null) {
        withHeaders.header("Accept", "application/json");
      }
      return bounded(restoreRetryAfter(chain.proceed(withHeaders.build())));
    };
  }

  /**
   * The bound of {@link #applicationHop} on the wire, for bodies sent as they are. A compressed one is left to the
   * application-level bound: a prefix of it could not be decompressed.
   */
  private static Response boundPlainErrorBody(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String encoding = response.header("Content-Encoding");
    return encoding == null || encoding.equalsIgnoreCase("identity") ? bounded(response) : response;
  }

  private static Response bounded(Response response) {
    if (response.isSuccessful() || response.body() == null) {
      return response;
    }
    ResponseBody prefix;
    try {
      prefix = response.peekBody(MAX_ERROR_BODY_BYTES);
    } catch (IOException truncated) {
      // The status is what matters: a body cut off mid-way is reported as far as it arrived (the peek read it
      // into the source's buffer), never by hiding the status behind a transport failure.
      Buffer arrived = response.body().source().getBuffer();
      prefix = ResponseBody.create(arrived.snapshot(
          (int) Math.min(arrived.size(), MAX_ERROR_BODY_BYTES)), response.body().contentType());
    } finally {
      response.close();
    }
    return response.newBuilder().body(prefix).build();
  }

  /**
   * The SDK's one network interceptor (one hop per exchange instead of three), after the service's own (which set
   * credentials; they write nothing):
   *
   * <ul>
   *   <li>before the request is written, a pooled connection the server has closed is dropped
   *       ({@link StaleConnections});
   *   <li>the response's rate-limit headers feed the client's {@link RateLimitMeter};
   *   <li>OkHttp re-sends a 503 answered with {@code Retry-After: 0} by itself, whatever the method and whatever
   *       {@code retryOnConnectionFailure} says: an accept could be sent twice behind the RetryPolicy's back. The
   *       header is moved aside before OkHttp's follow-up logic sees it and put back by {@link #applicationHop}.
   * </ul>
   */
  private static Interceptor networkHop(CallPhases phases, RateLimitMeter rateLimits) {
    return chain -> {
      phases.checkConnectionBeforeUse(chain);
      Response response = chain.proceed(chain.request());
      rateLimits.record(response.headers());
      String retryAfter = response.header("Retry-After");
      if (response.code() != 503 || retryAfter == null || !ZERO_SECONDS.matcher(retryAfter).matches()) {
        return response;
      }
      return response.newBuilder().removeHeader("Retry-After").header(HIDDEN_RETRY_AFTER, retryAfter).build();
    };
  }

  private static Response restoreRetryAfter(Response response) {
    String hidden = response.header(HIDDEN_RETRY_AFTER);
    if (hidden == null) {
      return response;
    }
    return response.newBuilder().removeHeader(HIDDEN_RETRY_AFTER).header("Retry-After", hidden).build();
  }

  /**
   * Logs each hop through a logging-interceptor bound to that call's secrets (tokens), besides the client's
   * (API key): a service that echoes a token in its body must not put it in the log.
   */
  private static Interceptor redactingLogger(ClientConfig config, CallPhases phases, String[] clientSecrets) {
    // One logging-interceptor per client. It logs every line, the body included, inside intercept() on the
    // calling thread, so the hop's masks can travel in a thread-local instead of a new interceptor per hop.
    Redactor.Masks clientMasks = Redactor.masks(clientSecrets);
    ThreadLocal<Redactor.Masks> hopMasks = ThreadLocal.withInitial(() -> clientMasks);
    HttpLoggingInterceptor.Logger target = config.httpLogger;
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(line -> target.log(hopMasks.get().scrub(line)));
    logging.setLevel(config.httpLogLevel);
    REDACTED_HEADERS.forEach(logging::redactHeader);
    return chain -> {
      CallPhase phase = phases.of(chain);
      // A registered call's secrets already include the client's (ApiCaller adds them).
      hopMasks.set(phase == null ? clientMasks : phase.masks());
      try {
        return logging.intercept(chain);
      } finally {
        hopMasks.remove();
      }
    };
  }

  /**
   * Keeps as many idle connections as calls may run per host: with OkHttp's default of 5, a burst of 32 calls
   * (a bulk invite) would close and reopen most of its sockets on every round.
   */
  private static ConnectionPool ownConnectionPool() {
    return new ConnectionPool(MAX_REQUESTS_PER_HOST, 5, TimeUnit.MINUTES);
  }

  private static Dispatcher ownDispatcher() {
    AtomicInteger count = new AtomicInteger();
    // Daemon threads: a client that is never closed must not keep the application's JVM alive.
    ExecutorService executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "org-invites-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
    return dispatcher;
  }

  private static String withTrailingSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  private static String readVersion() {
    try (InputStream in = HttpStack.class.getResourceAsStream("/dev/orginvites/core/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
