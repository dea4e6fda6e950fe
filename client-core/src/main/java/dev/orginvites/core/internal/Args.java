package dev.orginvites.core.internal;

import com.sanctionco.jmail.EmailValidationResult;
import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.JMail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Argument checks run before anything is sent. Each failure names the argument and never echoes a value that
 * may be secret.
 */
public final class Args {
  /** The services' limit on an email's length. */
  static final int MAX_EMAIL_LENGTH = 1024;

  /**
   * Addresses as people type them into an invite form: RFC 5321/5322 syntax with a top-level domain, and none of
   * the legal oddities a service would refuse or read differently (quoted local parts, comments, display names,
   * IP-literal domains, source routes).
   */
  private static final EmailValidator EMAILS = JMail.strictValidator()
      .disallowQuotedIdentifiers()
      .disallowObsoleteWhitespace()
      .withRule(email -> email.comments().isEmpty(), "has a comment")
      .withRule(email -> !email.localPart().startsWith("\""), "has a quoted local part");

  /** The name of the constant every generated enum has for a value the spec does not list. */
  private static final String UNKNOWN = "UNKNOWN";

  private Args() {}

  /** Non-null, not blank, no control characters. The value is never shown: it may be a token. */
  public static String secret(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    requireNoControlCharacters(value, name);
    return value;
  }

  /**
   * An email address as the services take it: not blank, no leading or trailing blanks, no spaces or control
   * characters, exactly one {@code @} with text on both sides, a domain with a top-level domain, at most
   * {@value #MAX_EMAIL_LENGTH} characters, and valid syntax by JMail's strict rules. The message names the
   * argument and the problem.
   */
  public static String email(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(name + " must not start or end with blanks");
    }
    requireNoControlCharacters(value, name);
    if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException(name + " must not contain spaces");
    }
    int at = value.indexOf('@');
    if (at < 0 || value.indexOf('@', at + 1) >= 0) {
      throw new IllegalArgumentException(name + " must be an email address with exactly one '@'");
    }
    if (at == 0) {
      throw new IllegalArgumentException(name + " must have a local part before '@'");
    }
    if (at == value.length() - 1) {
      throw new IllegalArgumentException(name + " must have a domain after '@'");
    }
    if (value.length() > MAX_EMAIL_LENGTH) {
      throw new IllegalArgumentException(name + " must be at most " + MAX_EMAIL_LENGTH + " characters");
    }
    EmailValidationResult result = EMAILS.validate(value);
    if (!result.isSuccess()) {
      String why = String.valueOf(result.getFailureReason()).toLowerCase(Locale.ROOT).replace('_', ' ');
      throw new IllegalArgumentException(name + " must be a valid email address (" + why + ")");
    }
    return value;
  }

  /**
   * A value that becomes exactly one path segment: not blank, not {@code .} or {@code ..}, and free of
   * slashes, backslashes, whitespace and control characters.
   */
  public static String pathSegment(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '.' or '..'");
    }
    requireNoControlCharacters(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\' || Character.isWhitespace(c)) {
        throw new IllegalArgumentException(
            name + " must be a single path segment (no '/', '\\', spaces or control characters)");
      }
    }
    return value;
  }

  /** A value sent in an HTTP header: printable ASCII only, not blank. Never echoed. */
  public static String headerValue(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(name + " must be printable ASCII without spaces or control characters");
      }
    }
    return value;
  }

  /**
   * A required text field of a request body (a name, a label): not null and not blank. The message names the
   * field.
   *
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public static String text(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * A required list whose every element passes {@code check}, which is given the element and its name with its
   * index ({@code permissions[2]}); for example {@code Args.each(permissions, "permissions", Args::known)}.
   *
   * @return a copy of the checked elements, in order
   * @throws NullPointerException when {@code values} is null, or {@code check} throws it for an element
   * @throws IllegalArgumentException when {@code check} throws it for an element
   */
  public static <T> List<T> each(Collection<? extends T> values, String name,
      BiFunction<? super T, String, ? extends T> check) {
    Objects.requireNonNull(values, name + " must not be null");
    List<T> checked = new ArrayList<>(values.size());
    int index = 0;
    for (T value : values) {
      checked.add(check.apply(value, name + "[" + index++ + "]"));
    }
    return checked;
  }

  public static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
    }
    return value;
  }

  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name + " must not be null");
  }

  /**
   * A value of a generated enum that the API documents: not null, and not the enum's {@code UNKNOWN} constant,
   * which stands for a value read from the service that this SDK does not know and has nothing to send.
   *
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is {@code UNKNOWN}
   */
  public static <E extends Enum<E>> E known(E value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    return knownOrNull(value, name);
  }

  /**
   * {@link #known(Enum, String)} for an optional argument: {@code null} (left out) is allowed, {@code UNKNOWN}
   * is not.
   *
   * @throws IllegalArgumentException when {@code value} is {@code UNKNOWN}
   */
  public static <E extends Enum<E>> E knownOrNull(E value, String name) {
    if (value != null && value.name().equals(UNKNOWN)) {
      throw new IllegalArgumentException(
          name + " must be a documented " + value.getDeclaringClass().getSimpleName() + ", not UNKNOWN");
    }
    return value;
  }

  /**
   * Control characters cannot travel in a URL or JSON string unchanged, and an unpaired UTF-16 surrogate has no
   * UTF-8 form: OkHttp would send '?' in its place, i.e. a different value than the caller gave.
   */
  private static void requireNoControlCharacters(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(name + " must not contain control characters");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new IllegalArgumentException(name + " must be valid Unicode (it has an unpaired surrogate)");
        }
        i++;
      }
    }
  }
}
