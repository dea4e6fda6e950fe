package dev.orginvites.examples;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Reads a value of a generated enum from the command line: any value the spec lists, in any case. Anything else,
 * including the enum's {@code UNKNOWN}, is refused as a usage error before anything is sent.
 */
abstract class KnownValueConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
  private final String what;
  private final Function<String, E> fromValue;
  private final List<E> documented;

  /**
   * @param what what a value is, for the message: "an access level"
   * @param type the generated enum
   * @param fromValue its tolerant {@code fromValue}
   */
  KnownValueConverter(String what, Class<E> type, Function<String, E> fromValue) {
    this.what = what;
    this.fromValue = fromValue;
    this.documented = Arrays.stream(type.getEnumConstants())
        .filter(constant -> !constant.name().equals("UNKNOWN"))
        .collect(Collectors.toList());
  }

  @Override
  public E convert(String value) {
    E parsed = fromValue.apply(value);
    if (parsed == null || !documented.contains(parsed)) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not " + what + "; use " + choices());
    }
    return parsed;
  }

  private String choices() {
    List<String> values = documented.stream().map(Object::toString).collect(Collectors.toList());
    int last = values.size() - 1;
    return last <= 0 ? String.join("", values) : String.join(", ", values.subList(0, last)) + " or " + values.get(last);
  }
}
