package dev.orginvites.core.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.MockWebServer;

/** MockWebServers for tests, shared by every module's tests through the test-support module. */
public final class TestServers {
  private TestServers() {}

  /**
   * A started server whose sockets send at once. MockWebServer writes headers and body separately; with
   * Nagle's algorithm on, the body then waits for the client's delayed ACK, some 40 ms on every reused
   * connection, which would make the fault matrix ten times slower without testing anything more.
   */
  public static MockWebServer start() throws IOException {
    MockWebServer server = noDelay();
    server.start();
    return server;
  }

  /** {@link #start()}, not started yet: for a test that starts the server itself. */
  public static MockWebServer noDelay() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    return server;
  }

  private static final class NoDelayServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }
}
