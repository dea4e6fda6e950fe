package dev.orginvites.examples;

import static dev.orginvites.testkit.SandboxFixtures.API_KEY;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_EMAIL;
import static dev.orginvites.testkit.SandboxFixtures.DEMO_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invalid input: exit code 2, nothing sent, and stderr names the flag, shows the bad value (never a secret),
 * suggests a close match and points at the command's help.
 */
class CliUsageErrorsTest extends DemoSandboxTest {
  /** Stands for a token, API key or password; must never reach stderr. */
  private static final String SECRET = "s3cr3t-8d5a";

  private final CliRun cli = CliRun.standard();

  private String wnologyUrl() {
    return sandbox.wnologyBaseUrl();
  }

  private String wapikitUrl() {
    return sandbox.wapikitBaseUrl();
  }

  private CliRun.Result wapikit(String command, String... more) {
    List<String> args = new ArrayList<>(List.of("wapikit", command, "--base-url", wapikitUrl(), "--api-key", API_KEY));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  /** Runs, expects exit 2, and returns stderr's lines. */
  private List<String> usageError(String... args) {
    CliRun.Result result = cli.run(args);
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.out()).as("nothing on stdout").isEmpty();
    assertThat(result.err()).doesNotContain(SECRET).doesNotContain("\tat ");
    return result.err().lines().toList();
  }

  @AfterEach
  void nothingWasSent() {
    // Tests that do send something reset the sandbox first (see sortAndAccessLevelAcceptAnyCase).
    assertThat(sandbox.wnology().requestCount() + sandbox.wapikit().requestCount()).isZero();
  }

  @Test
  void unknownOptionSuggestsTheClosestOne() {
    assertThat(usageError("wnology", "get", "--base-url", wnologyUrl(), "--tokn", SECRET, "--email", DEMO_EMAIL))
        .containsExactly(
            "invites: unknown option '--tokn'", "Did you mean --token?", "See 'invites wnology get --help'.");
    assertThat(usageError("wnology", "get", "--tokn=" + SECRET, "--email", DEMO_EMAIL))
        .as("an attached value is cut off")
        .startsWith("invites: unknown option '--tokn'", "Did you mean --token?");
    assertThat(usageError("wapikit", "list", "--api-key", API_KEY, "--sotr", "asc"))
        .startsWith("invites: unknown option '--sotr'", "Did you mean --sort?");
    assertThat(
            usageError("wapikit", "create", "--api-key", API_KEY, "--email", "a@example.com", "--acces-level", "owner"))
        .contains("Did you mean --access-level?");
    assertThat(usageError("wnology", "get", "--bse-url", wnologyUrl())).contains("Did you mean --base-url?");
  }

  @Test
  void unknownCommandSuggestsTheClosestOne() {
    assertThat(usageError("wnology", "gte"))
        .containsExactly("invites: unknown command 'gte'", "Did you mean get?", "See 'invites wnology --help'.");
    assertThat(usageError("wapikit", "lst")).contains("Did you mean list?");
    assertThat(usageError("sandbx")).contains("Did you mean sandbox?");
    assertThat(usageError("wapikit", "acept")).contains("Did you mean accept?");
  }

  @Test
  void nothingCloseMeansNoSuggestion() {
    assertThat(usageError("nonsense")).containsExactly("invites: unknown command 'nonsense'", "See 'invites --help'.");
    assertThat(usageError("wnology", "get", "--zzzzzz")).noneMatch(line -> line.startsWith("Did you mean"));
  }

  @Test
  void anUnexpectedArgumentIsNotShownSinceItMayBeASecret() {
    // An unquoted token with a space in it: the second half must not be printed.
    assertThat(usageError("wnology", "get", "--token", "demo", SECRET, "--email", DEMO_EMAIL))
        .first()
        .asString()
        .startsWith("invites: unexpected argument (not shown");
  }

  @Test
  void versionIsAnOptionOfTheTopCommandOnly() {
    assertThat(cli.run("--version").exitCode()).isZero();
    assertThat(cli.run("-V").out()).startsWith("invites ");
    assertThat(usageError("wnology", "get", "-V"))
        .containsExactly(
            "invites: unknown option '-V'", "Did you mean 'invites --version'?", "See 'invites wnology get --help'.");
    assertThat(usageError("wapikit", "--version")).contains("Did you mean 'invites --version'?");
    assertThat(usageError("sandbox", "--version")).contains("invites: unknown option '--version'");
  }

