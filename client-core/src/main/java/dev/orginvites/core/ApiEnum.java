package dev.orginvites.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A string value from a closed list in the spec that the service may still extend. Unlike a Java enum, a value
 * the SDK does not know yet is read without failing and keeps its raw string: {@link #value()} returns it and
 * {@link #isKnown()} is false. Known values are constants of the subclass and compare with {@code equals}.
 */
public abstract class ApiEnum {
  private final String value;
  private final boolean known;

  /** {@code known} is true for the subclass's constants, false for values read from the service. */
  protected ApiEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The string the service sent or expects, exactly. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Whether this is one of the values the spec lists. */
  public final boolean isKnown() {
    return known;
  }

  /**
   * A subclass's constants by value, and how to make a value they do not include; backs the subclass's
   * {@code of(String)} factory.
   */
  protected static final class Values<E extends ApiEnum> {
    private final Map<String, E> known;
    private final Function<String, E> unknown;

    @SafeVarargs
    public Values(Function<String, E> unknown, E... constants) {
      Map<String, E> byValue = new LinkedHashMap<>();
      for (E constant : constants) {
        byValue.put(constant.value(), constant);
      }
      this.known = Collections.unmodifiableMap(byValue);
      this.unknown = unknown;
    }

    /** The constant named {@code value}, or a new value that keeps the string. */
    public E of(String value) {
      Objects.requireNonNull(value, "value must not be null");
      E constant = known.get(value);
      return constant != null ? constant : unknown.apply(value);
    }
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
