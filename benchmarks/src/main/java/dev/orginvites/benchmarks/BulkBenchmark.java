package dev.orginvites.benchmarks;

import dev.orginvites.core.bulk.BulkOptions;
import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.testkit.SandboxOutbox;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wnology.WnologyClient;
import dev.orginvites.wnology.model.InviteRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Bulk invites where users feel them (docs/PERFORMANCE.md, "Bulk invites"), against the sandbox with a rate
 * limit and a delay switched on, as a real service far away would be:
 *
 * <ul>
 *   <li><b>limit</b>: 300 invites at 60 calls per 5 s and 20 ms latency, per client; the time against the
 *       limit-bound ideal (calls / 60 x 5 s) and the share of calls answered 429.
 *   <li><b>unlimited</b>: 300 invites at 50 ms latency with the default settings, against one invite at a time.
 *   <li><b>resume</b>: a bulk run in a child JVM killed (SIGKILL) at random moments and started again until it
 *       completes; afterwards each email must have exactly one invite in the sandbox's outbox.
 * </ul>
 *
 * Usage: {@code java -cp benchmarks.jar dev.orginvites.benchmarks.BulkBenchmark [--only limit,unlimited,resume]
 * [--invites N]}; prints a Markdown report.
 */
public final class BulkBenchmark {
  private static final int LIMIT = 60;
  private static final Duration WINDOW = Duration.ofSeconds(5);

  private BulkBenchmark() {}