  @Test
  void badBaseUrlNamesTheFlagAndShowsTheValue() {
    assertThat(
            usageError("wnology", "get", "--base-url", "127.0.0.1:8080", "--token", DEMO_TOKEN, "--email", DEMO_EMAIL))
        .containsExactly(
            "invites: --base-url: '127.0.0.1:8080' is not an absolute http:// or https:// URL"
                + " (for example http://127.0.0.1:8080/wnology)",
            "See 'invites wnology get --help'.");
    assertThat(usageError("wapikit", "list", "--base-url", "ftp://files.example.com", "--api-key", API_KEY))
        .first()
        .isEqualTo(
            "invites: --base-url: 'ftp://files.example.com' is not an absolute http:// or https:// URL"
                + " (for example http://127.0.0.1:8080/wapikit/api)");
    assertThat(usageError("wnology", "get", "--base-url", wnologyUrl() + "?debug=1", "--token", DEMO_TOKEN,
            "--email", DEMO_EMAIL))
        .first()
        .asString()
        .startsWith("invites: --base-url: '" + wnologyUrl() + "?***' has a query or fragment");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://ann:" + SECRET + "@127.0.0.1:8080/wnology",
        "https://" + SECRET + "@api.example.com",
        "ann:" + SECRET + "@127.0.0.1:8080/wnology",
        "htp://ann:" + SECRET + "@127.0.0.1/x",
        "http://127.0.0.1/x?key=" + SECRET,
        "http://127.0.0.1/x#" + SECRET
      })
  void aBaseUrlsUserInfoQueryAndFragmentAreMasked(String url) {
    List<String> lines =
        usageError("wnology", "get", "--base-url", url, "--token", DEMO_TOKEN, "--email", DEMO_EMAIL);

    assertThat(lines.get(0)).startsWith("invites: --base-url: '").contains("***");
  }

  @Test
  void plainHttpToAnotherHostWithAnApiKeyNamesTheFlag() {
    assertThat(usageError("wapikit", "list", "--base-url", "http://api.example.com/api", "--api-key", SECRET))
        .first()
        .isEqualTo(
            "invites: --base-url: 'http://api.example.com/api' is plain http:// to another machine; the API key"
                + " is only sent over https:// (or http:// to this machine)");
  }

  @Test
  void choicesAreShownAsTypedAndAnUnknownOneIsRefused() {
    assertThat(usageError("wapikit", "list", "--base-url", wapikitUrl(), "--api-key", API_KEY, "--sort", "up"))
        .first()
        .isEqualTo("invites: --sort: 'up' is not one of asc, desc");
    assertThat(usageError("wapikit", "create", "--base-url", wapikitUrl(), "--api-key", API_KEY,
            "--email", "a@example.com", "--access-level", "admin"))
        .first()
        .isEqualTo("invites: --access-level: 'admin' is not one of owner, member");
    // A value the SDK keeps for what it does not recognise is never a choice.
    assertThat(usageError("wapikit", "create", "--base-url", wapikitUrl(), "--api-key", API_KEY,
            "--email", "a@example.com", "--access-level", "unknown"))
        .first()
        .isEqualTo("invites: --access-level: 'unknown' is not one of owner, member");
    assertThat(usageError("wapikit", "list", "--base-url", wapikitUrl(), "--api-key", API_KEY, "--sort", "UNKNOWN"))
        .first()
        .isEqualTo("invites: --sort: 'UNKNOWN' is not one of asc, desc");
  }

  @Test
  void sortAndAccessLevelAcceptAnyCase() throws IOException {
    sandbox.wapikit().newInvite("zed@example.com").createdAt(OffsetDateTime.now().plusDays(1)).seed();

    CliRun.Result desc = wapikit("list", "--sort", "DESC", "--json");
    CliRun.Result asc = wapikit("list", "--sort", "Asc", "--json");
    CliRun.Result owner = wapikit("create", "--email", "ann@example.com", "--access-level", "OWNER", "--json");
    CliRun.Result member = wapikit("create", "--email", "bob@example.com", "--access-level", "mEmBeR", "--json");

    assertThat(List.of(desc, asc, owner, member)).allSatisfy(r -> assertThat(r.exitCode()).as(r.toString()).isZero());
    JsonNode descending = JSON.readTree(desc.out()).get("invites");
    JsonNode ascending = JSON.readTree(asc.out()).get("invites");
    assertThat(descending.get(0).get("email").asText())
        .isEqualTo(ascending.get(ascending.size() - 1).get("email").asText())
        .isNotEqualTo(ascending.get(0).get("email").asText());
    assertThat(JSON.readTree(owner.out()).get("accessLevel").asText()).isEqualTo("Owner");
    assertThat(JSON.readTree(member.out()).get("accessLevel").asText()).isEqualTo("Member");
    sandbox.reset(); // for nothingWasSent
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--timeout  | soon  | invites: --timeout: 'soon' is not a duration (for example 500ms, 5s, 2m, 1h or PT5S)",
        "--timeout  | 0s    | invites: --timeout: '0s' is not a positive duration",
        "--timeout  | 25h   | invites: --timeout: '25h' is longer than a day (24h)",
        "--retries  | -1    | invites: --retries: '-1' is not a whole number from 0 to 19",
        "--retries  | 20    | invites: --retries: '20' is not a whole number from 0 to 19",
        "--retries  | two   | invites: --retries: 'two' is not a whole number from 0 to 19",
        "--email    | nope  | invites: --email: 'nope' is not an email address (name@domain)"
      })
  void badValuesOfWnologyOptionsNameTheFlag(String option, String value, String expected) {
    List<String> args =
        new ArrayList<>(List.of("wnology", "get", "--base-url", wnologyUrl(), "--token", DEMO_TOKEN));
    if (!option.equals("--email")) {
      args.addAll(List.of("--email", DEMO_EMAIL));
    }
    args.addAll(List.of(option, value));

    assertThat(usageError(args.toArray(String[]::new)))
        .containsExactly(expected, "See 'invites wnology get --help'.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "list   | --page     | 0     | invites: --page: '0' is not a whole number of 1 or more",
        "list   | --per-page | many  | invites: --per-page: 'many' is not a whole number of 1 or more",
        "get    | --slug     | a/b   | invites: --slug: 'a/b' is not a slug",
        "bulk   | --csv      | /no/such/team.csv | invites: --csv: cannot read '/no/such/team.csv' (no such file)"
      })
  void badValuesOfWapikitOptionsNameTheFlag(String command, String option, String value, String expected) {
    List<String> lines =
        usageError("wapikit", command, "--base-url", wapikitUrl(), "--api-key", API_KEY, option, value);

    assertThat(lines.get(0)).startsWith(expected);
    assertThat(lines).last().isEqualTo("See 'invites wapikit " + command + " --help'.");
  }

  @Test
  void badPortNamesTheFlag() {
    assertThat(usageError("sandbox", "--port", "70000"))
        .containsExactly(
            "invites: --port: '70000' is not a whole number from 0 to 65535", "See 'invites sandbox --help'.");
  }

  @Test
  void secretValuesAreNeverShown() {
    String[][] runs = {
      {"wnology", "get", "--token", SECRET + "\u0007", "--email", DEMO_EMAIL},
      {"wnology", "get", "--token", " ", "--email", DEMO_EMAIL},
      {"wnology", "get", "--link", "https://app.example/invites?tokn=" + SECRET + "&email=a@b.example"},
      {"wnology", "get", "--link", "https://app.example/invites?token=" + SECRET + "&email=%zz"},
      {"wnology", "get", "--link", "not a url " + SECRET},
      {"wnology", "get", "--link=" + SECRET, "--token", SECRET, "--email", DEMO_EMAIL},
      {"wapikit", "list", "--api-key", SECRET + " with space"},
      {"wapikit", "list", "--api-key", SECRET, "--sort", "up"},
      {"wapikit", "list", "--ap-key", SECRET},
      {"wapikit", "list", "--api-key", SECRET, "extra"},
      {"wapikit", "list", "--api-key", SECRET, "--api-key", SECRET},
    };
    for (String[] run : runs) {
      List<String> args = new ArrayList<>(List.of(run));
      args.addAll(2, List.of("--base-url", run[0].equals("wnology") ? wnologyUrl() : wapikitUrl()));
      List<String> lines = usageError(args.toArray(String[]::new));
      assertThat(lines.get(0)).as(String.join(" ", run)).startsWith("invites: ");
    }
    assertThat(usageError("wnology", "get", "--base-url", wnologyUrl(), "--token", " ", "--email", DEMO_EMAIL))
        .first()
        .isEqualTo("invites: --token: must not be blank");
    assertThat(usageError("wapikit", "list", "--base-url", wapikitUrl(), "--api-key", SECRET + " x"))
        .first()
        .isEqualTo("invites: --api-key: must be printable ASCII without spaces (the value is not shown)");
    assertThat(
            usageError("wnology", "get", "--base-url", wnologyUrl(), "--link", "https://app.example/?token=" + SECRET))
        .first()
        .asString()
        .startsWith("invites: --link: not an invite link");
  }

  @Test
  void aBadApiKeyFromTheEnvironmentNamesTheVariable() {
    CliRun.Result result =
        cli.withEnv(Map.of("WAPIKIT_API_KEY", SECRET + " x"))
            .run("wapikit", "get", "--base-url", wapikitUrl(), "--slug", "demo-slug");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().lines().findFirst())
        .hasValue("invites: WAPIKIT_API_KEY: must be printable ASCII without spaces (the value is not shown)");
    assertThat(result.err()).doesNotContain(SECRET);
  }

  @Test
  void errorsFoundWhileRunningAlsoPointAtHelp() {
    assertThat(usageError("wapikit", "get", "--base-url", wapikitUrl(), "--slug", "demo-slug"))
        .containsExactly(
            "invites: no API key: pass --api-key or set WAPIKIT_API_KEY", "See 'invites wapikit get --help'.");
    assertThat(usageError("wnology"))
        .containsExactly("invites: missing command: get, accept, reject or org", "See 'invites wnology --help'.");
  }
}
