package dev.orginvites.examples;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads {@code --timeout}: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, or ISO-8601 such as {@code PT5S};
 * positive and at most a day.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  static final Duration MAX = Duration.ofDays(1);
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    Duration duration = parse(value);
    if (duration.isZero() || duration.isNegative()) {
      throw new CommandLine.TypeConversionException(Echo.value(value) + " is not a positive duration");
    }
    if (duration.compareTo(MAX) > 0) {
      throw new CommandLine.TypeConversionException(Echo.value(value) + " is longer than a day (24h)");
    }
    return duration;
  }

  /** A duration as {@link #convert} reads it, zero allowed (a latency of 0 switches it off). */
  static Duration parseAllowingZero(String value) {
    Duration duration = parse(value);
    if (duration.isNegative() || duration.compareTo(MAX) > 0) {
      throw new CommandLine.TypeConversionException(Echo.value(value) + " is not a duration from 0 to 24h");
    }
    return duration;
  }

  /** {@code --latency}: 0 or more, e.g. {@code 20ms}. */
  static final class ZeroOrMore implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return parseAllowingZero(value);
    }
  }

  private static Duration parse(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Matcher match = SHORT.matcher(text);
    if (match.matches()) {
      long amount = Long.parseLong(match.group(1));
      return switch (match.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    }
    try {
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException notIso) {
      throw new CommandLine.TypeConversionException(
          Echo.value(value) + " is not a duration (for example 500ms, 5s, 2m, 1h or PT5S)");
    }
  }
}
