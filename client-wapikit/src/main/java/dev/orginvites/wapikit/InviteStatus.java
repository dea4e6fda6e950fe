package dev.orginvites.wapikit;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.orginvites.core.ApiEnum;

/**
 * Where an invite stands: pending until the invited person accepts it. A value WapiKit adds
 * later is read without failing: {@link #isKnown()} is false and {@link #value()} holds the raw string.
 */
public final class InviteStatus extends ApiEnum {
  public static final InviteStatus PENDING = new InviteStatus("Pending", true);
  public static final InviteStatus REDEEMED = new InviteStatus("Redeemed", true);

  private static final Values<InviteStatus> VALUES = 
      new Values<>(value -> new InviteStatus(value, false), PENDING, REDEEMED);

  private InviteStatus(String value, boolean known) {
    super(value, known);
  }

  /** The value named {@code value}: a constant when the spec lists it, otherwise one that keeps the string. */
  @JsonCreator
  public static InviteStatus of(String value) {
    return VALUES.of(value);
  }
}
