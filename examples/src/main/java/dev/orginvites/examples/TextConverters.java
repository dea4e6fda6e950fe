package dev.orginvites.examples;

import dev.orginvites.wnology.InviteLink;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks of the text options, the same the SDK makes before sending, so that a bad value is reported with the
 * option's name. Secret options ({@link SecretValue}) say what is wrong without showing the value.
 */
final class TextConverters {
  private TextConverters() {}

  private static boolean hasControlCharacter(String value) {
    return value.chars().anyMatch(Character::isISOControl);
  }

  private static boolean breaksAPathSegment(int c) {
    return c == '/' || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c);
  }

  /** {@code --email}: text on both sides of an {@code @}. */
  static final class Email implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      int at = value.lastIndexOf('@');
      if (value.isBlank() || hasControlCharacter(value) || at <= 0 || at == value.length() - 1) {
        throw new TypeConversionException(Echo.value(value) + " is not an email address (name@domain)");
      }
      return value;
    }
  }

  /** {@code --slug}: one path segment. */
  static final class Slug implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()
          || value.equals(".")
          || value.equals("..")
          || value.chars().anyMatch(TextConverters::breaksAPathSegment)) {
        throw new TypeConversionException(
            Echo.value(value)
                + " is not a slug (one word from the invite email: no '/', '\\', spaces or control characters)");
      }
      return value;
    }
  }

  /** {@code --token}: not blank, no control characters. Never shown. */
  static final class Token implements CommandLine.ITypeConverter<String>, SecretValue {
    @Override
    public String convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("must not be blank");
      }
      if (hasControlCharacter(value)) {
        throw new TypeConversionException("must not contain control characters (the value is not shown)");
      }
      return value;
    }
  }

  /** {@code --api-key} (and {@code WAPIKIT_API_KEY}): printable ASCII without spaces. Never shown. */
  static final class ApiKey implements CommandLine.ITypeConverter<String>, SecretValue {
    @Override
    public String convert(String value) {
      String problem = problem(value);
      if (problem != null) {
        throw new TypeConversionException(problem);
      }
      return value;
    }

    /** What is wrong with {@code value} as an API key, or null. */
    static String problem(String value) {
      if (value.isBlank()) {
        return "must not be blank";
      }
      if (!value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
        return "must be printable ASCII without spaces (the value is not shown)";
      }
      return null;
    }
  }

  /** {@code --api-token} (and {@code WNOLOGY_API_TOKEN}): printable ASCII without spaces. Never shown. */
  static final class ApiToken implements CommandLine.ITypeConverter<String>, SecretValue {
    @Override
    public String convert(String value) {
      String problem = ApiKey.problem(value);
      if (problem != null) {
        throw new TypeConversionException(problem);
      }
      return value;
    }
  }

  /** {@code --org}, {@code --invite-id}, {@code --user-id}: a WEGnology id, 24 hexadecimal characters. */
  static final class WnologyId implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!value.matches("[0-9A-Fa-f]{24}")) {
        throw new TypeConversionException(
            Echo.value(value) + " is not an id (24 hexadecimal characters, e.g. 5e8f8c1b2a3d4e5f6a7b8c9d)");
      }
      return value;
    }
  }

  /** {@code --link}: an invite link with a token and an email in its query. Never shown: it carries the token. */
  static final class Link implements CommandLine.ITypeConverter<InviteLink>, SecretValue {
    @Override
    public InviteLink convert(String value) {
      try {
        return InviteLink.parse(value);
      } catch (RuntimeException notALink) {
        // The SDK's reason is not repeated: only this CLI's own words go into its messages.
        throw new TypeConversionException(
            "not an invite link with 'token' and 'email' in its query (the link is not shown: it carries"
                + " a token)");
      }
    }
  }
}
