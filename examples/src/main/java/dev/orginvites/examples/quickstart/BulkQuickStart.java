package dev.orginvites.examples.quickstart;

import dev.orginvites.core.bulk.BulkOptions;
import dev.orginvites.core.bulk.BulkReport;
import dev.orginvites.wapikit.WapikitClient;
import dev.orginvites.wapikit.model.AccessLevel;
import java.util.List;

/** The README's bulk quick start, compiled so that it cannot drift from the API. */
public final class BulkQuickStart {
  private BulkQuickStart() {}

  /** Invites {@code emails} as members, several at a time, paced by the service's rate limit. */
  public static BulkReport inviteEveryone(String baseUrl, String apiKey, List<String> emails) {
    // README:bulk:start
    try (WapikitClient client = WapikitClient.builder().baseUrl(baseUrl).apiKey(apiKey).build()) {
      BulkReport report = client.invites().createAll(emails, AccessLevel.MEMBER, BulkOptions.builder()
          .concurrency(8)                                       // in flight at once, paced by the rate limit
          .listener((outcome, done, total) -> System.out.println(done + "/" + total + " " + outcome))
          .build());
      System.out.println(report.invited().size() + " invited, " + report.skipped().size() + " skipped");
      report.stoppedBy().ifPresent(stop -> System.out.println("Stopped (" + stop.reason() + "): run it again"));
      return report;
    }
    // README:bulk:end
  }
}
