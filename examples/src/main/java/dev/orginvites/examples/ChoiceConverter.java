package dev.orginvites.examples;

import dev.orginvites.wapikit.AccessLevel;
import dev.orginvites.wapikit.SortOrder;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * An option with a closed list of values, named the way users type them (lowercase) and accepted in any case.
 * The same class is the option's {@code converter} and its {@code completionCandidates}, so help
 * ({@code ${COMPLETION-CANDIDATES}}) and the error for a wrong value list exactly the values that are accepted.
 * The values are listed here on purpose rather than read from the SDK type: a value the SDK keeps for
 * responses it does not know (such as an {@code UNKNOWN} constant) must never be offered or sent.
 */
abstract class ChoiceConverter<T> implements CommandLine.ITypeConverter<T>, Iterable<String> {
  private final Map<String, T> byName = new LinkedHashMap<>();

  @SafeVarargs
  ChoiceConverter(Map.Entry<String, T>... choices) {
    for (Map.Entry<String, T> choice : choices) {
      byName.put(choice.getKey(), choice.getValue());
    }
  }

  @Override
  public T convert(String value) {
    T choice = byName.get(value.trim().toLowerCase(Locale.ROOT));
    if (choice == null) {
      throw new CommandLine.TypeConversionException(
          Echo.value(value) + " is not one of " + String.join(", ", byName.keySet()));
    }
    return choice;
  }

  /** The accepted values, as help shows them. */
  @Override
  public Iterator<String> iterator() {
    return List.copyOf(byName.keySet()).iterator();
  }

  /** {@code --sort}. */
  static final class SortOrders extends ChoiceConverter<SortOrder> {
    SortOrders() {
      super(Map.entry("asc", SortOrder.ASC), Map.entry("desc", SortOrder.DESC));
    }
  }

  /** {@code --access-level}. */
  static final class AccessLevels extends ChoiceConverter<AccessLevel> {
    AccessLevels() {
      super(Map.entry("owner", AccessLevel.OWNER), Map.entry("member", AccessLevel.MEMBER));
    }
  }
}
