package dev.orginvites.wapikit;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.orginvites.core.ApiEnum;

/**
 * The access an invited member gets in the organization. A value WapiKit adds
 * later is read without failing: {@link #isKnown()} is false and {@link #value()} holds the raw string.
 */
public final class AccessLevel extends ApiEnum {
  public static final AccessLevel OWNER = new AccessLevel("Owner", true);
  public static final AccessLevel MEMBER = new AccessLevel("Member", true);

  private static final Values<AccessLevel> VALUES = 
      new Values<>(value -> new AccessLevel(value, false), OWNER, MEMBER);

  private AccessLevel(String value, boolean known) {
    super(value, known);
  }

  /** The value named {@code value}: a constant when the spec lists it, otherwise one that keeps the string. */
  @JsonCreator
  public static AccessLevel of(String value) {
    return VALUES.of(value);
  }
}
