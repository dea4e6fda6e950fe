package dev.orginvites.core.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;

/**
 * The rule for connections that a server closed while they sat in the pool, in one place (docs/RELIABILITY.md,
 * "Stale pooled connections").
 *
 * <p>Servers and proxies close idle keep-alive connections after 1 to 75 s; OkHttp keeps them for 5 minutes and,
 * with its own retries switched off (they would re-send a POST blindly), the first call after a quiet minute
 * would fail on a dead socket. Two defences:
 *
 * <ol>
 *   <li><b>Before use</b> ({@link #probe}): an HTTP/1 connection taken from the pool after at least
 *       {@link #PROBE_AFTER_IDLE_NANOS} of idleness is checked with a 1 ms read. End of stream, a reset, or bytes
 *       nobody asked for mean the server is done with it: the socket is closed and the attempt fails with a
 *       {@link StaleConnectionException} before a single byte of the request is written.
 *   <li><b>After the fact</b> ({@link #notReceived}): a failure that proves the server did not take the request
 *       (the list is on that method) is retried at once on another connection.
 * </ol>
 *
 * <p>Either way the caller sees one call that succeeds; the retry costs no attempt of the {@code RetryPolicy} and
 * no backoff, because nothing reached the server.
 */
final class StaleConnections {
  /**
   * Connections idle at least this long are probed. Well below the shortest keep-alive timeout of common servers
   * (1 s), so that a server that closed on time is always caught before use; and long enough that a busy client,
   * whose connections are idle for microseconds, never pays the probe's millisecond.
   */
  static final long PROBE_AFTER_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  /**
   * How many times one call may move on to another connection. Each move closes a dead pooled connection or
   * ends on a fresh one, so a call moves on at most as often as the pool holds connections; this bounds a server
   * that misbehaves in a way no pool explains.
   */
  static final int MAX_MOVES = 64;

  /** When each pooled connection was last released by a call; weak, so closed connections are forgotten. */
  private final Map<Connection, Long> releasedAt = new WeakHashMap<>();

  /** Called by the event listener when a call gives its connection back. */
  void released(Connection connection) {
    long now = System.nanoTime();
    synchronized (releasedAt) {
      releasedAt.put(connection, now);
    }
  }

  /**
   * Probes the connection of the attempt {@code chain} carries before its request is written, when the
   * connection comes from the pool; records on the attempt's phase that its connection was reused (which the
   * after-the-fact rule needs).
   *
   * @throws StaleConnectionException when the server has closed the pooled connection (it is closed here too)
   */
  void checkBeforeUse(Interceptor.Chain chain, CallPhases phases) throws StaleConnectionException {
    Connection connection = chain.connection();
    if (connection == null) {
      return;
    }
    Long idleSince;
    synchronized (releasedAt) {
      idleSince = releasedAt.remove(connection);
    }
    if (idleSince == null) {
      return; // a fresh connection
    }
    CallPhase phase = phases.of(chain);
    boolean http1 = isHttp1(connection.protocol());
    if (phase != null) {
      phase.reusedConnection(http1);
    }
    if (http1 && System.nanoTime() - idleSince >= PROBE_AFTER_IDLE_NANOS && peerIsDone(connection.socket())) {
      closeQuietly(connection.socket());
      if (phase != null) {
        phase.staleConnection();
      }
      throw new StaleConnectionException();
    }
  }

  /**
   * Whether {@code failure} of an attempt proves that the server did not receive (or did not act on) the
   * request, so that it may be sent again whatever its method:
   *
   * <ul>
   *   <li>the probe found the pooled connection closed, and nothing was written;
   *   <li>on an HTTP/1 connection reused from the pool, writing the request failed (the server had closed the
   *       connection, so it cannot have read the whole request);
   *   <li>on an HTTP/1 connection reused from the pool, the request was written and the connection then ended or
   *       was reset before the status line and headers of a response arrived: the server closed a connection it
   *       considered idle as the request reached it;
   *   <li>on HTTP/2, the stream was refused ({@code REFUSED_STREAM}) or the connection was shut down before the
   *       stream was opened: HTTP/2 guarantees that such a request was not processed.
   * </ul>
   *
   * A timeout, a cancellation, any failure on a fresh connection and any failure after response headers arrived
   * is not on the list: there the server may have acted on the request.
   */
  static boolean notReceived(CallPhase phase, IOException failure, boolean canceled) {
    if (canceled || failure instanceof InterruptedIOException) {
      return false;
    }
    if (phase.isStaleConnection() || failure instanceof StaleConnectionException) {
      return true;
    }
    if (refusedByHttp2(failure)) {
      return true;
    }
    return phase.reusedHttp1Connection()
        && phase.statusCode() == 0
        && phase.stage() != CallPhase.Stage.RECEIVING
        && (has(failure, EOFException.class) || connectionLevel(failure));
  }

  private static boolean refusedByHttp2(IOException failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectionShutdownException) {
        return true;
      }
      if (t instanceof StreamResetException && ((StreamResetException) t).errorCode == ErrorCode.REFUSED_STREAM) {
        return true;
      }
    }
    return false;
  }

  /** A reset, a broken pipe or a closed socket, but not a timeout (which is no proof of anything). */
  private static boolean connectionLevel(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SocketException) {
        return true;
      }
      if (t instanceof SocketTimeoutException) {
        return false;
      }
    }
    return false;
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHttp1(Protocol protocol) {
    return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
  }

  /**
   * A 1 ms read, as OkHttp's own health check does for connections idle over 10 s: an idle HTTP/1 connection
   * has nothing to read, so end of stream or an error means the server closed it, and a byte means it broke the
   * protocol. The connection's buffered source is empty between exchanges, so reading the socket directly
   * takes nothing OkHttp would have read.
   */
  private static boolean peerIsDone(Socket socket) {
    if (socket.isClosed() || socket.isInputShutdown()) {
      return true;
    }
    int previousTimeout;
    try {
      previousTimeout = socket.getSoTimeout();
    } catch (SocketException closed) {
      return true;
    }
    try {
      socket.setSoTimeout(1);
      socket.getInputStream().read();
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    } finally {
      try {
        socket.setSoTimeout(previousTimeout);
      } catch (SocketException closed) {
        // The next read reports it.
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a socket the server already closed; nothing to report.
    }
  }

  /**
   * The probe found a pooled connection that the server had closed; nothing was written. Only the
   * {@link ApiCaller} sees it: the attempt is repeated on another connection.
   */
  static final class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnectionException() {
      super("pooled connection was closed by the server while idle; the request was not written");
    }
  }
}
