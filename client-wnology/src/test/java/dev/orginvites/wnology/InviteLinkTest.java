package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InviteLinkTest {
  private static final String EMAIL = "new.user+demo@example.com";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "https://app.wnology.io/invites?token=abc123&email=new.user+demo@example.com",
      "https://app.wnology.io/invites?token=abc123&email=new.user%2Bdemo%40example.com",
      "https://app.wnology.io/invites?token=abc123&email=new.user%2bdemo%40example.com",
      "https://app.wnology.io/invites?email=new.user+demo@example.com&token=abc123",
      "https://app.wnology.io/invites?utm_source=mail&token=abc123&lang=en&email=new.user%2Bdemo@example.com",
      "https://app.wnology.io/#/invites?token=abc123&email=new.user+demo@example.com",
      "https://app.wnology.io/#/invites?email=new.user%2Bdemo%40example.com&token=abc123",
      "https://app.wnology.io/?ref=x#/invites?token=abc123&email=new.user+demo@example.com",
      "  https://app.wnology.io/invites?token=abc123&email=new.user+demo@example.com  ",
  })
  void readsTokenAndEmailWhereverTheLinkPutsThem(String url) {
    InviteLink link = InviteLink.parse(url);

    assertThat(link.token()).isEqualTo("abc123");
    // A literal '+' is a plus, as in a plus-addressed email, not a form-encoded space.
    assertThat(link.email()).isEqualTo(EMAIL);
    assertThat(link).isEqualTo(InviteLink.of("abc123", EMAIL));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "%2541 | %41",
      "%252B | %2B",
      "a%20b | a b",
      "a+b | a+b",
      "a%2Fb%3Dc%26d | a/b=c&d",
      "%3F%23 | ?#",
      "x=y=z | x=y=z",
  })
  void percentEscapesAreDecodedExactlyOnce(String rawToken, String expected) {
    InviteLink link = InviteLink.parse("https://app.example/invites?token=" + rawToken + "&email=a@b.example");

    assertThat(link.token()).isEqualTo(expected);
  }

  @Test
  void decodesNonAsciiAsUtf8() {
    InviteLink escaped = InviteLink.parse(
        "https://app.example/i?token=t%C3%B6k%F0%9F%98%80&email=j%C3%BCrgen%40m%C3%BCller.example");
    InviteLink raw = InviteLink.parse("https://app.example/i?token=t\u00f6k\ud83d\ude00&email=j\u00fcrgen@m\u00fcller.example");
    InviteLink mixed = InviteLink.parse("https://app.example/i?token=t\u00f6k%F0%9F%98%80&email=j\u00fcrgen%40m\u00fcller.example");

    assertThat(escaped.token()).isEqualTo("t\u00f6k\ud83d\ude00");
    assertThat(escaped.email()).isEqualTo("j\u00fcrgen@m\u00fcller.example");
    assertThat(raw).isEqualTo(escaped);
    assertThat(mixed).isEqualTo(escaped);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "https://app.example/invites?email=a@b.example | token",
      "https://app.example/invites?token=&email=a@b.example | token",
      "https://app.example/invites?token=%20%20&email=a@b.example | token",
      "https://app.example/invites?tokens=abc&email=a@b.example | token",
      "https://app.example/invites?token=abc | email",
      "https://app.example/invites?token=abc&email= | email",
      "https://app.example/#/invites | token",
      "https://app.example/ | token",
  })
  void missingTokenOrEmailIsNamed(String url, String missing) {
    assertThatThrownBy(() -> InviteLink.parse(url))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + missing + "'");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "https://app.example/i?token=secret%2&email=a@b.example",
      "https://app.example/i?token=secret%&email=a@b.example",
      "https://app.example/i?token=secret%zz&email=a@b.example",
      "https://app.example/i?token=secret%C3%28&email=a@b.example",
      "https://app.example/i?token=secret%FF&email=a@b.example",
  })
  void malformedOrNonUtf8EscapeInTheTokenIsRejectedWithoutShowingIt(String url) {
    assertThatThrownBy(() -> InviteLink.parse(url))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token")
        .hasMessageNotContaining("secret");
  }

  @Test
  void malformedEscapeInTheEmailIsNamed() {
    assertThatThrownBy(() -> InviteLink.parse("https://app.example/i?token=abc&email=a%4@b.example"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email");
  }

  @Test
  void valuesAreCheckedLikeTheClientChecksThem() {
    assertThatThrownBy(() -> InviteLink.parse("https://app.example/i?token=abc&email=no-at-sign"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email must be an email address");
    assertThatThrownBy(() -> InviteLink.parse("https://app.example/i?token=secret%0Aabc&email=a@b.example"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token must not contain control characters")
        .hasMessageNotContaining("secret");
  }

  @Test
  void notAUrlIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> InviteLink.parse("https://app.example/i?token=sec ret&email=a@b.example"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("url")
        .hasMessageNotContaining("sec");
    assertThatThrownBy(() -> InviteLink.parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessageContaining("url");
  }

  @Test
  void toStringShowsTheEmailButNeverTheToken() {
    InviteLink link = InviteLink.parse("https://app.example/i?token=very-secret-token&email=" + EMAIL);

    assertThat(link.toString()).contains(EMAIL).contains("***").doesNotContain("very-secret-token");
  }

  @Test
  void equalsAndHashCodeFollowTokenAndEmail() {
    InviteLink link = InviteLink.of("abc123", EMAIL);
    InviteLink same = InviteLink.parse("https://app.example/i?email=new.user%2Bdemo%40example.com&token=abc123");
    InviteLink otherToken = InviteLink.of("abc124", EMAIL);
    InviteLink otherEmail = InviteLink.of("abc123", "new.user@example.com");

    assertThat(link).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(link).isEqualTo(link);
    assertThat(link).isNotEqualTo(otherToken).isNotEqualTo(otherEmail).isNotEqualTo(null)
        .isNotEqualTo("abc123");
    assertThat(otherToken).isNotEqualTo(link);
  }
}
