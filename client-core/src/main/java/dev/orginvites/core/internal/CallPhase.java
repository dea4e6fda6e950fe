package dev.orginvites.core.internal;

/**
 * How far one HTTP attempt got. It decides whether a failed POST may be sent again (only if it never left)
 * and which timeout a socket timeout was.
 */
final class CallPhase {
  enum Stage { CONNECTING, SENDING, AWAITING_RESPONSE, RECEIVING }

  private volatile Stage stage = Stage.CONNECTING;

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
}
