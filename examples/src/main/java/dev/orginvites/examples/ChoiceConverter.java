package dev.orginvites.examples;

import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.SortOrder;
import dev.orginvites.wnology.model.InviteRole;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * An option whose values are a generated enum's documented values, named the way users type them (a one-word
 * value in lowercase, any other as the spec spells it) and accepted in any case. The same class is the option's
 * {@code converter} and its {@code completionCandidates}, so help ({@code ${COMPLETION-CANDIDATES}}) and the
 * error for a wrong value list exactly the values that are accepted. The enum's {@code UNKNOWN}, kept for
 * responses the SDK does not know, is never offered or accepted.
 */
abstract class ChoiceConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
  private final Map<String, E> byName = new LinkedHashMap<>();

  ChoiceConverter(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (!constant.name().equals("UNKNOWN")) {
        String value = constant.toString();
        byName.put(value.chars().allMatch(Character::isLetter) ? value.toLowerCase(Locale.ROOT) : value, constant);
      }
    }
  }

  @Override
  public E convert(String value) {
    String typed = value.trim();
    for (Map.Entry<String, E> choice : byName.entrySet()) {
      if (choice.getKey().equalsIgnoreCase(typed)) {
        return choice.getValue();
      }
    }
    throw new CommandLine.TypeConversionException(
        Echo.value(value) + " is not one of " + String.join(", ", byName.keySet()));
  }

  /** The accepted values, as help shows them. */
  @Override
  public Iterator<String> iterator() {
    return List.copyOf(byName.keySet()).iterator();
  }

  /** {@code --sort}. */
  static final class SortOrders extends ChoiceConverter<SortOrder> {
    SortOrders() {
      super(SortOrder.class);
    }
  }

  /** {@code --access-level}. */
  static final class AccessLevels extends ChoiceConverter<AccessLevel> {
    AccessLevels() {
      super(AccessLevel.class);
    }
  }

  /** {@code --role} of the WEGnology organization commands. */
  static final class InviteRoles extends ChoiceConverter<InviteRole> {
    InviteRoles() {
      super(InviteRole.class);
    }
  }
}
