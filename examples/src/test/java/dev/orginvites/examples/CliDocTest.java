package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/CLI.md shows the compiled testkit example verbatim and documents every command. */
class CliDocTest {
  private static final Path DOC = Path.of("..", "docs", "CLI.md");

  @Test
  void testkitSnippetIsTheCompiledExample() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/dev/orginvites/examples/SandboxInYourTestsExampleTest.java"));
    Matcher region =
        Pattern.compile("// CLI.md:testkit:start\\n(.*?)\\n// CLI.md:testkit:end", Pattern.DOTALL).matcher(source);
    assertThat(region.find()).as("marked region in SandboxInYourTestsExampleTest.java").isTrue();

    assertThat(Files.readString(DOC)).contains("```java\n" + region.group(1) + "\n```");
  }

  @Test
  void everyCommandAndExitCodeIsDocumented() throws IOException {
    String doc = Files.readString(DOC);

    assertThat(doc)
        .contains("invites demo", "invites sandbox", "invites wnology get", "invites wnology accept")
        .contains("invites wnology reject", "invites wapikit list", "invites wapikit create")
        .contains("invites wapikit get", "invites wapikit accept", "invites wapikit bulk");
    for (int code = 0; code <= 7; code++) {
      assertThat(doc).contains("| " + code + " |");
    }
  }
}
