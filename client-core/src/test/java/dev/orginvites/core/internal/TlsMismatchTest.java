package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.TimeoutKind;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.testing.RecordingSleeper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An {@code https://} URL pointing at a server that does not speak TLS (a plain-http port). The handshake is part
 * of connecting: it fails within the connect timeout, is not retried, and says the server may not speak https.
 * Real loopback sockets: one server that stays silent, as a plain-http server waiting for a request line does,
 * and one that answers at once in plain text.
 */
final class TlsMismatchTest {
  private static final Duration CONNECT = Duration.ofMillis(400);
  /** Far beyond the connect timeout: the handshake must not wait for it. */
  private static final Duration READ = Duration.ofSeconds(30);

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aSilentPlainServerFailsTheHandshakeWithinTheConnectTimeout(boolean async) throws Exception {
    try (PlainServer server = new PlainServer(null)) {
      RecordingSleeper sleeper = new RecordingSleeper();
      long start = System.nanoTime();
      TransportException e = call(server, sleeper, async);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      assertThat(e.timeout()).contains(TimeoutKind.CONNECT);
      assertThat(e.requestSent()).isFalse();
      assertThat(e.reason()).isEqualTo(ErrorReason.TRANSPORT);
      assertThat(e.getMessage()).contains("may not speak https");
      assertThat(server.accepted.get()).as("connections: not retried").isEqualTo(1);
      assertThat(sleeper.waits()).isEmpty();
      // A hang guard well below the read timeout (30 s) that used to bound the handshake.
      assertThat(elapsed).isLessThan(Duration.ofSeconds(10));
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aPlainAnswerToTheClientHelloFailsAtOnceWithoutRetry(boolean async) throws Exception {
    try (PlainServer server = new PlainServer("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")) {
      RecordingSleeper sleeper = new RecordingSleeper();
      TransportException e = call(server, sleeper, async);

      assertThat(e.timeout()).isEmpty();
      assertThat(e.requestSent()).isFalse();
      assertThat(e.getMessage()).contains("TLS handshake failed", "may not speak https");
      assertThat(server.accepted.get()).as("connections: not retried").isEqualTo(1);
      assertThat(sleeper.waits()).isEmpty();
    }
  }

  /** An http:// client never sets up TLS: cleartext is all it may speak. */
  @Test
  void aPlainHttpClientSpeaksCleartextOnly() {
    try (ProbeClient client = ProbeClient.builder().baseUrl("http://127.0.0.1:9/").build()) {
      assertThat(client.okHttpClient().connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
    }
  }

  private static TransportException call(PlainServer server, RecordingSleeper sleeper, boolean async)
      throws Exception {
    try (ProbeClient client = ProbeClient.builder()
        .baseUrl("https://127.0.0.1:" + server.port() + "/")
        .connectTimeout(CONNECT).readTimeout(READ).callTimeout(Duration.ofSeconds(60))
        .retryPolicy(RetryPolicy.defaults()).sleeper(sleeper).build()) {
      if (!async) {
        try {
          client.get();
        } catch (TransportException e) {
          return e;
        }
        throw new AssertionError("no failure");
      }
      try {
        client.getAsync().get(30, TimeUnit.SECONDS);
        throw new AssertionError("no failure");
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(TransportException.class);
        return (TransportException) e.getCause();
      }
    }
  }

  /** Accepts connections and either stays silent or writes {@code answer} and closes. */
  private static final class PlainServer implements AutoCloseable {
    final AtomicInteger accepted = new AtomicInteger();
    private final ServerSocket socket;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    PlainServer(String answer) throws IOException {
      socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
      Thread acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            Socket connection = socket.accept();
            accepted.incrementAndGet();
            open.add(connection);
            if (answer != null) {
              OutputStream out = connection.getOutputStream();
              out.write(answer.getBytes(StandardCharsets.US_ASCII));
              out.flush();
              connection.close();
            }
          } catch (IOException closed) {
            return;
          }
        }
      }, "plain-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket connection : open) {
        connection.close();
      }
    }
  }
}
