package dev.orginvites.core;

/** Which limit a timed-out call hit. Each is set on the client builder. */
public enum TimeoutKind {
  /** No connection to the service could be made in time. */
  CONNECT,
  /**
   * The request body could not be written in time. A request without a body is only headers, which a fresh
   * connection always takes at once; a stall there shows as {@link #READ}.
   */
  WRITE,
  /** The response did not arrive, or stopped arriving, in time. */
  READ,
  /** The whole call, retries and waits included, ran past its deadline. */
  CALL
}
