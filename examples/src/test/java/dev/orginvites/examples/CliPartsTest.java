package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorDetails;
import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.ServerErrorException;
import dev.orginvites.core.TimeoutKind;
import dev.orginvites.core.TransportException;
import dev.orginvites.core.UnexpectedStatusException;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.SortOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The CLI's small parts: exit-code mapping, --timeout parsing, CSV reading. */
class CliPartsTest {

  private static ErrorDetails status(int code) {
    return ErrorDetails.builder("GET", "/x").statusCode(code).build();
  }

  @Test
  void everyFailureMapsToItsDocumentedExitCode() {
    assertThat(ExitCodes.of(new UsageException("x"))).isEqualTo(2);
    assertThat(ExitCodes.of(new IllegalArgumentException("x"))).isEqualTo(2);
    assertThat(ExitCodes.of(new NullPointerException("x"))).isEqualTo(2);
    assertThat(ExitCodes.of(new InviteNotFoundException(status(404)))).isEqualTo(3);
    assertThat(ExitCodes.of(new InviteExpiredException(status(410)))).isEqualTo(4);
    assertThat(ExitCodes.of(new BadRequestException(status(400)))).isEqualTo(5);
    assertThat(ExitCodes.of(new RateLimitedException(status(429)))).isEqualTo(5);
    assertThat(ExitCodes.of(new UnexpectedStatusException(status(418)))).isEqualTo(5);
    assertThat(ExitCodes.of(new ServerErrorException(status(503)))).isEqualTo(6);
    assertThat(ExitCodes.of(new MalformedResponseException(status(200), "not JSON", null))).isEqualTo(6);
    assertThat(ExitCodes.of(new TransportException(status(0), TimeoutKind.READ, true, null))).isEqualTo(7);
    assertThat(ExitCodes.of(new UnexpectedStatusException(status(302)))).isEqualTo(1);
    assertThat(ExitCodes.of(new IllegalStateException("bug"))).isEqualTo(1);
  }

