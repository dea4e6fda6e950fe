package dev.orginvites.examples;

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

  /** A list's calls, as the SDK groups offer them. */
  interface Source<T> {
    Page<T> page(int page, int perPage, SortOrder sort);

    Stream<T> all(int perPage, SortOrder sort);
  }

  /**
   * Prints one page, or every item with {@code --all}: as JSON under {@code name}, or as a table with
   * {@code header} and a {@code row} per item and a footer counting {@code noun}s.
   */
  <T> int print(CliContext context, ServiceOptions options, Source<T> source, String name, String noun,
      String header, Function<T, String> row) {
    if (all && (page != null || perPage != null)) {
      throw new UsageException("--all cannot be combined with --page or --per-page");
    }
    if (all) {
      List<T> items = source.all(DEFAULT_PER_PAGE, sort).collect(Collectors.toList());
      options.print(context, WapikitViews.all(items, name),
          () -> table(context, header, items, row, items.size() + " " + noun + "(s)"));
      return ExitCodes.OK;
    }
    Page<T> result = source.page(page == null ? 1 : page, perPage == null ? DEFAULT_PER_PAGE : perPage, sort);
    String footer = "Page " + result.page() + " (" + result.perPage() + " per page)"
        + (result.total().isPresent() ? ", " + result.total().getAsLong() + " " + noun + "(s) in all" : "")
        + (result.hasNextPage() ? "; more on page " + (result.page() + 1) : "");
    options.print(context, WapikitViews.page(result, name),
        () -> table(context, header, result.items(), row, footer));
    return ExitCodes.OK;
  }

  static <T> void table(CliContext context, String header, List<T> items, Function<T, String> row, String footer) {
    context.out().println(header);
    items.forEach(item -> context.out().println(row.apply(item)));
    context.out().println(footer);
  }
}
