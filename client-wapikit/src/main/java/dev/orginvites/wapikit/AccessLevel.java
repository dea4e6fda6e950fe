package dev.orginvites.wapikit;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.orginvites.core.ApiEnum;
import java.util.Map;
import java.util.Objects;

/**
 * The access an invited member gets in the organization. A value WapiKit adds later is read without failing: {@link #isKnown()} is false and
 * {@link #value()} holds the raw string.
 */
public final class AccessLevel extends ApiEnum {
  public static final AccessLevel OWNER = new AccessLevel("Owner");
  public static final AccessLevel MEMBER = new AccessLevel("Member");

  private static final Map<String, AccessLevel> KNOWN = index(OWNER, MEMBER);

  private AccessLevel(String value) {
    super(value);
  }

  /** The value named {@code value}: a constant when the spec lists it, otherwise one that keeps the string. */
  @JsonCreator
  public static AccessLevel of(String value) {
    Objects.requireNonNull(value, "value must not be null");
    AccessLevel known = KNOWN.get(value);
    return known != null ? known : new AccessLevel(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}
