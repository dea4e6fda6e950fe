package dev.orginvites.core.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Tracks each attempt's {@link CallPhase} through two interceptors: the application one tags the request, the
 * network one (reached only once a connection exists, and installed innermost so that nothing else writes the
 * body first) moves the phase along as the request is written and the response arrives. The caller looks the
 * phase up by the request Retrofit built, which OkHttp hands unchanged to the first application interceptor.
 */
final class CallPhases {
  private final Map<Request, CallPhase> byRequest = Collections.synchronizedMap(new WeakHashMap<>());

  CallPhase forRequest(Request request) {
    return byRequest.computeIfAbsent(request, r -> new CallPhase());
  }

  CallPhase release(Request request) {
    CallPhase phase = byRequest.remove(request);
    return phase == null ? new CallPhase() : phase;
  }

  Interceptor tagging() {
    return chain -> {
      Request original = chain.request();
      CallPhase phase = forRequest(original);
      return chain.proceed(original.newBuilder().tag(CallPhase.class, phase).build());
    };
  }

  static Interceptor tracking() {
    return chain -> {
      Request request = chain.request();
      CallPhase phase = request.tag(CallPhase.class);
      if (phase == null) {
        return chain.proceed(request);
      }
      phase.advance(CallPhase.Stage.SENDING);
      RequestBody body = request.body();
      if (body == null) {
        // Headers alone fit in the socket's buffer, so a bodiless request is as good as sent once handed over.
        phase.advance(CallPhase.Stage.AWAITING_RESPONSE);
      } else {
        request = request.newBuilder().method(request.method(), new PhaseMarkingBody(body, phase)).build();
      }
      Response response = chain.proceed(request);
      phase.statusCode(response.code());
      phase.advance(CallPhase.Stage.RECEIVING);
      return response;
    };
  }

  private static final class PhaseMarkingBody extends RequestBody {
    private final RequestBody delegate;
    private final CallPhase phase;

    PhaseMarkingBody(RequestBody delegate, CallPhase phase) {
      this.delegate = delegate;
      this.phase = phase;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return delegate.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      delegate.writeTo(sink);
      // OkHttp would flush after this returns; flushing here keeps a stalled write inside SENDING, so that it
      // is reported as a write timeout and not a read timeout.
      sink.flush();
      phase.advance(CallPhase.Stage.AWAITING_RESPONSE);
    }

    @Override
    public boolean isOneShot() {
      return delegate.isOneShot();
    }
  }
}
