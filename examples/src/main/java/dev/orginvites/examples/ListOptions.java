package dev.orginvites.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orginvites.core.Page;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The options of every WapiKit list command (a picocli mixin): one page ({@code --page}, {@code --per-page}) or
 * every item ({@code --all}), in {@code --sort} order; and how such a list is printed.
 */
final class ListOptions {
  static final int DEFAULT_PER_PAGE = 50;

  @Option(
      names = "--page",
      paramLabel = "P",
      converter = WholeNumberConverter.Positive.class,
      description = "Page to show, from 1 (default 1).")
  Integer page;

  @Option(
      names = "--per-page",
      paramLabel = "N",
      converter = WholeNumberConverter.Positive.class,
      description = "Items per page (default " + DEFAULT_PER_PAGE + ").")
  Integer perPage;

  @Option(names = "--all", description = "Every item, fetching page after page.")
  boolean all;

  @Option(
      names = "--sort",
      paramLabel = "asc|desc",
      converter = ChoiceConverter.SortOrders.class,
      completionCandidates = ChoiceConverter.SortOrders.class,
      description = "Order by creation time: ${COMPLETION-CANDIDATES} (any case; default: the service's order).")
  SortOrder sort;

  /** One page of a list: an SDK group's {@code list(page, perPage, sort)}. */
  interface PageCall<T> {
    Page<T> page(int page, int perPage, SortOrder sort);
  }

  /** Every item of a list: an SDK group's {@code listAll(perPage, sort)}. */
  interface AllCall<T> {
    Stream<T> all(int perPage, SortOrder sort);
  }

  /**
   * How a list is shown: as JSON, {@code {page, perPage, total, hasNextPage, NAME: [...]}} (or {@code {total,
   * NAME: [...]}} with {@code --all}), each item by {@code json}; as text, a table with {@code header}, a
   * {@code row} per item and a footer counting {@code noun}s.
   */
  record Listing<T>(String name, String noun, String header, Function<T, String> row,
      Function<T, ? extends JsonNode> json) {}

  /** Prints one page, or every item with {@code --all}, from the SDK group's two list calls. */
  <T> int print(CliContext context, ServiceOptions options, PageCall<T> pageCall, AllCall<T> allCall,
      Listing<T> listing) {
    if (all && (page != null || perPage != null)) {
      throw new UsageException("--all cannot be combined with --page or --per-page");
    }
    if (all) {
      List<T> items = allCall.all(DEFAULT_PER_PAGE, sort).collect(Collectors.toList());
      ObjectNode json = ServiceOptions.object();
      json.put("total", items.size());
      json.set(listing.name(), array(items, listing));
      options.print(context, json,
          () -> table(context, listing.header(), items, listing.row(), items.size() + " " + listing.noun() + "(s)"));
      return ExitCodes.OK;
    }
    Page<T> result = pageCall.page(page == null ? 1 : page, perPage == null ? DEFAULT_PER_PAGE : perPage, sort);
    ObjectNode json = ServiceOptions.object();
    json.put("page", result.page());
    json.put("perPage", result.perPage());
    if (result.total().isPresent()) {
      json.put("total", result.total().getAsLong());
    }
    json.put("hasNextPage", result.hasNextPage());
    json.set(listing.name(), array(result.items(), listing));
    String footer = "Page " + result.page() + " (" + result.perPage() + " per page)"
        + (result.total().isPresent() ? ", " + result.total().getAsLong() + " " + listing.noun() + "(s) in all" : "")
        + (result.hasNextPage() ? "; more on page " + (result.page() + 1) : "");
    options.print(context, json, () -> table(context, listing.header(), result.items(), listing.row(), footer));
    return ExitCodes.OK;
  }

  private static <T> ArrayNode array(List<T> items, Listing<T> listing) {
    ArrayNode array = ServiceOptions.object().arrayNode();
    items.forEach(item -> array.add(listing.json().apply(item)));
    return array;
  }

  static <T> void table(CliContext context, String header, List<T> items, Function<T, String> row, String footer) {
    context.out().println(header);
    items.forEach(item -> context.out().println(row.apply(item)));
    context.out().println(footer);
  }
}
