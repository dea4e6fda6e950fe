package dev.orginvites.wapikit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reading the service's bare JSON arrays (templates, phone numbers). */
final class Lists {
  private Lists() {}

  /** The non-null items of {@code items}, read-only; null for a missing list, which the caller reports. */
  static <T> List<T> present(List<T> items) {
    if (items == null) {
      return null;
    }
    List<T> present = new ArrayList<>(items.size());
    for (T item : items) {
      if (item != null) {
        present.add(item);
      }
    }
    return Collections.unmodifiableList(present);
  }
}
