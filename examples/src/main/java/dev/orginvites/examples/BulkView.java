package dev.orginvites.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.bulk.BulkListener;
import dev.orginvites.core.bulk.BulkOutcome;
import dev.orginvites.core.bulk.BulkReport;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

/**
 * How the bulk commands show a run: progress on stderr (on a terminal a bar with count, rate and time left,
 * redrawn in place; otherwise a line per email), then the summary on stdout, as text or one JSON object.
 */
final class BulkView implements BulkListener {
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final int BAR_WIDTH = 24;

  private final PrintWriter progress;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  BulkView(CliContext context) {
    this.progress = context.err();
    this.terminal = context.terminal();
  }

  @Override
  public synchronized void onOutcome(BulkOutcome outcome, int done, int total) {
    if (!terminal) {
      progress.println("[" + done + "/" + total + "] " + line(outcome));
      progress.flush();
      return;
    }
    if (outcome.status() == BulkOutcome.Status.FAILED) {
      clearBar();
      progress.println(line(outcome));
    }
    long now = System.nanoTime();
    if (done == total || now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      drawBar(done, total, now);
    }
  }

  /** Ends the bar's line, so that what follows starts on its own. */
  synchronized void finish() {
    if (terminal && drawn) {
      progress.println();
      progress.flush();
    }
  }

  private void drawBar(int done, int total, long now) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    double rate = done / seconds;
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
    String eta = rate > 0 && done < total ? String.format(" ETA %ds", Math.round((total - done) / rate)) : "";
    progress.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total
        + String.format(" %.1f/s", rate) + eta + "   ");
    progress.flush();
    drawn = true;
  }

  private void clearBar() {
    if (drawn) {
      progress.print("\r" + " ".repeat(BAR_WIDTH + 40) + "\r");
    }
  }

  private static String line(BulkOutcome outcome) {
    switch (outcome.status()) {
      case INVITED:
        return "invited " + outcome.email();
      case SKIPPED:
        return "skipped " + outcome.email() + " (" + skipReason(outcome.reason()) + ")";
      case FAILED:
        return "failed " + outcome.email() + ": "
            + outcome.failure().map(ExitCodes::describe).orElse(String.valueOf(outcome.reason()));
      default:
        return "not attempted " + outcome.email();
    }
  }

  private static String skipReason(ErrorReason reason) {
    return reason == ErrorReason.ALREADY_MEMBER ? "already a member" : "already invited";
  }

  /** The run's options: {@code concurrency} when given, progress to {@code view}. */
  static dev.orginvites.core.bulk.BulkOptions options(Integer concurrency, BulkView view) {
    dev.orginvites.core.bulk.BulkOptions.Builder builder = dev.orginvites.core.bulk.BulkOptions.builder().listener(view);
    if (concurrency != null) {
      builder.concurrency(concurrency); // 1..64, checked by the option's converter
    }
    return builder.build();
  }

  /** The summary line: counts, and what to do when the run stopped early. */
  static String summary(BulkReport report) {
    return "Bulk invite: " + report.invited().size() + " invited, " + report.skipped().size()
        + " skipped (already invited or a member), " + report.failed().size() + " failed, of " + report.total()
        + " email(s)" + (report.completed() ? "" : "; stopped early, re-run to continue");
  }

  /** The summary as one JSON object: every email under what happened to it. */
  static ObjectNode json(BulkReport report) {
    ObjectNode json = ServiceOptions.object();
    json.put("total", report.total());
    ArrayNode invited = json.putArray("invited");
    ArrayNode skipped = json.putArray("skipped");
    ArrayNode failed = json.putArray("failed");
    ArrayNode notAttempted = json.putArray("notAttempted");
    for (BulkOutcome outcome : report.outcomes()) {
      switch (outcome.status()) {
        case INVITED:
          invited.add(outcome.email());
          break;
        case SKIPPED:
          skipped.addObject().put("email", outcome.email()).put("reason", outcome.reason().name());
          break;
        case FAILED:
          failed.addObject().put("email", outcome.email()).put("reason", outcome.reason().name())
              .put("error", outcome.failure().map(ExitCodes::describe).orElse(""));
          break;
        default:
          notAttempted.add(outcome.email());
          break;
      }
    }
    json.put("completed", report.completed());
    json.put("elapsedMillis", report.elapsed().toMillis());
    return json;
  }

  /**
   * Prints the report and answers the exit code: the stopping failure's when the run stopped early (thrown, after
   * the summary, so that its one-line message and code follow as for any command), 5 when emails failed, else 0.
   */
  static int finish(BulkView view, BulkReport report, ServiceOptions options, CliContext context) {
    view.finish();
    options.print(context, json(report), () -> context.out().println(summary(report)));
    report.stoppedBy().ifPresent(failure -> {
      throw failure;
    });
    return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.CLIENT_ERROR;
  }
}