  @Test
  void describedFailuresAreOneLine() {
    assertThat(ExitCodes.describe(new IllegalStateException("first\nsecond"))).isEqualTo("first");
    assertThat(ExitCodes.describe(new IllegalArgumentException("slug must not be blank")))
        .isEqualTo("invalid input: slug must not be blank");
    assertThat(ExitCodes.describe(new NullPointerException())).isEqualTo("invalid input: NullPointerException");
  }

  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "5s, PT5S", "2m, PT2M", "1h, PT1H", "PT3S, PT3S", " 10S , PT10S"})
  void timeoutsReadShortAndIsoForms(String text, String expected) {
    assertThat(new DurationConverter().convert(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"soon", "5 s", "0s", "-5s", "PT-1S", "5d"})
  void timeoutsRefuseAnythingElse(String text) {
    assertThatThrownBy(() -> new DurationConverter().convert(text))
        .isInstanceOf(CommandLine.TypeConversionException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "127.0.0.1:8080                     | 127.0.0.1:8080",
        "http://127.0.0.1:8080/wnology      | http://127.0.0.1:8080/wnology",
        "http://ann:pw@host/x               | http://***@host/x",
        "https://key@host                   | https://***@host",
        "ann:pw@127.0.0.1:8080/x            | ***@127.0.0.1:8080/x",
        "http://ann:p/w@d@host/x            | http://***@host/x",
        "http://host/x?key=secret#frag      | http://host/x?***",
        "http://host/x#frag                 | http://host/x#***",
        "http://ann:pw@host?key=secret      | http://***@host?***"
      })
  void echoedUrlsHideUserInfoQueryAndFragment(String url, String shown) {
    assertThat(Echo.maskUrl(url)).isEqualTo(shown);
  }

  @Test
  void echoedValuesArePrintableAndBounded() {
    assertThat(Echo.value("up")).isEqualTo("'up'");
    assertThat(Echo.value("a\u001b[31mb\n")).isEqualTo("'a?[31mb?'");
    assertThat(Echo.value("x".repeat(150))).isEqualTo("'" + "x".repeat(100) + "...'");
  }

  @ParameterizedTest
  @CsvSource({"gte, get, 1", "tokn, token, 1", "lst, list, 1", "sandbx, sandbox, 1", "kitten, sitting, 3", "ab, ab, 0"})
  void editDistanceCountsTyposAndSwaps(String typed, String known, int distance) {
    assertThat(UsageErrors.distance(typed, known)).isEqualTo(distance);
  }

  @Test
  void suggestionsAreCloseNamesOnly() {
    List<String> options = List.of("--token", "--email", "--link", "--base-url", "--timeout", "-h", "--help");

    assertThat(UsageErrors.closest("--tokn", options, List.of())).containsExactly("--token");
    assertThat(UsageErrors.closest("--emial", options, List.of())).containsExactly("--email");
    assertThat(UsageErrors.closest("--base", options, List.of())).containsExactly("--base-url");
    assertThat(UsageErrors.closest("-x", options, List.of())).isEmpty();
    assertThat(UsageErrors.closest("--zzzz", options, List.of())).isEmpty();
    assertThat(UsageErrors.closest("--t", options, List.of("--token", "--timeout")))
        .containsExactly("--token", "--timeout");
  }

  @ParameterizedTest
  @CsvSource({"asc, ASC", "DESC, DESC", " Desc , DESC"})
  void sortOrdersInAnyCase(String text, SortOrder expected) {
    assertThat(new ChoiceConverter.SortOrders().convert(text)).isEqualTo(expected);
  }

  @Test
  void accessLevelsInAnyCaseAndNothingElse() {
    ChoiceConverter.AccessLevels levels = new ChoiceConverter.AccessLevels();

    assertThat(levels.convert("OWNER")).isEqualTo(AccessLevel.OWNER);
    assertThat(levels.convert("member")).isEqualTo(AccessLevel.MEMBER);
    assertThat(levels).containsExactly("owner", "member");
    assertThatThrownBy(() -> levels.convert("Unknown"))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("'Unknown' is not one of owner, member");
  }

  @ParameterizedTest
  @CsvSource({"http://127.0.0.1:8080/x, false", "http://localhost/x, false", "http://[::1]:80/x, false",
      "https://api.example.com/api, false", "http://api.example.com/api, true", "http://10.0.0.1/api, true"})
  void plainHttpIsOnlyForThisMachine(String url, boolean refused) {
    assertThat(BaseUrlConverter.plainHttpToAnotherHost(url)).isEqualTo(refused);
  }

  @Test
  void csvKeepsTheFirstColumnOnceAndSkipsHeaderCommentsAndBlanks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("people.csv");
    Files.writeString(
        file,
        "\uFEFFEmail,Name\n"
            + "ann@example.com,Ann\n"
            + "\n"
            + "# not this one\n"
            + "  \"bob@example.com\" , Bob\n"
            + "ANN@example.com\n"
            + "carol@example.com");

    assertThat(CsvEmails.read(file)).containsExactly("ann@example.com", "bob@example.com", "carol@example.com");
  }

  @Test
  void unreadableCsvIsAUsageError(@TempDir Path dir) {
    assertThatThrownBy(() -> CsvEmails.read(dir.resolve("missing.csv")))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--csv: cannot read '")
        .hasMessageEndingWith("missing.csv' (no such file)");
  }

  @ParameterizedTest
  @CsvSource({"Owner, OWNER", "owner, OWNER", "MEMBER, MEMBER", "member, MEMBER"})
  void accessLevelsAreReadInAnyCase(String given, AccessLevel expected) {
    assertThat(new ChoiceConverter.AccessLevels().convert(given)).isSameAs(expected);
  }

  @ParameterizedTest
  @CsvSource({"asc, ASC", "ASC, ASC", "Desc, DESC"})
  void sortOrdersAreReadInAnyCase(String given, SortOrder expected) {
    assertThat(new ChoiceConverter.SortOrders().convert(given)).isSameAs(expected);
  }

  @ParameterizedTest
  @CsvSource({"Admin", "UNKNOWN", "unknown", "''"})
  void anAccessLevelTheSpecDoesNotListIsAUsageError(String given) {
    assertThatThrownBy(() -> new ChoiceConverter.AccessLevels().convert(given))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageEndingWith(" is not one of owner, member");
    assertThat(new ChoiceConverter.AccessLevels()).containsExactly("owner", "member");
  }
}
