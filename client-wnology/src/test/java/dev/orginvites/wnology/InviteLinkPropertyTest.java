package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the token and email, a link built by percent-encoding them parses back to exactly them. */
class InviteLinkPropertyTest {
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  // Legal unescaped in a query (RFC 3986) and not a separator for the parser.
  private static final String SAFE_IN_QUERY = "!$'()*+,;:@/?=";

  @Provide
  Arbitrary<String> tokens() {
    return TextArbitraries.tokens();
  }

  @Provide
  Arbitrary<String> emails() {
    return TextArbitraries.plausibleEmails();
  }

  @Property(tries = 2000)
  void percentEncodedLinkParsesBackToTheSameValues(
      @ForAll("tokens") String token,
      @ForAll("emails") String email,
      @ForAll boolean inFragment,
      @ForAll boolean emailFirst,
      @ForAll boolean minimalEncoding) {
    String tokenParam = "token=" + encode(token, minimalEncoding);
    String emailParam = "email=" + encode(email, minimalEncoding);
    String query = emailFirst ? emailParam + "&" + tokenParam : tokenParam + "&" + emailParam;
    String url = inFragment
        ? "https://app.wnology.example/#/invites?" + query
        : "https://app.wnology.example/invites?utm=mail&" + query;

    InviteLink link = InviteLink.parse(url);

    assertThat(link.token()).isEqualTo(token);
    assertThat(link.email()).isEqualTo(email);
    assertThat(link).isEqualTo(InviteLink.of(token, email)).hasSameHashCodeAs(InviteLink.of(token, email));
  }

  /**
   * Percent-encodes as UTF-8 (space as %20, never '+'). With {@code minimal}, leaves unescaped what a URL may
   * carry raw: query-safe ASCII and non-ASCII letters (java.net.URI's "other" characters).
   */
  private static String encode(String value, boolean minimal) {
    StringBuilder out = new StringBuilder();
    value.codePoints().forEach(cp -> {
      boolean keep = cp < 0x80
          ? UNRESERVED.indexOf(cp) >= 0 || (minimal && SAFE_IN_QUERY.indexOf(cp) >= 0)
          : minimal && !Character.isSpaceChar(cp) && !Character.isISOControl(cp);
      if (keep) {
        out.appendCodePoint(cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    });
    return out.toString();
  }
}
