package dev.orginvites.examples;

import dev.orginvites.wapikit.model.AccessLevel;

/** Reads {@code --access-level}: Owner or Member, any case. Other values are refused before sending. */
final class AccessLevelConverter extends KnownValueConverter<AccessLevel> {
  AccessLevelConverter() {
    super("an access level", AccessLevel.class, AccessLevel::fromValue);
  }
}
