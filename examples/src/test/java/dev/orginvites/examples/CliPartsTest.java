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
        .hasMessageContaining("missing.csv");
  }

  @ParameterizedTest
  @CsvSource({"Owner, OWNER", "owner, OWNER", "MEMBER, MEMBER", "member, MEMBER"})
  void accessLevelsAreReadInAnyCase(String given, AccessLevel expected) {
    assertThat(new AccessLevelConverter().convert(given)).isSameAs(expected);
  }

  @ParameterizedTest
  @CsvSource({"asc, ASC", "ASC, ASC", "Desc, DESC"})
  void sortOrdersAreReadInAnyCase(String given, SortOrder expected) {
    assertThat(new SortOrderConverter().convert(given)).isSameAs(expected);
  }

  @ParameterizedTest
  @CsvSource({"Admin", "UNKNOWN", "unknown", "''"})
  void anAccessLevelTheSpecDoesNotListIsAUsageError(String given) {
    assertThatThrownBy(() -> new AccessLevelConverter().convert(given))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("'" + given + "' is not an access level; use Owner or Member");
  }
}
