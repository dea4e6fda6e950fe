package dev.orginvites.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.RateLimitedException;
import dev.orginvites.core.Sleeper;
import dev.orginvites.wapikit.WapikitInvites;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Invites a list of emails so that running it again after an interruption does no harm: emails the
 * organization already lists are skipped up front, a refusal whose reason is "already invited" (an invite that
 * raced in) or "already a member" counts as skipped too, and 429s are waited out as long as the service asks.
 */
final class BulkInviter {
  /** Consecutive rate-limit waits for one call before giving up: a service that never lets up. */
  static final int MAX_WAITS = 10;

  /** Waited when a 429 carries no hint. */
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

  private final WapikitInvites invites;
  private final AccessLevel accessLevel;
  private final Sleeper sleeper;
  private final PrintWriter progress;

  BulkInviter(WapikitInvites invites, AccessLevel accessLevel, Sleeper sleeper, PrintWriter progress) {
    this.invites = invites;
    this.accessLevel = accessLevel;
    this.sleeper = sleeper;
    this.progress = progress;
  }

  Summary run(List<String> emails) throws InterruptedException {
    Set<String> invited =
        patiently(
            () ->
                invites
                    .listAll()
                    .map(OrganizationMemberInvite::getEmail)
                    .filter(Objects::nonNull)
                    .map(BulkInviter::normalize)
                    .collect(Collectors.toSet()));
    progress.println(
        "The organization lists " + invited.size() + " invite(s); inviting " + emails.size() + " email(s).");
    Summary summary = new Summary(emails.size());
    int position = 0;
    for (String email : emails) {
      String step = "[" + ++position + "/" + emails.size() + "] ";
      if (invited.contains(normalize(email))) {
        summary.skipped.add(email);
        progress.println(step + "skipped " + email + " (already invited)");
        continue;
      }
      try {
        patiently(() -> invites.create(email, accessLevel));
        summary.invited.add(email);
        progress.println(step + "invited " + email);
      } catch (BadRequestException refused) {
        String skip = skipReason(refused.reason());
        if (skip != null) {
          summary.skipped.add(email);
          progress.println(step + "skipped " + email + " (" + skip + ")");
        } else {
          summary.fail(email, refused.serviceMessage() != null ? refused.serviceMessage() : refused.getMessage());
          progress.println(step + "failed " + email + ": " + ExitCodes.describe(refused));
        }
      } catch (IllegalArgumentException invalid) {
        summary.fail(email, invalid.getMessage());
        progress.println(step + "failed " + email + ": " + invalid.getMessage());
      } catch (InviteApiException fatal) {
        // 401, 5xx, network...: the next email would fare no better. What was done stays done; re-run later.
        summary.abortedBy = fatal;
        progress.println(step + "stopped at " + email + ": " + ExitCodes.describe(fatal));
        break;
      }
      progress.flush();
    }
    progress.flush();
    return summary;
  }

  /** Runs {@code call}, waiting out 429s as the service asks, up to {@link #MAX_WAITS} times in a row. */
  private <T> T patiently(Supplier<T> call) throws InterruptedException {
    for (int waits = 0; ; waits++) {
      try {
        return call.get();
      } catch (RateLimitedException limited) {
        if (waits == MAX_WAITS) {
          throw limited;
        }
        Duration wait = limited.retryAfter().orElse(DEFAULT_WAIT);
        progress.println("rate limited; waiting " + wait.toMillis() + " ms");
        progress.flush();
        sleeper.sleep(wait);
      }
    }
  }

  /** Why an email is skipped rather than failed, or null when the refusal is a real failure. */
  private static String skipReason(ErrorReason reason) {
    switch (reason) {
      case ALREADY_INVITED:
        return "already invited";
      case ALREADY_MEMBER:
        return "already a member";
      default:
        return null;
    }
  }

  private static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** What a bulk run did, email by email. */
  static final class Summary {
    private final int total;
    private final List<String> invited = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String[]> failed = new ArrayList<>();
    private InviteApiException abortedBy;

    private Summary(int total) {
      this.total = total;
    }

    private void fail(String email, String reason) {
      failed.add(new String[] {email, reason});
    }

    List<String> invited() {
      return List.copyOf(invited);
    }

    List<String> skipped() {
      return List.copyOf(skipped);
    }

    List<String> failed() {
      return failed.stream().map(pair -> pair[0]).collect(Collectors.toList());
    }

    /** The failure that stopped the run early, or null when every email was tried. */
    InviteApiException abortedBy() {
      return abortedBy;
    }

    String line() {
      return "Bulk invite: "
          + invited.size()
          + " invited, "
          + skipped.size()
          + " skipped (already invited), "
          + failed.size()
          + " failed, of "
          + total
          + " email(s)"
          + (abortedBy != null ? "; stopped early, re-run to continue" : "");
    }

    ObjectNode toJson() {
      ObjectNode json = ServiceOptions.object();
      json.put("total", total);
      json.set("invited", strings(invited));
      json.set("skipped", strings(skipped));
      ArrayNode failures = json.putArray("failed");
      for (String[] failure : failed) {
        failures.addObject().put("email", failure[0]).put("error", failure[1]);
      }
      json.put("completed", abortedBy == null);
      return json;
    }

    private static ArrayNode strings(List<String> values) {
      ArrayNode array = ServiceOptions.object().arrayNode();
      values.forEach(array::add);
      return array;
    }
  }
}
