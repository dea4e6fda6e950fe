package dev.orginvites.benchmarks;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * An application interceptor that answers from memory, so a benchmark measures the client code and not the
 * network. It ends the chain: interceptors added after it (the SDK adds User-Agent/Accept and error-body bounding
 * there, and all network interceptors) do not run. The loopback benchmarks cover those.
 */
final class CannedInterceptor implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Map<String, Canned> gets = new HashMap<>();
  private final Map<String, Canned> posts = new HashMap<>();

  /** A response to give for {@code method} {@code path} (the encoded path, base URL included). */
  CannedInterceptor on(String method, String path, int code, byte[] body, Headers headers) {
    Map<String, Canned> routes = method.equals("GET") ? gets : posts;
    routes.put(path, new Canned(code, body, headers));
    return this;
  }

  CannedInterceptor on(String method, String path, int code, byte[] body) {
    return on(method, path, code, body, Headers.of());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody requestBody = request.body();
    if (requestBody != null) {
      // A real transport writes the body; a lazily serialized body must cost the same here as on the wire.
      requestBody.writeTo(new Buffer());
    }
    Canned canned = (request.method().equals("GET") ? gets : posts).get(request.url().encodedPath());
    if (canned == null) {
      throw new IOException("no canned response for " + request.method() + " " + request.url().encodedPath());
    }
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(canned.code)
        .message(canned.code == 200 ? "OK" : "Not Found")
        .headers(canned.headers)
        // A fresh body per call: a ResponseBody can be read once.
        .body(ResponseBody.create(canned.body, JSON))
        .build();
  }

  private static final class Canned {
    final int code;
    final byte[] body;
    final Headers headers;

    Canned(int code, byte[] body, Headers headers) {
      this.code = code;
      this.body = body;
      this.headers = headers;
    }
  }
}
