package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArgsTest {
  @ParameterizedTest
  @ValueSource(strings = {"ab\ud800cd", "ab\udc00cd", "trailing\ud83d", "\ude00leading"})
  void unpairedSurrogatesAreRefusedBecauseTheyCannotBeSentAsGiven(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.secret(value, "token"))
        .withMessageContaining("token").withMessageContaining("unpaired surrogate")
        .withMessageNotContaining(value);
    assertThatIllegalArgumentException().isThrownBy(() -> Args.email(value + "@example.com", "email"))
        .withMessageContaining("email");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.pathSegment(value, "slug"))
        .withMessageContaining("slug");
  }

  @Test
  void pairedSurrogatesAndOtherUnicodeAreKept() {
    assertThat(Args.secret("tok-\ud83d\ude00-ü", "token")).isEqualTo("tok-\ud83d\ude00-ü");
    assertThat(Args.email("ann+\ud83d\ude00@exämple.com", "email")).isEqualTo("ann+\ud83d\ude00@exämple.com");
    assertThat(Args.pathSegment("slug-\ud83d\ude00", "slug")).isEqualTo("slug-\ud83d\ude00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "a/b", "a\\b", "a b", ".", "..", "a\tb", "a\u0000b"})
  void pathSegmentRefusesWhatWouldNotBeExactlyOneSegment(String slug) {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.pathSegment(slug, "slug"))
        .withMessageStartingWith("slug ");
  }

  @Test
  void nullIsNamed() {
    assertThatNullPointerException().isThrownBy(() -> Args.secret(null, "token")).withMessage("token must not be null");
    assertThatNullPointerException().isThrownBy(() -> Args.email(null, "email")).withMessage("email must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"key with space", "key\u00e9", "key\n", " "})
  void headerValuesMustBePrintableAsciiAndAreNeverEchoed(String key) {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.headerValue(key, "apiKey"))
        .withMessageStartingWith("apiKey ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key.trim().isEmpty() ? "\u0000" : key));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "'a b@example.com'     | must not contain spaces",
      "'ann@example .com'    | must not contain spaces",
      "'ann\u00a0x@example.com' | must not contain spaces",
      "'a@@b.com'            | exactly one '@'",
      "'a@b@c.com'           | exactly one '@'",
      "'ann.example.com'     | exactly one '@'",
      "'@example.com'        | local part before '@'",
      "'ann@'                | domain after '@'",
      "' a@b.com'            | must not start or end with blanks",
      "'a@b.com '            | must not start or end with blanks",
      "'\"a.b\"@example.com' | valid email address",
      "'(c)ann@example.com'  | valid email address",
      "'ann@localhost'       | valid email address",
      "'ann@[127.0.0.1]'     | valid email address",
      "'ann.@example.com'    | valid email address",
      "'a..b@example.com'    | valid email address",
      "'ann@-x.com'          | valid email address",
  })
  void emailsThatWouldNotArriveAsTypedAreRefusedWithTheProblem(String email, String problem) {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.email(email, "email"))
        .withMessageStartingWith("email must").withMessageContaining(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ann@example.com", "ann+work@example.com", "o'brien@example.ie", "a/b=c@example.com",
      "j\u00f6hn@ex\u00e4mple.de", "x@sub.example.co.uk", "a%b@example.com", "ANN@EXAMPLE.COM"})
  void emailsPeopleUseAreKeptExactly(String email) {
    assertThat(Args.email(email, "email")).isEqualTo(email);
  }

  @org.junit.jupiter.api.Test
  void anOverlongEmailIsRefused() {
    String email = "a".repeat(60) + "@" + ("b".repeat(60) + ".").repeat(16) + "com";
    assertThat(email.length()).isGreaterThan(Args.MAX_EMAIL_LENGTH);
    assertThatIllegalArgumentException().isThrownBy(() -> Args.email(email, "email"))
        .withMessageContaining("at most 1024");
  }

  /** Shaped like a generated enum: documented values, then UNKNOWN. */
  enum Shade {
    LIGHT,
    DARK,
    UNKNOWN
  }

  /** An enum that happens to have no UNKNOWN constant. */
  enum Plain {
    ONE
  }

  @Test
  void knownReturnsADocumentedValue() {
    assertThat(Args.known(Shade.DARK, "shade")).isSameAs(Shade.DARK);
    assertThat(Args.knownOrNull(Shade.LIGHT, "shade")).isSameAs(Shade.LIGHT);
    assertThat(Args.known(Plain.ONE, "plain")).isSameAs(Plain.ONE);
  }

  @Test
  void knownRefusesUnknownAndNullNamingTheArgument() {
    assertThatIllegalArgumentException().isThrownBy(() -> Args.known(Shade.UNKNOWN, "shade"))
        .withMessage("shade must be a documented Shade, not UNKNOWN");
    assertThatNullPointerException().isThrownBy(() -> Args.known((Shade) null, "shade"))
        .withMessage("shade must not be null");
  }

  @Test
  void knownOrNullAllowsAnOmittedValueButNotUnknown() {
    assertThat(Args.knownOrNull((Shade) null, "sort")).isNull();
    assertThatIllegalArgumentException().isThrownBy(() -> Args.knownOrNull(Shade.UNKNOWN, "sort"))
        .withMessageStartingWith("sort must be a documented Shade");
  }

  @Test
  void textFieldsMustBeThereAndNotBlank() {
    assertThat(Args.text("Campaign manager", "name")).isEqualTo("Campaign manager");
    assertThatNullPointerException().isThrownBy(() -> Args.text(null, "name")).withMessage("name must not be null");
    assertThatIllegalArgumentException().isThrownBy(() -> Args.text(" \t", "label"))
        .withMessage("label must not be blank");
  }

  @Test
  void eachChecksEveryElementUnderItsIndexAndCopies() {
    java.util.List<String> ids = new java.util.ArrayList<>(java.util.List.of("r1", "r2"));
    java.util.List<String> checked = Args.each(ids, "roleIds", Args::pathSegment);
    ids.add("r3");

    assertThat(checked).containsExactly("r1", "r2");
    assertThat(Args.each(java.util.List.of(), "roleIds", Args::text)).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> Args.each(null, "roleIds", Args::text))
        .withMessage("roleIds must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Args.each(java.util.List.of("r1", " "), "roleIds", Args::text))
        .withMessage("roleIds[1] must not be blank");
    assertThatNullPointerException()
        .isThrownBy(() -> Args.each(java.util.Arrays.asList(Thread.State.NEW, null), "states", Args::known))
        .withMessage("states[1] must not be null");
  }
}
