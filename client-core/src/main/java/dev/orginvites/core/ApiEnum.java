package dev.orginvites.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A string value from a closed list in the spec that the service may still extend. Unlike a Java enum, a value
 * the SDK does not know yet is read without failing and keeps its raw string: {@link #value()} returns it and
 * {@link #isKnown()} is false. Known values are constants of the subclass and compare with {@code equals}.
 */
public abstract class ApiEnum {
  private final String value;

  protected ApiEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The string the service sent or expects, exactly. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Whether this is one of the values the spec lists. */
  public abstract boolean isKnown();

  /** Indexes a subclass's constants by value, for its {@code of(String)} factory. */
  @SafeVarargs
  protected static <E extends ApiEnum> Map<String, E> index(E... constants) {
    Map<String, E> byValue = new LinkedHashMap<>();
    for (E constant : constants) {
      byValue.put(constant.value(), constant);
    }
    return Collections.unmodifiableMap(byValue);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((ApiEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
