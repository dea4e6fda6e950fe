package dev.orginvites.wapikit;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.orginvites.core.ApiEnum;
import java.util.Map;
import java.util.Objects;

/**
 * Where an invite stands: pending until the invited person accepts it. A value WapiKit adds later is read without failing: {@link #isKnown()} is false and
 * {@link #value()} holds the raw string.
 */
public final class InviteStatus extends ApiEnum {
  public static final InviteStatus PENDING = new InviteStatus("Pending");
  public static final InviteStatus REDEEMED = new InviteStatus("Redeemed");

  private static final Map<String, InviteStatus> KNOWN = index(PENDING, REDEEMED);

  private InviteStatus(String value) {
    super(value);
  }

  /** The value named {@code value}: a constant when the spec lists it, otherwise one that keeps the string. */
  @JsonCreator
  public static InviteStatus of(String value) {
    Objects.requireNonNull(value, "value must not be null");
    InviteStatus known = KNOWN.get(value);
    return known != null ? known : new InviteStatus(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}