  public static void main(String[] args) throws Exception {
    Set<String> only = new LinkedHashSet<>(List.of("limit", "unlimited", "resume"));
    int invites = 300;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--only") && i + 1 < args.length) {
        only = new LinkedHashSet<>(List.of(args[++i].split(",")));
      } else if (args[i].equals("--invites") && i + 1 < args.length) {
        invites = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--child")) {
        child(args[i + 1], args[i + 2], Path.of(args[i + 3]));
        return;
      }
    }
    StringBuilder report = new StringBuilder("## Bulk invites\n\n");
    if (only.contains("limit")) {
      report.append(atTheLimit(invites));
    }
    if (only.contains("unlimited")) {
      report.append(withoutALimit(invites));
    }
    if (only.contains("resume")) {
      report.append(resume(Math.min(invites, 120), 5));
    }
    report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(".\n");
    System.out.println(report);
  }

  private static List<String> emails(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i + "@example.com").collect(Collectors.toList());
  }

  /** Answers by status of one service since the sandbox started. */
  private static SortedMap<Integer, Long> answers(Sandbox sandbox, String service) {
    return sandbox.stats().get(service);
  }

  private static String atTheLimit(int count) {
    StringBuilder table = new StringBuilder("### At the limit: " + count + " invites, " + LIMIT + " calls per "
        + WINDOW.toSeconds() + " s, 20 ms latency\n\n"
        + "| client | elapsed | calls | limit-bound ideal | elapsed / ideal (target <= 1.15) | answered 429 (target <= 1%) |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    table.append(limitRow("WapiKit createAll", "wapikit", count, sandbox -> {
      try (WapikitClient client = WapikitClient.builder().baseUrl(sandbox.wapikitBaseUrl())
          .apiKey(SandboxFixtures.API_KEY).build()) {
        return client.invites().createAll(emails("limit", count), AccessLevel.MEMBER);
      }
    }));
    table.append(limitRow("WEGnology sendAll", "wnology", count, sandbox -> {
      try (WnologyClient client = WnologyClient.builder().baseUrl(sandbox.wnologyBaseUrl())
          .apiToken(SandboxFixtures.API_TOKEN).build()) {
        return client.org(SandboxFixtures.DEMO_ORG_ID).invites().sendAll(emails("limit", count), InviteRole.VIEW);
      }
    }));
    return table.append('\n').toString();
  }

  private static String limitRow(String name, String service, int count, Function<Sandbox, BulkReport> run) {
    try (Sandbox sandbox = Sandbox.start()) {
      sandbox.rateLimit(LIMIT, WINDOW).latency(Duration.ofMillis(20));
      long start = System.nanoTime();
      BulkReport report = run.apply(sandbox);
      double seconds = (System.nanoTime() - start) / 1e9;
      check(report.invited().size() == count, name + ": " + report);
      SortedMap<Integer, Long> answers = answers(sandbox, service);
      long calls = answers.values().stream().mapToLong(Long::longValue).sum();
      long refused = answers.getOrDefault(429, 0L);
      double ideal = (double) (calls - refused) / LIMIT * WINDOW.toSeconds();
      return String.format("| %s | %.1f s | %d | %.1f s | %.2f | %d (%.1f%%) |%n", name, seconds, calls, ideal,
          seconds / ideal, refused, 100.0 * refused / calls);
    }
  }

  private static String withoutALimit(int count) {
    StringBuilder table = new StringBuilder("### Without a limit: " + count + " invites, 50 ms latency\n\n"
        + "| client | one at a time | default settings (" + BulkOptions.DEFAULT_CONCURRENCY
        + " in flight) | speed-up (target >= 4) |\n|---|---:|---:|---:|\n");
    double serial = unlimited(count, BulkOptions.builder().concurrency(1).build());
    double parallel = unlimited(count, BulkOptions.defaults());
    table.append(String.format("| WapiKit createAll | %.1f s | %.1f s | %.1fx |%n", serial, parallel,
        serial / parallel));
    return table.append('\n').toString();
  }

  private static double unlimited(int count, BulkOptions options) {
    try (Sandbox sandbox = Sandbox.start();
        WapikitClient client = WapikitClient.builder().baseUrl(sandbox.wapikitBaseUrl())
            .apiKey(SandboxFixtures.API_KEY).build()) {
      sandbox.latency(Duration.ofMillis(50));
      long start = System.nanoTime();
      BulkReport report = client.invites().createAll(emails("fast", count), AccessLevel.MEMBER, options);
      check(report.invited().size() == count, "unlimited: " + report);
      return (System.nanoTime() - start) / 1e9;
    }
  }

  /**
   * Runs the bulk in a child JVM, kills it at a random moment, again and again until a run completes; then every
   * email must have exactly one invite.
   */
  private static String resume(int count, int trials) throws Exception {
    StringBuilder table = new StringBuilder("### Resume: a run killed (SIGKILL) at random moments, " + count
        + " invites, 60 calls per 5 s, 20 ms latency\n\n"
        + "| trial | kills | invites in the outbox | emails with exactly one invite |\n|---|---:|---:|---:|\n");
    Random random = new Random(2026);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    for (int trial = 1; trial <= trials; trial++) {
      try (Sandbox sandbox = Sandbox.start()) {
        sandbox.rateLimit(LIMIT, WINDOW).latency(Duration.ofMillis(20));
        List<String> emails = emails("resume" + trial + "-", count);
        Path csv = Files.createTempFile("bulk-resume", ".csv");
        Files.write(csv, emails);
        int kills = 0;
        while (true) {
          Process child = new ProcessBuilder(java, "-cp", classpath, BulkBenchmark.class.getName(), "--child",
              sandbox.wapikitBaseUrl(), SandboxFixtures.API_KEY, csv.toString())
              .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
          long killAfter = 500 + random.nextInt(4000);
          if (kills < 4 && !child.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
            child.destroyForcibly().waitFor();
            kills++;
            continue;
          }
          check(child.waitFor(10, TimeUnit.MINUTES) && child.exitValue() == 0, "the last run did not complete");
          break;
        }
        Files.delete(csv);
        Map<String, Long> perEmail = sandbox.outbox().messages().stream()
            .collect(Collectors.groupingBy(SandboxOutbox.Message::to, Collectors.counting()));
        long exactlyOne = emails.stream().filter(email -> perEmail.getOrDefault(email, 0L) == 1).count();
        check(exactlyOne == count && perEmail.size() == count, "trial " + trial + ": " + perEmail);
        table.append(String.format("| %d | %d | %d | %d of %d |%n", trial, kills, sandbox.outbox().messages().size(),
            exactlyOne, count));
      }
    }
    return table.append('\n').toString();
  }

  /** The child of {@link #resume}: one bulk run, exit 0 when it completed. */
  private static void child(String baseUrl, String apiKey, Path csv) throws Exception {
    List<String> emails = new ArrayList<>(Files.readAllLines(csv));
    try (WapikitClient client = WapikitClient.builder().baseUrl(baseUrl).apiKey(apiKey).build()) {
      BulkReport report = client.invites().createAll(emails, AccessLevel.MEMBER);
      System.exit(report.completed() && report.failed().isEmpty() ? 0 : 1);
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark check failed: " + what);
    }
  }
}
