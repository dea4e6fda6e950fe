package dev.orginvites.wnology;

import dev.orginvites.core.internal.Args;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The token and email an invite link carries. Links put them in the query of a web-app URL, or in the query
 * part of its fragment ({@code https://app.example/#/invites?token=...}).
 *
 * <p>Parsing decodes percent-escapes exactly once and keeps a literal {@code +} as a plus (plus-addressed
 * emails such as {@code ann+work@example.com} survive), unlike form decoding. {@link #toString()} never shows
 * the token.
 */
public final class InviteLink {
  private final String token;
  private final String email;

  private InviteLink(String token, String email) {
    this.token = token;
    this.email = email;
  }

  /**
   * A link's values given directly, checked as the client checks them.
   *
   * @param token the invite token
   * @param email the invited email address
   * @return the link's values
   * @throws IllegalArgumentException when the token is blank or the email is not a plain address
   */
  public static InviteLink of(String token, String email) {
    return new InviteLink(Args.secret(token, "token"), Args.email(email, "email"));
  }

  /**
   * Reads the token and email of an invite URL.
   *
   * @throws IllegalArgumentException naming what is missing or malformed (never showing the token)
   * @param url the invite URL, as the email carried it
   * @return the token and email
   */
  public static InviteLink parse(String url) {
    Objects.requireNonNull(url, "url must not be null");
    String trimmed = url.trim();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      // getReason() is a fixed phrase ("Malformed escape pair"); getMessage() would echo the URL and its token.
      throw new IllegalArgumentException("url is not a valid URL: " + e.getReason() + " at index " + e.getIndex()
          + parameterAt(trimmed, e.getIndex()));
    }
    String token = null;
    String email = null;
    for (String query : new String[] {uri.getRawQuery(), queryOfFragment(uri.getRawFragment())}) {
      if (query == null) {
        continue;
      }
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), "parameter name");
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        if (token == null && name.equals("token")) {
          token = decode(value, "token");
        } else if (email == null && name.equals("email")) {
          email = decode(value, "email");
        }
      }
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("url has no 'token' query parameter");
    }
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("url has no 'email' query parameter");
    }
    return of(token, email);
  }

  /**
   * The invite token.
   *
   * @return the token; a secret, never shown in messages
   */
  public String token() {
    return token;
  }

  /**
   * The invited email address, decoded.
   *
   * @return the email address
   */
  public String email() {
    return email;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InviteLink
        && ((InviteLink) other).token.equals(token)
        && ((InviteLink) other).email.equals(email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, email);
  }

  @Override
  public String toString() {
    return "InviteLink{email=" + email + ", token=***}";
  }

  /** " in the 'token' parameter" when {@code index} falls in the token's or email's value, else "". */
  private static String parameterAt(String url, int index) {
    if (index <= 0 || index > url.length()) {
      return "";
    }
    int start = Math.max(url.lastIndexOf('&', index - 1),
        Math.max(url.lastIndexOf('?', index - 1), url.lastIndexOf('#', index - 1))) + 1;
    int eq = url.indexOf('=', start);
    if (start == 0 || eq < 0 || eq >= index) {
      return "";
    }
    String name = url.substring(start, eq);
    return name.equals("token") || name.equals("email") ? " in the '" + name + "' parameter" : "";
  }

  private static String queryOfFragment(String fragment) {
    if (fragment == null) {
      return null;
    }
    int question = fragment.indexOf('?');
    return question < 0 ? null : fragment.substring(question + 1);
  }

  /** Percent-decodes once, as UTF-8; '+' stays '+'. */
  private static String decode(String raw, String what) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("url has a malformed percent-escape in the " + what);
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(utf8, 0, utf8.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("url's " + what + " is not valid UTF-8 after percent-decoding");
    }
  }
}
