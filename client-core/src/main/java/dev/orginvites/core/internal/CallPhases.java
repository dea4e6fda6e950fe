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
 * Tracks each attempt's {@link CallPhase}: the caller registers it under the request Retrofit built, and a network
 * interceptor (reached only once a connection exists, and installed innermost so that nothing else writes the
 * body first) finds it through {@code chain.call().request()}, which is that same request, and moves the phase
 * along as the request is written and the response arrives. Looking it up rather than tagging the request
 * spares a copy of every request, about 1 KB per call (docs/PERFORMANCE.md).
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

  /** The phase of the attempt a network interceptor is handling; null for a call the caller did not register. */
  CallPhase of(Interceptor.Chain chain) {
    return byRequest.get(chain.call().request());
  }

  Interceptor tracking() {
    return chain -> {
      Request request = chain.request();
      CallPhase phase = of(chain);
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
