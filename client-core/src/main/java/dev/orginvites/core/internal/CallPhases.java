package dev.orginvites.core.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Tracks each attempt's {@link CallPhase}: the caller registers it under the request Retrofit built, and OkHttp's
 * events for that call ({@link #listening}) move it along as the request is written and the response arrives.
 * Events cost nothing on the wire: the earlier way, an interceptor wrapping the request body, copied every POST
 * and flushed the body itself, which woke OkHttp's timeout watchdog twice more per call (docs/PERFORMANCE.md).
 *
 * <p>Requests compare by identity, and every registered request is released by the {@link ApiCaller} when its
 * attempt ends (response, failure or a failed start), so a plain concurrent map suffices: no lock shared by all
 * calls and no weak reference for the collector to process per call.
 */
final class CallPhases {
  private final Map<Request, CallPhase> byRequest = new ConcurrentHashMap<>();
  private final StaleConnections staleConnections = new StaleConnections();

  CallPhase forRequest(Request request) {
    return byRequest.computeIfAbsent(request, r -> new CallPhase());
  }

  CallPhase release(Request request) {
    CallPhase phase = byRequest.remove(request);
    return phase == null ? new CallPhase() : phase;
  }

  /** How many attempts are registered and not yet released; zero between calls. */
  int inFlight() {
    return byRequest.size();
  }

  /** The phase of the attempt a network interceptor is handling; null for a call the caller did not register. */
  CallPhase of(Interceptor.Chain chain) {
    return byRequest.get(chain.call().request());
  }

  /**
   * Checks the connection an attempt took from the pool before its request is written ({@link StaleConnections});
   * when connections went idle is learnt from this class's listener.
   */
  void checkConnectionBeforeUse(Interceptor.Chain chain) throws IOException {
    staleConnections.checkBeforeUse(chain, this);
  }

  /**
   * A listener factory that moves each registered call's phase along and passes every event on to
   * {@code delegate}'s listener, so that the listener of a shared OkHttpClient keeps working.
   */
  EventListener.Factory listening(EventListener.Factory delegate) {
    // Without a listener of the application's to pass events on to, one stateless listener serves every call.
    PhaseListener alone = new PhaseListener(EventListener.NONE);
    return call -> {
      EventListener theirs = delegate.create(call);
      return theirs == EventListener.NONE ? alone : new PhaseListener(theirs);
    };
  }

  /**
   * Moves a call's phase along from OkHttp's events. {@code requestHeadersStart} comes once a connection is
   * there, so the request may reach the service from then on; a write that fails reports {@code requestFailed}
   * (its timeout is a write timeout), and the response headers end the sending.
   */
  private final class PhaseListener extends EventListener {
    private final EventListener delegate;

    PhaseListener(EventListener delegate) {
      this.delegate = delegate;
    }

    /**
     * Looked up on each of the few events that need it (none at all for a response served from memory), which
     * lets one listener serve all calls: the caller registers a call after OkHttp created it, before it runs.
     */
    private CallPhase phase(Call call) {
      return byRequest.get(call.request());
    }

    @Override
    public void requestHeadersStart(Call call) {
      CallPhase current = phase(call);
      if (current != null) {
        current.advance(CallPhase.Stage.SENDING);
      }
      delegate.requestHeadersStart(call);
    }

    @Override
    public void requestHeadersEnd(Call call, Request request) {
      CallPhase current = phase(call);
      if (current != null && request.body() == null) {
        current.advance(CallPhase.Stage.AWAITING_RESPONSE);
      }
      delegate.requestHeadersEnd(call, request);
    }

    @Override
    public void requestBodyEnd(Call call, long byteCount) {
      CallPhase current = phase(call);
      if (current != null) {
        current.advance(CallPhase.Stage.AWAITING_RESPONSE);
      }
      delegate.requestBodyEnd(call, byteCount);
    }

    @Override
    public void requestFailed(Call call, IOException ioe) {
      CallPhase current = phase(call);
      if (current != null) {
        current.sendFailed();
      }
      delegate.requestFailed(call, ioe);
    }

    @Override
    public void responseHeadersEnd(Call call, Response response) {
      CallPhase current = phase(call);
      if (current != null) {
        current.statusCode(response.code());
        current.advance(CallPhase.Stage.RECEIVING);
      }
      delegate.responseHeadersEnd(call, response);
    }

    @Override
    public void secureConnectStart(Call call) {
      CallPhase current = phase(call);
      if (current != null) {
        current.handshaking(true);
      }
      delegate.secureConnectStart(call);
    }

    @Override
    public void secureConnectEnd(Call call, Handshake handshake) {
      CallPhase current = phase(call);
      if (current != null) {
        current.handshaking(false);
      }
      delegate.secureConnectEnd(call, handshake);
    }

    // Every other event only passes on (connectionReleased also notes when the connection went idle).

    @Override
    public void callStart(Call call) {
      delegate.callStart(call);
    }

    @Override
    public void proxySelectStart(Call call, HttpUrl url) {
      delegate.proxySelectStart(call, url);
    }

    @Override
    public void proxySelectEnd(Call call, HttpUrl url, List<Proxy> proxies) {
      delegate.proxySelectEnd(call, url, proxies);
    }

    @Override
    public void dnsStart(Call call, String domainName) {
      delegate.dnsStart(call, domainName);
    }

    @Override
    public void dnsEnd(Call call, String domainName, List<InetAddress> inetAddressList) {
      delegate.dnsEnd(call, domainName, inetAddressList);
    }

    @Override
    public void connectStart(Call call, InetSocketAddress inetSocketAddress, Proxy proxy) {
      delegate.connectStart(call, inetSocketAddress, proxy);
    }


    @Override
    public void connectEnd(Call call, InetSocketAddress inetSocketAddress, Proxy proxy, Protocol protocol) {
      delegate.connectEnd(call, inetSocketAddress, proxy, protocol);
    }

    @Override
    public void connectFailed(Call call, InetSocketAddress inetSocketAddress, Proxy proxy, Protocol protocol,
        IOException ioe) {
      delegate.connectFailed(call, inetSocketAddress, proxy, protocol, ioe);
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
      delegate.connectionAcquired(call, connection);
    }

    @Override
    public void connectionReleased(Call call, Connection connection) {
      staleConnections.released(connection);
      delegate.connectionReleased(call, connection);
    }

    @Override
    public void requestBodyStart(Call call) {
      delegate.requestBodyStart(call);
    }

    @Override
    public void responseHeadersStart(Call call) {
      delegate.responseHeadersStart(call);
    }

    @Override
    public void responseBodyStart(Call call) {
      delegate.responseBodyStart(call);
    }

    @Override
    public void responseBodyEnd(Call call, long byteCount) {
      delegate.responseBodyEnd(call, byteCount);
    }

    @Override
    public void responseFailed(Call call, IOException ioe) {
      delegate.responseFailed(call, ioe);
    }

    @Override
    public void callEnd(Call call) {
      delegate.callEnd(call);
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
      delegate.callFailed(call, ioe);
    }

    @Override
    public void canceled(Call call) {
      delegate.canceled(call);
    }

    @Override
    public void satisfactionFailure(Call call, Response response) {
      delegate.satisfactionFailure(call, response);
    }

    @Override
    public void cacheHit(Call call, Response cachedResponse) {
      delegate.cacheHit(call, cachedResponse);
    }

    @Override
    public void cacheMiss(Call call) {
      delegate.cacheMiss(call);
    }

    @Override
    public void cacheConditionalHit(Call call, Response cachedResponseWithConditionalHeaders) {
      delegate.cacheConditionalHit(call, cachedResponseWithConditionalHeaders);
    }
  }
}
