package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.INVITES_PATH;
import static dev.orginvites.wapikit.WapikitTestSupport.assertStandardHeaders;
import static dev.orginvites.wapikit.WapikitTestSupport.await;
import static dev.orginvites.wapikit.WapikitTestSupport.invite;
import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static dev.orginvites.wapikit.WapikitTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.wapikit.model.OrganizationMemberInvite;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** listAll and listAllAsync: pages are fetched in order, lazily, and only as many as needed. */
class WapikitPagingTest extends WapikitTestSupport.ClientTest {
  @Override
  WapikitClient.Builder clientBuilder(MockWebServer server) {
    return super.clientBuilder(server).retryPolicy(RetryPolicy.disabled());
  }

  @Test
  void consumingTheFirstPageOnlyFetchesOnePage() {
    server.setDispatcher(new PagedInvites(10, true));

    List<String> firstTwo = invites.listAll(2).limit(2).map(OrganizationMemberInvite::getUniqueId)
        .collect(Collectors.toList());

    assertThat(firstTwo).containsExactly("inv_1", "inv_2");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void consumingIntoTheSecondPageFetchesTwoPages() {
    server.setDispatcher(new PagedInvites(10, true));

    List<String> firstThree = invites.listAll(2).limit(3).map(OrganizationMemberInvite::getUniqueId)
        .collect(Collectors.toList());

    assertThat(firstThree).containsExactly("inv_1", "inv_2", "inv_3");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(pagesRequested(2)).containsExactly("1", "2");
  }

  @Test
  void creatingTheStreamFetchesNothing() {
    server.setDispatcher(new PagedInvites(10, true));

    Stream<OrganizationMemberInvite> all = invites.listAll(2);

    assertThat(server.getRequestCount()).isZero();
    assertThat(all.findFirst()).map(OrganizationMemberInvite::getUniqueId).contains("inv_1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void iteratingStepByStepFetchesAPageOnlyWhenTheCurrentOneIsUsedUp() {
    server.setDispatcher(new PagedInvites(5, true));
    Iterator<OrganizationMemberInvite> it = invites.listAll(2).iterator();

    it.next();
    it.next();
    assertThat(server.getRequestCount()).isEqualTo(1);
    it.next();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void readsEveryPageInOrderAndStopsAtTheTotal() {
    server.setDispatcher(new PagedInvites(10, true));

    List<String> ids = invites.listAll(2).map(OrganizationMemberInvite::getUniqueId).collect(Collectors.toList());

    assertThat(ids).containsExactlyElementsOf(ids(10));
    assertThat(server.getRequestCount()).isEqualTo(5);
    List<RecordedRequest> requests = requests(5);
    assertThat(requests).extracting(r -> r.getRequestUrl().queryParameter("page"))
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(requests).allSatisfy(r -> {
      assertThat(r.getMethod()).isEqualTo("GET");
      assertThat(r.getRequestUrl().encodedPath()).isEqualTo(INVITES_PATH);
      assertThat(r.getRequestUrl().queryParameter("per_page")).isEqualTo("2");
      assertThat(r.getRequestUrl().queryParameter("sortBy")).isNull();
      assertStandardHeaders(r);
    });
  }

  @Test
  void withoutPaginationMetaAShortPageIsTheLast() {
    server.setDispatcher(new PagedInvites(5, false));

    List<String> ids = invites.listAll(2).map(OrganizationMemberInvite::getUniqueId).collect(Collectors.toList());

    assertThat(ids).containsExactlyElementsOf(ids(5));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void withoutPaginationMetaAnEmptyPageEndsAnExactMultiple() {
    server.setDispatcher(new PagedInvites(4, false));

    assertThat(invites.listAll(2).count()).isEqualTo(4);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void anEmptyListIsOneRequest() {
    server.setDispatcher(new PagedInvites(0, true));

    assertThat(invites.listAll()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listAllDefaultsToFiftyPerPage() {
    server.setDispatcher(new PagedInvites(3, true));

    assertThat(invites.listAll().count()).isEqualTo(3);
    assertThat(take(server).getRequestUrl().queryParameter("per_page"))
        .isEqualTo(String.valueOf(WapikitInvites.DEFAULT_PAGE_SIZE)).isEqualTo("50");
  }

  @Test
  void aFailedPageThrowsFromTheStreamOperationThatNeededIt() {
    server.enqueue(json(200, "{\"invites\":[" + invite("inv_1", "a@x.io") + "," + invite("inv_2", "b@x.io")
        + "],\"paginationMeta\":{\"page\":1,\"per_page\":2,\"total\":4}}"));
    server.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));
    Iterator<OrganizationMemberInvite> it = invites.listAll(2).iterator();

    assertThat(it.next().getUniqueId()).isEqualTo("inv_1");
    assertThat(it.next().getUniqueId()).isEqualTo("inv_2");
    assertThatThrownBy(it::hasNext).isInstanceOf(UnauthorizedException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listAllAsyncCollectsEveryPageInOrder() {
    server.setDispatcher(new PagedInvites(7, true));

    List<OrganizationMemberInvite> all = await(invites.listAllAsync(3));

    assertThat(all).extracting(OrganizationMemberInvite::getUniqueId).containsExactlyElementsOf(ids(7));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(requests(3)).extracting(r -> r.getRequestUrl().queryParameter("page"))
        .containsExactly("1", "2", "3");
  }

  @Test
  void listAllAsyncDefaultsToFiftyPerPageAndStopsWithoutMetaOnAShortPage() {
    server.setDispatcher(new PagedInvites(3, false));

    List<OrganizationMemberInvite> all = await(invites.listAllAsync());

    assertThat(all).hasSize(3);
    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = take(server);
    assertThat(request.getRequestUrl().queryParameter("per_page")).isEqualTo("50");
    assertStandardHeaders(request);
  }

  @Test
  void listAllAsyncFailsWithThePageError() {
    server.enqueue(json(200, "{\"invites\":[" + invite("inv_1", "a@x.io") + "],"
        + "\"paginationMeta\":{\"page\":1,\"per_page\":1,\"total\":2}}"));
    server.enqueue(json(401, "{\"message\":\"Unauthorized\"}"));

    assertThatThrownBy(() -> await(invites.listAllAsync(1))).isInstanceOf(UnauthorizedException.class)
        .satisfies(e -> assertThat(((UnauthorizedException) e).path())
            .isEqualTo(INVITES_PATH + "?page=2&per_page=1"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  private List<String> pagesRequested(int count) {
    return requests(count).stream().map(r -> r.getRequestUrl().queryParameter("page")).collect(Collectors.toList());
  }

  private List<RecordedRequest> requests(int count) {
    List<RecordedRequest> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      requests.add(take(server));
    }
    return requests;
  }

  private static List<String> ids(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "inv_" + i).collect(Collectors.toList());
  }

  /** Serves {@code total} invites, sliced by the request's page and per_page, with or without paginationMeta. */
  private static final class PagedInvites extends Dispatcher {
    private final int total;
    private final boolean withMeta;

    PagedInvites(int total, boolean withMeta) {
      this.total = total;
      this.withMeta = withMeta;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getRequestUrl();
      int page = Integer.parseInt(url.queryParameter("page"));
      int perPage = Integer.parseInt(url.queryParameter("per_page"));
      String items = IntStream.rangeClosed((page - 1) * perPage + 1, Math.min(total, page * perPage))
          .mapToObj(i -> invite("inv_" + i, "user" + i + "@example.com"))
          .collect(Collectors.joining(","));
      String meta = withMeta
          ? ",\"paginationMeta\":{\"page\":" + page + ",\"per_page\":" + perPage + ",\"total\":" + total + "}"
          : "";
      return json(200, "{\"invites\":[" + items + "]" + meta + "}");
    }
  }
}
