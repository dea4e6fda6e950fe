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

/** docs/TESTING.md (and the README, for the first test) show the compiled testkit examples verbatim. */
class TestingDocTest {
  private static final Path ROOT = Path.of("..");

  @ParameterizedTest
  @CsvSource({
      "first, FirstSandboxTest.java, docs/TESTING.md",
      "first, FirstSandboxTest.java, README.md",
      "extension, SandboxExtensionExampleTest.java, docs/TESTING.md",
      "sandbox, SandboxInYourTestsExampleTest.java, docs/TESTING.md"})
  void docShowsTheCompiledExample(String name, String file, String doc) throws IOException {
    String source = Files.readString(Path.of("src/test/java/dev/orginvites/examples").resolve(file));
    Matcher region = Pattern.compile(
        "// TESTING.md:" + name + ":start\\n(.*?)\\n\\s*// TESTING.md:" + name + ":end", Pattern.DOTALL)
        .matcher(source);
    assertThat(region.find()).as("marked region in " + file).isTrue();

    assertThat(Files.readString(ROOT.resolve(doc))).contains("```java\n" + dedent(region.group(1)) + "\n```");
  }

  private static String dedent(String block) {
    int indent = block.lines().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return block.lines().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
        .collect(Collectors.joining("\n"));
  }
}
