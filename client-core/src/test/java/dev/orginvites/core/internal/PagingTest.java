package dev.orginvites.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.MalformedResponseException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.Page;
import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.core.testing.TestServers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/** The shared paging: one page, every page lazily, every page without blocking; what the response says counts. */
class PagingTest {
  /** A list call shaped like the services' (items beside a pagination object). */
  interface ListApi {
    @GET("things")
    Call<Things> list(@Query("page") int page, @Query("per_page") int perPage, @Query("sort") String sort);
  }

  /** The list response; public fields so that the SDK's mapper can fill it in. */
  static final class Things {
    public List<String> things;
    public Meta meta;
  }

  /** The pagination object. */
  static final class Meta {
    public Integer page;
    public Integer per_page;
    public Long total;
  }

  static final Paging<Things, String> THINGS = Paging.of(ErrorReason.NOT_FOUND, "things", body -> body.things,
      new Paging.Position<Things>() {
        @Override
        public Integer page(Things body) {
          return body.meta == null ? null : body.meta.page;
        }

        @Override
        public Integer perPage(Things body) {
          return body.meta == null ? null : body.meta.per_page;
        }

        @Override
        public Long total(Things body) {
          return body.meta == null ? null : body.meta.total;
        }
      });

  private MockWebServer server;
  private HttpStack stack;
  private ListApi api;

  @BeforeEach
  void start() throws IOException {
    server = TestServers.start();
    ClientConfig config = ProbeClient.builder().baseUrl(server.url("/api/").toString())
        .retryPolicy(RetryPolicy.disabled()).settings();
    stack = HttpStack.create(config, "probe", ProbeClient.DIALECT, List.of());
    api = stack.create(ListApi.class);
  }

  @AfterEach
  void stop() throws IOException {
    stack.close();
    server.shutdown();
  }

  private Paging.Fetch<Things> sorted(String sort) {
    return (page, perPage) -> api.list(page, perPage, sort);
  }

