package dev.orginvites.examples;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code --rate-limit N/W}: N calls per fixed window of W, e.g. {@code 60/5s}. */
final class RateLimit {
  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,7})\\s*/\\s*(\\S+)\\s*");

  final int calls;
  final Duration window;

  private RateLimit(int calls, Duration window) {
    this.calls = calls;
    this.window = window;
  }

  @Override
  public String toString() {
    return calls + " calls per " + window.toMillis() + " ms";
  }

  /** Reads {@code N/W}: N at least 1, W a duration such as {@code 5s} or {@code 1m}. */
  static final class Converter implements CommandLine.ITypeConverter<RateLimit> {
    @Override
    public RateLimit convert(String value) {
      Matcher match = FORM.matcher(value);
      if (!match.matches() || Integer.parseInt(match.group(1)) < 1) {
        throw new CommandLine.TypeConversionException(
            Echo.value(value) + " is not CALLS/WINDOW (for example 60/5s: 60 calls per 5 seconds)");
      }
      return new RateLimit(Integer.parseInt(match.group(1)), new DurationConverter().convert(match.group(2)));
    }
  }
}
