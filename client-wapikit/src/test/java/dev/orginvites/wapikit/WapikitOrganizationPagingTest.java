package dev.orginvites.wapikit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.core.Page;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.wapikit.model.Organization;
import dev.orginvites.wapikit.model.OrganizationMember;
import dev.orginvites.wapikit.model.OrganizationRole;
import dev.orginvites.wapikit.model.OrganizationTag;
import dev.orginvites.wapikit.model.SortOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every paged list of the Organization section (organizations, members, roles, tags) pages the same way, through
 * client-core's paging: one page with its position, a lazy stream of every item, and all items without blocking,
 * with the sort order passed along on every page.
 */
class WapikitOrganizationPagingTest extends WapikitTestSupport.ClientTest {
  private static final int COUNT = 5;

  @Override
  WapikitClient.Builder clientBuilder(MockWebServer server) {
    return super.clientBuilder(server).retryPolicy(RetryPolicy.disabled());
  }

  /** One list: where it lives, its list's name, an item with an id, and its four calls. */
  record Lister(String path, String name, Function<String, String> item, Function<Object, String> id,
      Function<WapikitClient, BiFunction<Integer, Integer, Page<?>>> page,
      Function<WapikitClient, Function<Integer, Stream<?>>> all,
      Function<WapikitClient, Function<Integer, CompletableFuture<? extends List<?>>>> allAsync) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Lister> listers() {
    return List.of(
        new Lister("/organization", "organizations",
            id -> OrgJson.ORGANIZATION.replace("org_1", id), o -> ((Organization) o).getUniqueId(),
            c -> (p, n) -> c.organizations().list(p, n, SortOrder.DESC),
            c -> n -> c.organizations().listAll(n, SortOrder.DESC),
            c -> n -> c.organizations().listAllAsync(n, SortOrder.DESC)),
        new Lister("/organization/members", "members",
            id -> OrgJson.MEMBER.replace("mem_1", id), o -> ((OrganizationMember) o).getUniqueId(),
            c -> (p, n) -> c.members().list(p, n, SortOrder.DESC),
            c -> n -> c.members().listAll(n, SortOrder.DESC),
            c -> n -> c.members().listAllAsync(n, SortOrder.DESC)),
        new Lister("/rbac/roles", "roles",
            id -> OrgJson.ROLE.replace("role_1", id), o -> ((OrganizationRole) o).getUniqueId(),
            c -> (p, n) -> c.roles().list(p, n, SortOrder.DESC),
            c -> n -> c.roles().listAll(n, SortOrder.DESC),
            c -> n -> c.roles().listAllAsync(n, SortOrder.DESC)),
        new Lister("/organization/tags", "tags",
            id -> OrgJson.TAG.replace("tag_1", id), o -> ((OrganizationTag) o).getUniqueId(),
            c -> (p, n) -> c.tags().list(p, n, SortOrder.DESC),
            c -> n -> c.tags().listAll(n, SortOrder.DESC),
            c -> n -> c.tags().listAllAsync(n, SortOrder.DESC)));
  }

  /** Serves {@value #COUNT} items named id1..id5 under the list's name, in the pages asked for. */
  private void serve(Lister lister) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo(WapikitTestSupport.PREFIX + lister.path());
        int page = Integer.parseInt(url.queryParameter("page"));
        int perPage = Integer.parseInt(url.queryParameter("per_page"));
        List<String> items = new ArrayList<>();
        for (int i = (page - 1) * perPage + 1; i <= Math.min(COUNT, page * perPage); i++) {
          items.add(lister.item().apply("id" + i));
        }
        return WapikitTestSupport.json(200, OrgJson.page(lister.name(), page, perPage, COUNT,
            items.toArray(String[]::new)));
      }
    });
  }

  private List<String> sorts(int requests) {
    List<String> sorts = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      sorts.add(WapikitTestSupport.take(server).getRequestUrl().queryParameter("sortBy"));
    }
    return sorts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listers")
  void onePageKnowsWhereItStands(Lister lister) {
    serve(lister);

    Page<?> second = lister.page().apply(client).apply(2, 2);
    Page<?> last = lister.page().apply(client).apply(3, 2);

    assertThat(second.items()).extracting(lister.id()).containsExactly("id3", "id4");
    assertThat(second.total()).hasValue(COUNT);
    assertThat(second.hasNextPage()).isTrue();
    assertThat(last.items()).extracting(lister.id()).containsExactly("id5");
    assertThat(last.hasNextPage()).isFalse();
    assertThat(sorts(2)).containsOnly("desc");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listers")
  void listAllFetchesLazilyPageByPage(Lister lister) {
    serve(lister);

    Stream<?> all = lister.all().apply(client).apply(2);
    assertThat(server.getRequestCount()).isZero();
    Iterator<?> it = all.iterator();
    it.next();
    it.next();
    assertThat(server.getRequestCount()).isEqualTo(1);
    it.next();
    assertThat(server.getRequestCount()).isEqualTo(2);

    List<String> ids = lister.all().apply(client).apply(2).map(lister.id()).collect(Collectors.toList());
    assertThat(ids).containsExactly("id1", "id2", "id3", "id4", "id5");
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(sorts(5)).containsOnly("desc");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listers")
  void listAllAsyncCollectsEveryPage(Lister lister) {
    serve(lister);

    List<?> all = WapikitTestSupport.await(lister.allAsync().apply(client).apply(2));

    assertThat(all).extracting(lister.id()).containsExactly("id1", "id2", "id3", "id4", "id5");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sorts(3)).containsOnly("desc");
  }
}
