package dev.orginvites.examples;

import picocli.CommandLine;

/** Reads a whole-number option within a range; one subclass per range, since picocli creates converters by class. */
abstract class WholeNumberConverter implements CommandLine.ITypeConverter<Integer> {
  private final int min;
  private final int max;

  WholeNumberConverter(int min, int max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public Integer convert(String value) {
    int number;
    try {
      number = Integer.parseInt(value.trim());
    } catch (NumberFormatException notANumber) {
      throw refused(value);
    }
    if (number < min || number > max) {
      throw refused(value);
    }
    return number;
  }

  private CommandLine.TypeConversionException refused(String value) {
    String range = max == Integer.MAX_VALUE ? "of " + min + " or more" : "from " + min + " to " + max;
    return new CommandLine.TypeConversionException(Echo.value(value) + " is not a whole number " + range);
  }

  /** {@code --page}, {@code --per-page}: 1 or more. */
  static final class Positive extends WholeNumberConverter {
    Positive() {
      super(1, Integer.MAX_VALUE);
    }
  }

  /** {@code --retries}: 0 to 19, so that the SDK's limit of 20 attempts holds. */
  static final class Retries extends WholeNumberConverter {
    Retries() {
      super(0, 19);
    }
  }

  /** {@code --concurrency}: 1 to 64 invites in flight. */
  static final class Concurrency extends WholeNumberConverter {
    Concurrency() {
      super(1, 64);
    }
  }

  /** {@code --port}: 0 (any free port) to 65535. */
  static final class Port extends WholeNumberConverter {
    Port() {
      super(0, 65_535);
    }
  }
}
