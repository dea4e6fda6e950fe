package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.InviteExpiredException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Async variants: a value completes the future; a failure completes it exceptionally with the typed exception. */
class WnologyAsyncTest extends TestClients.ClientTest {
  private static final String TOKEN = "async-secret-token";
  private static final String EMAIL = "ann@example.com";

  static List<Operation> asyncOperations() {
    return Operation.all().stream().filter(op -> op.async).collect(Collectors.toList());
  }

  static List<Operation> operations() {
    return Operation.all();
  }

  @Test
  void getAsyncCompletesWithTheInvite() throws Exception {
    server.enqueue(json(200, "{\"orgName\":\"Acme\",\"role\":\"admin\",\"ttl\":1000}"));

    OrgInvitationInfo info = client.invites().getAsync(TOKEN, EMAIL).get(5, TimeUnit.SECONDS);

    assertThat(info.getOrgName()).isEqualTo("Acme");
    assertThat(info.getRole()).isSameAs(InviteRole.ADMIN);
    assertThat(info.getTtl()).isEqualByComparingTo("1000");
  }

  @Test
  void acceptAsyncAndRejectAsyncCompleteWithTheResult() throws Exception {
    server.enqueue(json(200, "{\"accepted\":true,\"orgId\":\"5e8f8c1b2a3d4e5f6a7b8c9d\"}"));
    server.enqueue(json(200, "{\"accepted\":false,\"orgId\":\"5e8f8c1b2a3d4e5f6a7b8c9d\"}"));

    OrgInvitationResult accepted = client.invites().acceptAsync(TOKEN, EMAIL).get(5, TimeUnit.SECONDS);
    OrgInvitationResult rejected = client.invites().rejectAsync(InviteLink.of(TOKEN, EMAIL)).get(5, TimeUnit.SECONDS);

    assertThat(accepted.getAccepted()).isTrue();
    assertThat(accepted.getOrgId()).isEqualTo("5e8f8c1b2a3d4e5f6a7b8c9d");
    assertThat(rejected.getAccepted()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("asyncOperations")
  void failedFutureThrowsExecutionExceptionCausedByTheTypedException(Operation op) throws Exception {
    server.enqueue(json(410, "{\"type\":\"Expired\",\"message\":\"Invite has expired\"}"));

    Object future = op.invokeRaw(client.invites(), TOKEN, EMAIL);

    assertThat(future).isInstanceOf(CompletableFuture.class);
    CompletableFuture<?> failed = (CompletableFuture<?>) future;
    assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isExactlyInstanceOf(InviteExpiredException.class)
        .hasMessageContaining("HTTP 410")
        .hasMessageNotContaining(TOKEN);
    assertThat(failed).isCompletedExceptionally();
    assertThatThrownBy(failed::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isExactlyInstanceOf(InviteExpiredException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void syncAndAsyncReportTheSameTypedFailure(Operation op) throws Exception {
    server.enqueue(json(404, "{\"type\":\"NotFound\",\"message\":\"Invite was not found\"}"));

    Throwable failure = op.failure(client.invites(), TOKEN, EMAIL);

    assertThat(failure).isExactlyInstanceOf(InviteNotFoundException.class);
    assertThat(((InviteNotFoundException) failure).statusCode()).isEqualTo(404);
    assertThat(((InviteNotFoundException) failure).method()).isEqualTo(op.httpMethod);
  }

  @Test
  void asyncCallReturnsBeforeTheResponseArrives() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        // Holds the response until the test has seen the future still pending.
        release.await(5, TimeUnit.SECONDS);
        return json(200, "{\"orgName\":\"Acme\"}");
      }
    });

    CompletableFuture<OrgInvitationInfo> future = client.invites().getAsync(TOKEN, EMAIL);

    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(future).isNotDone();
    release.countDown();
    assertThat(future.get(5, TimeUnit.SECONDS).getOrgName()).isEqualTo("Acme");
  }
}
