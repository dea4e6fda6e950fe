package dev.orginvites.examples;

import dev.orginvites.wapikit.model.SortOrder;

/** Reads {@code --sort}: asc or desc, any case. Other values are refused before sending. */
final class SortOrderConverter extends KnownValueConverter<SortOrder> {
  SortOrderConverter() {
    super("a sort order", SortOrder.class, SortOrder::fromValue);
  }
}
