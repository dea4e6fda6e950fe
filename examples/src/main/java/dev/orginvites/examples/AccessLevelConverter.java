package dev.orginvites.examples;

import dev.orginvites.wapikit.AccessLevel;
import picocli.CommandLine;

/** Reads {@code --access-level}: Owner or Member, any case. Other values are refused before sending. */
final class AccessLevelConverter implements CommandLine.ITypeConverter<AccessLevel> {
  @Override
  public AccessLevel convert(String value) {
    if (value.equalsIgnoreCase(AccessLevel.OWNER.value())) {
      return AccessLevel.OWNER;
    }
    if (value.equalsIgnoreCase(AccessLevel.MEMBER.value())) {
      return AccessLevel.MEMBER;
    }
    throw new CommandLine.TypeConversionException("'" + value + "' is not an access level; use Owner or Member");
  }
}