  @Test
  void onePageSendsThePageAndTheCapturedArgumentsAndReadsThePosition() throws Exception {
    server.enqueue(json("{\"things\":[\"a\",null,\"b\"],\"meta\":{\"page\":3,\"per_page\":2,\"total\":7}}"));

    Page<String> page = THINGS.page(stack.caller(), 3, 2, sorted("desc"));

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.page()).isEqualTo(3);
    assertThat(page.perPage()).isEqualTo(2);
    assertThat(page.total()).hasValue(7);
    assertThat(page.hasNextPage()).isTrue();
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/things");
    assertThat(request.getRequestUrl().query()).isEqualTo("page=3&per_page=2&sort=desc");
  }

  @Test
  void whatTheResponseLeavesOutOrGetsWrongIsTakenFromTheRequest() {
    server.enqueue(json("{\"things\":[\"a\"]}"));
    server.enqueue(json("{\"things\":[\"a\"],\"meta\":{\"page\":0,\"per_page\":-1,\"total\":-5}}"));

    Page<String> noMeta = THINGS.page(stack.caller(), 2, 5, sorted(null));
    Page<String> nonsense = THINGS.page(stack.caller(), 4, 6, sorted(null));

    assertThat(List.of(noMeta.page(), noMeta.perPage())).containsExactly(2, 5);
    assertThat(noMeta.total()).isEmpty();
    assertThat(List.of(nonsense.page(), nonsense.perPage())).containsExactly(4, 6);
    assertThat(nonsense.total()).isEmpty();
  }

  @Test
  void aResponseWithoutItsListIsMalformed() {
    server.enqueue(json("{\"meta\":{\"page\":1,\"per_page\":2,\"total\":0}}"));

    assertThatThrownBy(() -> THINGS.page(stack.caller(), 1, 2, sorted(null)))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'things'");
  }

  @Test
  void failuresKeepTheirTypeAndTheOperationsNotFoundReason() {
    server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
        .setBody("{\"type\":\"NotFound\",\"message\":\"no such list\"}"));
    server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
        .setBody("{\"type\":\"Unauthorized\",\"message\":\"no\"}"));

    assertThatThrownBy(() -> THINGS.page(stack.caller(), 1, 2, sorted(null)))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).reason()).isEqualTo(ErrorReason.NOT_FOUND));
    assertThatThrownBy(() -> await(THINGS.pageAsync(stack.caller(), 1, 2, sorted(null))))
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void badPagingIsRefusedBeforeAnythingIsSent() {
    assertThatIllegalArgumentException().isThrownBy(() -> THINGS.page(stack.caller(), 0, 2, sorted(null)))
        .withMessageStartingWith("page");
    assertThatIllegalArgumentException().isThrownBy(() -> THINGS.pageAsync(stack.caller(), 1, 0, sorted(null)))
        .withMessageStartingWith("perPage");
    assertThatIllegalArgumentException().isThrownBy(() -> THINGS.all(stack.caller(), 0, sorted(null)))
        .withMessageStartingWith("perPage");
    assertThatIllegalArgumentException().isThrownBy(() -> THINGS.allAsync(stack.caller(), -1, sorted(null)))
        .withMessageStartingWith("perPage");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void allIsLazyAndFetchesPagesInOrderOnlyAsNeeded() {
    server.setDispatcher(new PagedThings(5));

    Stream<String> all = THINGS.all(stack.caller(), 2, sorted("asc"));
    assertThat(server.getRequestCount()).as("creating the stream sends nothing").isZero();
    Iterator<String> it = all.iterator();
    it.next();
    it.next();
    assertThat(server.getRequestCount()).isEqualTo(1);
    it.next();
    assertThat(server.getRequestCount()).isEqualTo(2);

    List<String> everything = THINGS.all(stack.caller(), 2, sorted("asc")).collect(Collectors.toList());
    assertThat(everything).containsExactly("t1", "t2", "t3", "t4", "t5");
    assertThat(server.getRequestCount()).as("2 before, then pages 1, 2 and 3").isEqualTo(5);
  }

  @Test
  void allStopsAtAnEmptyPageWhenTheTotalIsUnknown() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        int page = Integer.parseInt(request.getRequestUrl().queryParameter("page"));
        return json(page <= 2 ? "{\"things\":[\"p" + page + "a\",\"p" + page + "b\"]}" : "{\"things\":[]}");
      }
    });

    assertThat(THINGS.all(stack.caller(), 2, sorted(null)).collect(Collectors.toList()))
        .containsExactly("p1a", "p1b", "p2a", "p2b");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void allAsyncCollectsEveryPageAndKeepsTheCapturedArguments() throws Exception {
    server.setDispatcher(new PagedThings(5));

    List<String> all = THINGS.allAsync(stack.caller(), 2, sorted("desc")).get(10, TimeUnit.SECONDS);

    assertThat(all).containsExactly("t1", "t2", "t3", "t4", "t5");
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      queries.add(server.takeRequest(5, TimeUnit.SECONDS).getRequestUrl().query());
    }
    assertThat(queries).containsExactly("page=1&per_page=2&sort=desc", "page=2&per_page=2&sort=desc",
        "page=3&per_page=2&sort=desc");
  }

  @Test
  void allAsyncFailsWithTheFailedPagesException() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getRequestUrl().queryParameter("page").equals("1")
            ? json("{\"things\":[\"a\",\"b\"],\"meta\":{\"page\":1,\"per_page\":2,\"total\":4}}")
            : json("{\"meta\":{}}");
      }
    });

    CompletableFuture<List<String>> all = THINGS.allAsync(stack.caller(), 2, sorted(null));

    assertThatThrownBy(() -> await(all)).isInstanceOf(MalformedResponseException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  /** {@code count} things named t1..tN, served in the pages asked for, with the total. */
  private static final class PagedThings extends Dispatcher {
    private final int count;

    PagedThings(int count) {
      this.count = count;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getRequestUrl();
      int page = Integer.parseInt(url.queryParameter("page"));
      int perPage = Integer.parseInt(url.queryParameter("per_page"));
      List<String> items = new ArrayList<>();
      for (int i = (page - 1) * perPage + 1; i <= Math.min(count, page * perPage); i++) {
        items.add("\"t" + i + "\"");
      }
      return json("{\"things\":[" + String.join(",", items) + "],\"meta\":{\"page\":" + page + ",\"per_page\":"
          + perPage + ",\"total\":" + count + "}}");
    }
  }
}
