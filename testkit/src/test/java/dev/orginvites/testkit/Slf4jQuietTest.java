package dev.orginvites.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator's SLF4J logging prints nothing, and the testkit forces no provider on a consumer that has one: the
 * rule on its own, and then two fresh JVMs (SLF4J initializes once per JVM), without and with a provider.
 */
class Slf4jQuietTest {
  private static final String SIMPLE_PROVIDER_JAR = System.getProperty("testkit.slf4jSimpleJar");

  @Test
  void withoutAProviderTheNoOpProviderIsSelectedQuietly() {
    Map<String, String> properties = new HashMap<>();

    Map<String, String> set = Slf4jQuiet.apply(name -> false, name -> true, properties::get, properties::put);

    assertThat(set).containsOnly(
        Map.entry("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider"),
        Map.entry("slf4j.internal.verbosity", "WARN"));
    assertThat(properties).isEqualTo(set);
  }

  @Test
  void aProviderOnTheClassPathIsLeftInCharge() {
    Map<String, String> properties = new HashMap<>();

    assertThat(Slf4jQuiet.apply(Slf4jQuiet.PROVIDER_SERVICE::equals, name -> true, properties::get, properties::put))
        .isEmpty();
    assertThat(properties).isEmpty();
  }

  @Test
  void theConsumersOwnChoicesAreKept() {
    Map<String, String> chosen = new HashMap<>(Map.of("slf4j.provider", "com.example.TheirProvider"));
    assertThat(Slf4jQuiet.apply(name -> false, name -> true, chosen::get, chosen::put)).isEmpty();
    assertThat(chosen).containsOnly(Map.entry("slf4j.provider", "com.example.TheirProvider"));

    Map<String, String> verbose = new HashMap<>(Map.of("slf4j.internal.verbosity", "DEBUG"));
    Slf4jQuiet.apply(name -> false, name -> true, verbose::get, verbose::put);
    assertThat(verbose).containsEntry("slf4j.internal.verbosity", "DEBUG")
        .containsEntry("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
  }

  @Test
  void anSlf4jApiWithoutTheNoOpProviderIsLeftAlone() {
    Map<String, String> properties = new HashMap<>();

    assertThat(Slf4jQuiet.apply(name -> false, name -> false, properties::get, properties::put)).isEmpty();
  }

  @Test
  void aJvmWithoutAProviderPrintsNothingAtAll(@TempDir Path dir) throws Exception {
    Run run = probe(dir, System.getProperty("java.class.path"));

    assertThat(run.stderr).isEmpty();
    assertThat(run.stdout).contains(
        "factory=org.slf4j.helpers.NOPLoggerFactory",
        "slf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
        "violations=1");
  }

  @Test
  void aJvmWithAProviderUsesIt(@TempDir Path dir) throws Exception {
    assertThat(SIMPLE_PROVIDER_JAR).as("testkit.slf4jSimpleJar (set by the build)").isNotNull();
    assertThat(new File(SIMPLE_PROVIDER_JAR)).isFile();

    Run run = probe(dir, SIMPLE_PROVIDER_JAR + File.pathSeparator + System.getProperty("java.class.path"));

    assertThat(run.stdout).contains(
        "factory=org.slf4j.simple.SimpleLoggerFactory", "slf4j.provider=null", "violations=1");
    assertThat(run.stderr).doesNotContain("SLF4J(W)", "No SLF4J providers");
  }

  private record Run(String stdout, String stderr) {}

  private static Run probe(Path dir, String classPath) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath, Slf4jProbe.class.getName()));
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
    Run run = new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    assertThat(process.exitValue()).as("probe exit code; stderr: %s", run.stderr).isZero();
    return run;
  }
}
