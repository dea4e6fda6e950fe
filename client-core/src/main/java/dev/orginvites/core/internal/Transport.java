package dev.orginvites.core.internal;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * How a client's connections are secured, decided by its base URL.
 *
 * <ul>
 *   <li><b>http://</b>: cleartext only. OkHttp then never sets up TLS, which is a large share of a short-lived
 *       program's start-up (the CLI's one-call runs).
 *   <li><b>https://</b>: the TLS handshake is bounded by the connect timeout. OkHttp bounds it by the read
 *       timeout, so an {@code https://} URL pointing at a plain-http port (whose server waits for a request line
 *       that never comes) hung for the whole read timeout before failing. The handshake belongs to connecting,
 *       and a server that does not answer it within the connect timeout is not going to.
 * </ul>
 */
final class Transport {
  /**
   * One wrapped factory per underlying factory and timeout, so that clients configured alike share pooled
   * connections (OkHttp pools by address, and the factory is part of it). Weak both ways: a wrapper holds its
   * factory, so a strong value would keep every key alive.
   */
  private static final Map<SSLSocketFactory, Map<Integer, WeakReference<SSLSocketFactory>>> BOUNDED =
      new WeakHashMap<>();
  private static volatile Platform platform;

  private Transport() {}

  static void secure(OkHttpClient.Builder builder, ClientConfig config) {
    if (!config.baseUrl.isHttps()) {
      builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
      return;
    }
    X509TrustManager trust;
    SSLSocketFactory factory;
    if (config.sharedClient != null) {
      trust = config.sharedClient.x509TrustManager();
      if (trust == null) {
        return; // configured without a trust manager OkHttp can name: leave that client's TLS as it is
      }
      factory = config.sharedClient.sslSocketFactory();
    } else {
      Platform defaults = platform();
      trust = defaults.trust;
      factory = defaults.factory;
    }
    int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, config.connectTimeout.toMillis()));
    builder.sslSocketFactory(bounded(factory, timeoutMillis), trust);
  }

  private static SSLSocketFactory bounded(SSLSocketFactory factory, int timeoutMillis) {
    synchronized (BOUNDED) {
      Map<Integer, WeakReference<SSLSocketFactory>> byTimeout = BOUNDED.computeIfAbsent(factory, f -> new HashMap<>());
      WeakReference<SSLSocketFactory> cached = byTimeout.get(timeoutMillis);
      SSLSocketFactory wrapper = cached == null ? null : cached.get();
      if (wrapper == null) {
        wrapper = new HandshakeWithinTimeout(factory, timeoutMillis);
        byTimeout.put(timeoutMillis, new WeakReference<>(wrapper));
      }
      return wrapper;
    }
  }

  private static Platform platform() {
    Platform current = platform;
    if (current == null) {
      synchronized (Transport.class) {
        current = platform;
        if (current == null) {
          current = new Platform();
          platform = current;
        }
      }
    }
    return current;
  }

  /** The JDK's default trust store and a TLS context over it, as OkHttp itself sets them up on a JVM. */
  private static final class Platform {
    final X509TrustManager trust;
    final SSLSocketFactory factory;

    Platform() {
      try {
        TrustManagerFactory trustManagers =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init((KeyStore) null);
        X509TrustManager found = null;
        for (TrustManager candidate : trustManagers.getTrustManagers()) {
          if (candidate instanceof X509TrustManager) {
            found = (X509TrustManager) candidate;
            break;
          }
        }
        if (found == null) {
          throw new IllegalStateException("the JDK offers no X509TrustManager");
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {found}, null);
        this.trust = found;
        this.factory = context.getSocketFactory();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("TLS is not available on this JVM", e);
      }
    }
  }

  /**
   * Hands out TLS sockets whose reads time out after the connect timeout, which bounds the handshake. OkHttp
   * sets the read timeout on the socket again once the handshake is done.
   */
  private static final class HandshakeWithinTimeout extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private final int timeoutMillis;

    HandshakeWithinTimeout(SSLSocketFactory delegate, int timeoutMillis) {
      this.delegate = delegate;
      this.timeoutMillis = timeoutMillis;
    }

    private Socket bounded(Socket socket) throws IOException {
      socket.setSoTimeout(timeoutMillis);
      return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
      return bounded(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket() throws IOException {
      return bounded(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return bounded(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
      return bounded(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return bounded(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
        throws IOException {
      return bounded(delegate.createSocket(address, port, localAddress, localPort));
    }
  }
}
