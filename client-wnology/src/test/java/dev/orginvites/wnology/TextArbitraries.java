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

  /** {@code local@domain}; the domain has no '@' so the last '@' separates the two, as the client checks. */
  static Arbitrary<String> emails() {
    Arbitrary<String> local = text(1, 12);
    Arbitrary<String> domain = text(1, 12).filter(d -> !d.contains("@"));
    return net.jqwik.api.Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
  }

  private static String ofCodePoint(int codePoint) {
    return new String(Character.toChars(codePoint));
  }
}
