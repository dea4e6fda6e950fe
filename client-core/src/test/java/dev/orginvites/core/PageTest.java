package dev.orginvites.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PageTest {
  @ParameterizedTest(name = "page {0} of {1} with {2} items, total {3}: next {4}")
  @CsvSource(nullValues = "null", value = {
      "1, 2, 2, 5,    true",
      "2, 2, 2, 5,    true",
      "3, 2, 1, 5,    false",
      "2, 2, 2, 4,    false",
      "1, 2, 2, null, true",
      "1, 2, 1, null, false",
      "1, 2, 0, 9,    false",
      "1, 2, 0, null, false"})
  void hasNextPageByTheTotalOrElseByAFullPage(int page, int perPage, int size, Long total, boolean next) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      items.add("item" + i);
    }
    assertThat(Page.of(items, page, perPage, total).hasNextPage()).isEqualTo(next);
  }

  @Test
  void itemsAreACopyWithoutNullsAndReadOnly() {
    List<String> source = new ArrayList<>(Arrays.asList("a", null, "b"));
    Page<String> page = Page.of(source, 1, 10, 2L);
    source.add("c");

    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(page.total()).hasValue(2);
    assertThat(Page.of(List.of(), 1, 10, null).total()).isEmpty();
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatNullPointerException().isThrownBy(() -> Page.of(null, 1, 1, null)).withMessageContaining("items");
    assertThatIllegalArgumentException().isThrownBy(() -> Page.of(List.of(), 0, 1, null)).withMessageStartingWith("page");
    assertThatIllegalArgumentException().isThrownBy(() -> Page.of(List.of(), 1, 0, null))
        .withMessageStartingWith("perPage");
    assertThatIllegalArgumentException().isThrownBy(() -> Page.of(List.of(), 1, 1, -1L)).withMessageStartingWith("total");
  }

  @Test
  void equalityAndToStringWithoutItems() {
    assertThat(Page.of(List.of("a"), 1, 5, 1L)).isEqualTo(Page.of(List.of("a"), 1, 5, 1L))
        .hasSameHashCodeAs(Page.of(List.of("a"), 1, 5, 1L))
        .isNotEqualTo(Page.of(List.of("a"), 2, 5, 1L));
    assertThat(Page.of(List.of("secret-looking-item"), 1, 5, null).toString())
        .isEqualTo("Page{page=1, perPage=5, total=null, items=1}");
  }
}
