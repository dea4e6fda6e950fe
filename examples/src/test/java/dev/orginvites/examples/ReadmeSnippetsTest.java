package dev.orginvites.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's quick starts are the compiled quickstart classes' marked regions, verbatim. */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");

  @ParameterizedTest
  @CsvSource({"wnology, WnologyQuickStart.java", "wnology-org, WnologyOrgQuickStart.java",
      "wapikit, WapikitQuickStart.java", "enums, EnumsQuickStart.java", "bulk, BulkQuickStart.java",
      "failures, FailuresQuickStart.java"})
  void readmeShowsTheCompiledQuickStart(String name, String file) throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/dev/orginvites/examples/quickstart").resolve(file));
    Matcher region = Pattern.compile(
        "// README:" + name + ":start\\n(.*?)\\n\\s*// README:" + name + ":end", Pattern.DOTALL).matcher(source);
    assertThat(region.find()).as("marked region in " + file).isTrue();
    String snippet = dedent(region.group(1));

    String readme = Files.readString(ROOT.resolve("README.md"));

    assertThat(readme).contains("```java\n" + snippet + "\n```");
  }

  private static String dedent(String block) {
    int indent = block.lines().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return block.lines().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
        .collect(Collectors.joining("\n"));
  }
}
