package dev.orginvites.core.internal;

/**
 * How far one HTTP attempt got, and what it must keep secret. The stage decides whether a failed POST may be
 * sent again (only if it never left) and which timeout a socket timeout was; the secrets are masked from this
 * attempt's log lines.
 */
final class CallPhase {
  enum Stage { CONNECTING, SENDING, AWAITING_RESPONSE, RECEIVING }

  private static final String[] NONE = {};

  private volatile Stage stage = Stage.CONNECTING;
  private volatile int statusCode;
  private volatile boolean sendFailed;
  private volatile boolean reusedHttp1Connection;
  private volatile boolean staleConnection;
  private volatile boolean handshaking;
  private volatile String[] secrets = NONE;
  /** The secrets' masks, worked out when a log line first needs them. */
  private volatile Redactor.Masks masks;

  Stage stage() {
    return stage;
  }

  void advance(Stage next) {
    if (next.ordinal() > stage.ordinal()) {
      stage = next;
    }
  }

  boolean requestMayHaveBeenSent() {
    return stage != Stage.CONNECTING;
  }

  /** Whether writing the request failed: a socket timeout then was a write timeout, whatever the stage. */
  boolean hasSendFailed() {
    return sendFailed;
  }

  void sendFailed() {
    sendFailed = true;
  }

  /** Whether the attempt runs on an HTTP/1 connection that an earlier call used (taken from the pool). */
  boolean reusedHttp1Connection() {
    return reusedHttp1Connection;
  }

  /** Records that the attempt took its connection from the pool; {@code http1} unless it is HTTP/2. */
  void reusedConnection(boolean http1) {
    reusedHttp1Connection = http1;
  }

  /** Whether the pre-use probe found the pooled connection closed by the server (nothing was written). */
  boolean isStaleConnection() {
    return staleConnection;
  }

  void staleConnection() {
    staleConnection = true;
  }

  /** Whether a TLS handshake started and has not finished: a failure now is the handshake's. */
  boolean isHandshaking() {
    return handshaking;
  }

  void handshaking(boolean inProgress) {
    handshaking = inProgress;
  }

  /** The status of the response whose headers arrived, 0 before that. */
  int statusCode() {
    return statusCode;
  }

  void statusCode(int statusCode) {
    this.statusCode = statusCode;
  }

  Redactor.Masks masks() {
    Redactor.Masks computed = masks;
    if (computed == null) {
      computed = Redactor.masks(secrets);
      masks = computed;
    }
    return computed;
  }

  /** Keeps {@code secrets} as they are: the {@link ApiCaller} hands over an array it never changes. */
  void secrets(String[] secrets) {
    this.secrets = secrets;
    this.masks = null;
  }
}
