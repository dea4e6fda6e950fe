package dev.orginvites.wnology;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Tokens and emails as they may come from an invite link: URL-significant characters, percent signs followed
 * by hex digits, spaces, non-ASCII and supplementary (emoji) characters. Control characters and lone
 * surrogates are left out: the client rejects the first by design and the second cannot be sent as UTF-8.
 */
final class TextArbitraries {
  private TextArbitraries() {}

  /** One code point, or a short sequence that a careless encoder or decoder would change. */
  static Arbitrary<String> piece() {
    Arbitrary<String> urlSignificant = Arbitraries.of(List.of(
        "+", "/", "=", "&", "%", "@", "#", "?", " ", ";", ",", ":", "\"", "'", "\\", "<", ">", "[", "]",
        "{", "}", "|", "^", "`", "~", "!", "$", "*", "(", ")", "%2B", "%41", "%25", "%%", "+%20", "%E2%82%AC"));
    Arbitrary<String> ascii = Arbitraries.integers().between(0x20, 0x7e).map(TextArbitraries::ofCodePoint);
    Arbitrary<String> bmp = Arbitraries.integers().between(0xa0, 0xfffd)
        .filter(cp -> !Character.isSurrogate((char) cp.intValue()))
        .map(TextArbitraries::ofCodePoint);
    Arbitrary<String> emoji = Arbitraries.integers().between(0x1f300, 0x1faff).map(TextArbitraries::ofCodePoint);
    Arbitrary<String> supplementary =
        Arbitraries.integers().between(0x10000, 0x10ffff).map(TextArbitraries::ofCodePoint);
    Arbitrary<String> unicodeSpace = Arbitraries.of("\u00a0", "\u2003", "\u3000", "\u2028");
    return Arbitraries.frequencyOf(
        Tuple.of(4, urlSignificant),
        Tuple.of(6, ascii),
        Tuple.of(2, bmp),
        Tuple.of(1, emoji),
        Tuple.of(1, supplementary),
        Tuple.of(1, unicodeSpace));
  }

  static Arbitrary<String> text(int minPieces, int maxPieces) {
    return piece().list().ofMinSize(minPieces).ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
  }

  /** A token the client accepts: anything but blank. */
  static Arbitrary<String> tokens() {
    return text(1, 24).filter(token -> !token.isBlank());
  }

  /**
   * Strings shaped like {@code local@domain} from any pieces: spaces, several '@', blanks at either end, URL
   * syntax. Most are not email addresses; the client must refuse those before sending anything.
   */
  static Arbitrary<String> wildEmails() {
    Arbitrary<String> local = text(0, 12);
    Arbitrary<String> domain = text(0, 12);
    return net.jqwik.api.Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
  }

  /**
   * Email addresses as people have them: the local part from RFC 5322's atext (letters, digits and
   * {@code !#$%&'*+/=?^_`{|}~-}, URL-significant on purpose), non-ASCII letters and dots between atoms; a domain of
   * letter/digit/hyphen labels, also non-ASCII, ending in a top-level domain.
   */
  static Arbitrary<String> plausibleEmails() {
    Arbitrary<String> atextChar = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.chars().alpha().numeric().map(String::valueOf)),
        Tuple.of(3, Arbitraries.of("!", "#", "$", "%", "&", "'", "*", "+", "/", "=", "?", "^", "_", "`", "{", "|",
            "}", "~", "-")),
        Tuple.of(1, Arbitraries.of("\u00e9", "\u00fc", "\u00df", "\u4f60", "\u0436", "\ud83d\ude00")));
    Arbitrary<String> atom = atextChar.list().ofMinSize(1).ofMaxSize(8).map(chars -> String.join("", chars));
    Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(3).map(atoms -> String.join(".", atoms));
    Arbitrary<String> labelChar = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.chars().alpha().numeric().map(String::valueOf)),
        Tuple.of(1, Arbitraries.of("\u00e4", "\u00f6", "\u4f8b")));
    Arbitrary<String> label = labelChar.list().ofMinSize(1).ofMaxSize(10).map(chars -> String.join("", chars));
    Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
    Arbitrary<String> domain = net.jqwik.api.Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), tld)
        .as((labels, top) -> String.join(".", labels) + "." + top);
    return net.jqwik.api.Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
  }

  /** Plausible and wild emails mixed, so that both what the client accepts and what it refuses are tried. */
  static Arbitrary<String> anyEmails() {
    return Arbitraries.frequencyOf(Tuple.of(2, plausibleEmails()), Tuple.of(1, wildEmails()));
  }

  private static String ofCodePoint(int codePoint) {
    return new String(Character.toChars(codePoint));
  }
}
