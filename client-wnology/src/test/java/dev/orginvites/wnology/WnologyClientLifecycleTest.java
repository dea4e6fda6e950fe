package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.RetryPolicy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** close(), and sharing an application's OkHttpClient. */
class WnologyClientLifecycleTest extends TestClients.ServerTest {
  private static final String TOKEN = "lifecycle-secret-token";
  private static final String EMAIL = "ann@example.com";


  static List<Operation> operations() {
    return Operation.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyCallAfterCloseFailsWithIllegalStateAndSendsNothing(Operation op) throws Exception {
    WnologyClient client = TestClients.client(server);
    client.close();

    if (op.async) {
      Object future = op.invokeRaw(client.invites(), TOKEN, EMAIL);
      assertThat(future).isInstanceOf(CompletableFuture.class);
      assertThatThrownBy(() -> ((CompletableFuture<?>) future).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
    } else {
      assertThatThrownBy(() -> op.invokeRaw(client.invites(), TOKEN, EMAIL))
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closeIsIdempotentAndShowsInToString() {
    WnologyClient client = TestClients.client(server);
    assertThat(client.toString()).contains("closed=false");

    client.close();
    client.close();

    assertThat(client.toString()).contains("closed=true");
  }

  @Test
  void worksOnASharedOkHttpClientAndLeavesItRunningAfterClose() throws Exception {
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-App", "demo").build()))
        .build();
    try {
      server.enqueue(json(200, "{\"orgName\":\"Acme\"}"));
      server.enqueue(json(200, "{\"orgName\":\"Again\"}"));
      server.enqueue(json(200, "{}"));

      WnologyClient first = sharedClient(shared);
      assertThat(first.invites().get(TOKEN, EMAIL).getOrgName()).isEqualTo("Acme");
      first.close();

      // The application's own client keeps its dispatcher and its interceptors, without the SDK's.
      assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(shared.interceptors()).hasSize(1);
      try (WnologyClient second = sharedClient(shared)) {
        assertThat(second.invites().getAsync(TOKEN, EMAIL).get(5, TimeUnit.SECONDS).getOrgName())
            .isEqualTo("Again");
      }
      try (Response direct = shared.newCall(new Request.Builder().url(server.url("/ping")).build()).execute()) {
        assertThat(direct.code()).isEqualTo(200);
      }

      assertThat(server.takeRequest().getHeader("X-App")).as("the shared client's interceptor ran").isEqualTo("demo");
      assertThat(server.takeRequest().getHeader("User-Agent")).startsWith("org-invites-java/");
      assertThat(server.takeRequest().getHeader("User-Agent"))
          .as("the SDK's headers are not added to the shared client")
          .doesNotStartWith("org-invites-java/");
    } finally {
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  private WnologyClient sharedClient(OkHttpClient shared) {
    return WnologyClient.builder()
        .baseUrl(server.url(TestClients.PREFIX).toString())
        .okHttpClient(shared)
        .retryPolicy(RetryPolicy.disabled())
        .build();
  }
}
