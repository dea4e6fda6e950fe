package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class RedactorTest {
  /** A token with every character class that encodes differently in a query, a path, a form and JSON. */
  private static final String ODD_TOKEN = "a+b/c d~e\"f\\g?h&i=j%k";

  /** A body cut off anywhere (size bound, network) may end in the start of a secret: that start is masked. */
  @ParameterizedTest
  @ValueSource(ints = {3, 5, 10, 19})
  void aCutThatLeavesTheStartOfASecretMasksIt(int kept) {
    String secret = "inv-tok-9f8e7d6c5b4a";
    String cut = "{\"message\":\"token " + secret.substring(0, kept);
    String masked = Redactor.masks(secret).scrubCut(cut);
    assertThat(masked).isEqualTo("{\"message\":\"token ***").doesNotContain(secret.substring(0, kept));
  }

  @Test
  void aCutInsideASecretNamedFieldMasksTheOpenValue() {
    String masked = Redactor.masks().scrubCut("{\"error\":\"x\",\"sessionToken\":\"abc\\\"def");
    assertThat(masked).isEqualTo("{\"error\":\"x\",\"sessionToken\":\"***");
  }

  @Test
  void aWholeTextIsLeftAsScrubLeavesIt() {
    Redactor.Masks masks = Redactor.masks("inv-tok-9f8e7d6c5b4a");
    String text = "{\"message\":\"invite not found\"}";
    assertThat(masks.scrubCut(text)).isEqualTo(masks.scrub(text)).isEqualTo(text);
    assertThat(masks.scrubCut("ends in in")).as("two characters tell nothing").isEqualTo("ends in in");
  }

  @Test
  void urlOfShowsTheWholeUrlWithSecretsMasked() {
    HttpUrl url = HttpUrl.get("http://127.0.0.1:8080/wnology/invites?token=t0k3n-value&email=ann%40example.com");
    assertThat(Redactor.masks("t0k3n-value").urlOf(url))
        .isEqualTo("http://127.0.0.1:8080/wnology/invites?token=***&email=ann%40example.com");
    assertThat(Redactor.masks().urlOf(HttpUrl.get("https://[::1]/x"))).isEqualTo("https://[::1]/x");
  }

  @Test
  void pathOfMasksTheTokenQueryParameter() {
    HttpUrl url = HttpUrl.get("https://api.example/invites?token=t0k3n-value&email=ann%40example.com");
    assertThat(Redactor.pathOf(url)).isEqualTo("/invites?token=***&email=ann%40example.com");
  }

  @Test
  void pathOfMasksEverySecretNamedParameter() {
    HttpUrl url = HttpUrl.get("https://h/x?access_token=1&api_key=2&apiKey=3&client_secret=4&password=5"
        + "&sessionToken=6&page=7");
    assertThat(Redactor.pathOf(url))
        .isEqualTo("/x?access_token=***&api_key=***&apiKey=***&client_secret=***&password=***"
            + "&sessionToken=***&page=7");
  }

  @Test
  void pathOfMasksAKnownSecretWhereverItIs() {
    HttpUrl url = new HttpUrl.Builder().scheme("https").host("h")
        .addPathSegment("invite").addPathSegment(ODD_TOKEN).addPathSegment("accept")
        .addQueryParameter("q", ODD_TOKEN).addQueryParameter("note", "prefix-" + ODD_TOKEN).build();
    assertThat(Redactor.pathOf(url, ODD_TOKEN)).isEqualTo("/invite/***/accept?q=***&note=prefix-***");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"raw", "form", "form with %20", "okhttp query", "okhttp path", "json"})
  void scrubMasksASecretInEveryEncoding(String form) {
    String encoded;
    HttpUrl url = new HttpUrl.Builder().scheme("http").host("h")
        .addPathSegment(ODD_TOKEN).addQueryParameter("q", ODD_TOKEN).build();
    switch (form) {
      case "raw":
        encoded = ODD_TOKEN;
        break;
      case "form":
        encoded = java.net.URLEncoder.encode(ODD_TOKEN, java.nio.charset.StandardCharsets.UTF_8);
        break;
      case "form with %20":
        encoded = java.net.URLEncoder.encode(ODD_TOKEN, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        break;
      case "okhttp query":
        encoded = url.encodedQuery().substring(2);
        break;
      case "okhttp path":
        encoded = url.encodedPathSegments().get(0);
        break;
      default:
        encoded = "a+b/c d~e\\\"f\\\\g?h&i=j%k";
        break;
    }
    String text = "before " + encoded + " after";
    assertThat(Redactor.scrub(text, ODD_TOKEN)).isEqualTo("before *** after");
  }

  @Test
  void scrubMasksEveryOccurrenceOfEverySecret() {
    assertThat(Redactor.scrub("k1=alpha-secret; k2=beta-secret; again alpha-secret", "alpha-secret", "beta-secret"))
        .isEqualTo("k1=***; k2=***; again ***");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"token\":\"abc\"}                           | {\"token\":\"***\"}",
      "{\"token\" : \"a\\\"b\"}                       | {\"token\" : \"***\"}",
      "{\"accessToken\":\"abc\",\"n\":1}              | {\"accessToken\":\"***\",\"n\":1}",
      "{\"sessionToken\":\"abc\"}                    | {\"sessionToken\":\"***\"}",
      "{\"x-access-token\":\"abc\"}                  | {\"x-access-token\":\"***\"}",
      "{\"api_key\":\"abc\",\"apiKey\":\"def\"}        | {\"api_key\":\"***\",\"apiKey\":\"***\"}",
      "{\"client_secret\":\"abc\"}                   | {\"client_secret\":\"***\"}",
      "{\"Authorization\":\"Bearer abc\"}            | {\"Authorization\":\"***\"}",
      "{\"tokenCount\":\"3\",\"email\":\"a@b\"}       | {\"tokenCount\":\"3\",\"email\":\"a@b\"}",
      "GET /invites?token=abc&email=x               | GET /invites?token=***&email=x",
      "GET /x?a=1&access_token=abc#frag             | GET /x?a=1&access_token=***#frag",
      "token=abc&email=x                            | token=***&email=x",
      "Authorization: Bearer eyJhbGciOi.x-y_z       | Authorization: Bearer ***",
      "auth failed for bearer abc123, retry         | auth failed for bearer ***, retry",
      "GET /x?ACCESS_TOKEN=abc                      | GET /x?ACCESS_TOKEN=***",
      "{\"API_KEY\":\"abc\"}                         | {\"API_KEY\":\"***\"}",
      "X-Api-Key=abc&Client_Secret=def             | X-Api-Key=***&Client_Secret=***",
      "BEARER abc                                   | BEARER ***",
      "{\"apiKey\":{\"uniqueId\":\"k1\",\"key\":\"abc\"}}  | {\"apiKey\":{\"uniqueId\":\"k1\",\"key\":\"***\"}}",
      "{\"Key\" : \"abc\"}                           | {\"Key\" : \"***\"}",
      "GET /x?key=abc&page=1                        | GET /x?key=***&page=1",
      "{\"slackWebhookUrl\":\"https://hooks/x\"}      | {\"slackWebhookUrl\":\"***\"}",
      "{\"webhook_url\":\"https://hooks/x\"}          | {\"webhook_url\":\"***\"}",
      "{\"smtpPassword\":\"pw\",\"smtpHost\":\"h\"}   | {\"smtpPassword\":\"***\",\"smtpHost\":\"h\"}",
      "{\"webhookSecret\":\"abc\"}                   | {\"webhookSecret\":\"***\"}",
      "{\"publicKey\":\"a\",\"keyword\":\"b\",\"monkey\":\"c\",\"keys\":\"d\"} | {\"publicKey\":\"a\",\"keyword\":\"b\",\"monkey\":\"c\",\"keys\":\"d\"}",
      "{\"websiteUrl\":\"https://a\",\"logoUrl\":\"https://b\",\"webhookCount\":\"2\"} | {\"websiteUrl\":\"https://a\",\"logoUrl\":\"https://b\",\"webhookCount\":\"2\"}",
      "GET /x?monkey=1&keyword=2                    | GET /x?monkey=1&keyword=2"})
  void maskSecretFieldsMasksByName(String text, String expected) {
    assertThat(Redactor.maskSecretFields(text.trim())).isEqualTo(expected.trim());
  }

  @Test
  void valuesTooShortToBeSecretsAreLeftAlone() {
    assertThat(Redactor.scrub("a b c abc", "abc")).isEqualTo("a b c abc");
    assertThat(Redactor.scrub("abcd", "abcd")).isEqualTo("***");
  }

  @Test
  void nullAndEmptyTextPassThrough() {
    assertThat(Redactor.scrub(null, "secret")).isNull();
    assertThat(Redactor.scrub("", "secret")).isEmpty();
    assertThat(Redactor.scrub("no secrets here", (String) null)).isEqualTo("no secrets here");
  }

  @Test
  void revealsTellsWhetherTextStillShowsASecret() {
    assertThat(Redactor.reveals("has secret-value inside", "secret-value")).isTrue();
    assertThat(Redactor.reveals("nothing to see", "secret-value")).isFalse();
    assertThat(Redactor.reveals(null, "secret-value")).isFalse();
  }

  @Test
  void secretNamesAreRecognisedWhateverTheirCase() {
    for (String name : new String[] {"token", "TOKEN", "access_token", "x-access-token", "sessionToken",
        "apiKey", "API_KEY", "X-Api-Key", "password", "client_secret", "Authorization", "key", "KEY",
        "smtpPassword", "webhookSecret", "slackWebhookUrl", "webhook_url"}) {
      assertThat(Redactor.isSecretName(name)).as(name).isTrue();
    }
    for (String name : new String[] {"email", "page", "per_page", "tokens_left", "orgId", "publicKey", "keyword",
        "monkey", "websiteUrl", "logoUrl", null}) {
      assertThat(Redactor.isSecretName(name)).as(String.valueOf(name)).isFalse();
    }
  }

  /**
   * maskSecretFields skips a regular expression when a cheap check says it cannot match; the result must be the
   * same as running all three on any text.
   */
  @Property(tries = 3000)
  void cheapChecksNeverChangeWhatIsMasked(@ForAll("redactionTexts") String text) {
    String reference = Redactor.SECRET_QUERY.matcher(text).replaceAll("$1***");
    reference = Redactor.SECRET_JSON_FIELD.matcher(reference).replaceAll("$1\"***\"");
    reference = Redactor.BEARER.matcher(reference).replaceAll("$1***");
    assertThat(Redactor.maskSecretFields(text)).isEqualTo(reference);
  }

  /** Texts made of the pieces the expressions look for, in any case and order. */
  @Provide
  Arbitrary<String> redactionTexts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("token", "Token", "TOKEN", "secret", "Password", "api_key", "apiKey", "APIKEY", "Api-Key",
            "authorization", "bearer", "Bearer ", "BEARER  ", "session", "x-", "_", ".", "K", "key", "Key",
            "monkey", "webhookUrl", "Webhook_URL", "webhook"),
        Arbitraries.of("=", ":", "\"", " ", "&", "?", ";", ",", "#", "\\", "\t"),
        Arbitraries.strings().withCharRange('a', 'z').withChars('0', '9', '-').ofMinLength(1).ofMaxLength(6));
    return pieces.list().ofMinSize(1).ofMaxSize(14).map(list -> String.join("", list));
  }
}
