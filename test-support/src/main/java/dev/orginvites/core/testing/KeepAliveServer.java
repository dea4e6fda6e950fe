package dev.orginvites.core.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP/1.1 server on loopback that closes idle keep-alive connections, as node (5 s), proxies and load
 * balancers (1 to 75 s) do, which MockWebServer cannot. Each connection waits up to the idle timeout for its
 * next request and then closes with a FIN. It answers every request with 200 and a fixed JSON body, and counts
 * only requests it read completely: what a real service would have acted on.
 *
 * <p>Other ways to end a connection, chosen before the first request: close right after every response, with or
 * without announcing it ({@code Connection: close}); cut the N-th response off after its headers. And for bursts:
 * hold every response until N requests are in, so that N connections are open at once.
 */
public final class KeepAliveServer implements Closeable {
  /** A request the server read completely. */
  public static final class Received {
    public final String method;
    public final String path;
    public final String body;

    Received(String method, String path, String body) {
      this.method = method;
      this.path = path;
      this.body = body;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final ServerSocket serverSocket;
  private final Duration idleTimeout;
  private final String responseBody;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private volatile boolean closeAfterResponse;
  private volatile boolean announceClose;
  private volatile int cutResponseNumber;
  private volatile CountDownLatch hold = new CountDownLatch(0);

  private KeepAliveServer(Duration idleTimeout, String responseBody) throws IOException {
    this.idleTimeout = idleTimeout;
    this.responseBody = responseBody;
    this.serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
    Thread acceptor = new Thread(this::acceptLoop, "keep-alive-server-" + serverSocket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a server whose connections close after {@code idleTimeout} without a request. */
  public static KeepAliveServer start(Duration idleTimeout, String responseBody) throws IOException {
    return new KeepAliveServer(idleTimeout, responseBody);
  }

  /** Closes every connection right after its response; {@code announce} adds {@code Connection: close}. */
  public KeepAliveServer closeAfterEachResponse(boolean announce) {
    this.announceClose = announce;
    this.closeAfterResponse = true;
    return this;
  }

  /** Sends only the headers of the {@code number}-th response (from 1) and closes: the body is cut off. */
  public KeepAliveServer cutResponse(int number) {
    this.cutResponseNumber = number;
    return this;
  }

  /** Holds each response until {@code requests} requests have arrived (at most 10 s). */
  public KeepAliveServer holdUntil(int requests) {
    this.hold = new CountDownLatch(requests);
    return this;
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** How many requests with {@code method} the server read completely. */
  public long count(String method) {
    return received.stream().filter(r -> r.method.equals(method)).count();
  }

  /** How many connections the server accepted. */
  public int connectionsAccepted() {
    return accepted.get();
  }

  /** Waits until the server has closed every connection it accepted (by idleness or by its mode). */
  public void awaitNoOpenConnections(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!open.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(open.size() + " connection(s) still open after " + timeout);
      }
      Thread.sleep(10);
    }
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : open) {
      socket.close();
    }
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException closed) {
        return;
      }
      accepted.incrementAndGet();
      open.add(socket);
      Thread worker = new Thread(() -> serve(socket), "keep-alive-connection");
      worker.setDaemon(true);
      worker.start();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (true) {
        // Waiting for the next request is where a keep-alive connection idles; once it starts, read it whole.
        socket.setSoTimeout((int) idleTimeout.toMillis());
        int first;
        try {
          first = in.read();
        } catch (SocketTimeoutException idle) {
          return;
        }
        if (first < 0) {
          return;
        }
        socket.setSoTimeout(10_000);
        Received request = readRequest(first, in);
        if (request == null) {
          return;
        }
        received.add(request);
        hold.countDown();
        if (!hold.await(10, TimeUnit.SECONDS)) {
          return;
        }
        int number = answered.incrementAndGet();
        byte[] body = responseBody.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
            + (closeAfterResponse && announceClose ? "Connection: close\r\n" : "") + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (number == cutResponseNumber) {
          out.write(body, 0, Math.min(2, body.length));
          out.flush();
          return;
        }
        out.write(body);
        out.flush();
        if (closeAfterResponse) {
          return;
        }
      }
    } catch (IOException | InterruptedException gone) {
      // The client went away or the server is closing: the connection ends either way.
    } finally {
      open.remove(socket);
    }
  }

  private static Received readRequest(int first, InputStream in) throws IOException {
    String requestLine = readLine(first, in);
    if (requestLine == null) {
      return null;
    }
    int contentLength = 0;
    for (String header = readLine(in.read(), in); header != null && !header.isEmpty();
        header = readLine(in.read(), in)) {
      int colon = header.indexOf(':');
      if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        contentLength = Integer.parseInt(header.substring(colon + 1).trim());
      }
    }
    byte[] body = in.readNBytes(contentLength);
    if (body.length < contentLength) {
      return null; // cut off: the request never arrived whole, so no service would act on it
    }
    String[] parts = requestLine.split(" ");
    return new Received(parts[0], parts.length > 1 ? parts[1] : "", new String(body, StandardCharsets.UTF_8));
  }

  /** One CRLF-terminated line starting with the byte {@code first}; null at end of stream. */
  private static String readLine(int first, InputStream in) throws IOException {
    if (first < 0) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = first; b != '\n'; b = in.read()) {
      if (b < 0) {
        return null;
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
