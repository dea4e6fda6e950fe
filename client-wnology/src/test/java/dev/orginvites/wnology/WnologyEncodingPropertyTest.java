package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.actionBody;
import static dev.orginvites.wnology.TestClients.bodyOf;
import static dev.orginvites.wnology.TestClients.decodedQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.orginvites.core.RetryPolicy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Any token and any email the client accepts reaches the service unchanged: in the query of a look-up, as a
 * form-decoding server reads it, and in the JSON body of an answer. Any email it refuses sends nothing at all.
 * One server and one client serve every try, so thousands of tries take a few seconds.
 */
class WnologyEncodingPropertyTest {
  private static MockWebServer server;
  private static WnologyClient client;

  @BeforeContainer
  static void start() throws IOException {
    server = TestClients.newServer();
    // Answers by method, so the server never runs out of queued responses however many tries run.
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getMethod().equals("GET")
            ? "{\"orgName\":\"Acme\"}"
            : "{\"accepted\":true,\"orgId\":\"5e8f8c1b2a3d4e5f6a7b8c9d\"}";
        return TestClients.json(200, body);
      }
    });
    server.start();
    client = WnologyClient.builder()
        .baseUrl(server.url(TestClients.PREFIX).toString())
        .retryPolicy(RetryPolicy.disabled())
        .build();
  }

  @AfterContainer
  static void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  @Provide
  Arbitrary<String> tokens() {
    return TextArbitraries.tokens();
  }

  @Provide
  Arbitrary<String> emails() {
    return TextArbitraries.anyEmails();
  }

  /** Calls {@code call}; true when it was sent, false when the email was refused and nothing went out. */
  private static boolean sentUnlessRefused(String email, Runnable call) {
    int before = server.getRequestCount();
    try {
      call.run();
    } catch (IllegalArgumentException refused) {
      assertThat(refused).hasMessageStartingWith("email ");
      assertThat(server.getRequestCount()).as("requests after refusing %s", email).isEqualTo(before);
      Statistics.label("email").collect("refused");
      return false;
    }
    Statistics.label("email").collect("accepted");
    return true;
  }

  @Property(tries = 2000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void lookUpSendsTokenAndEmailByteExactInTheQuery(
      @ForAll("tokens") String token, @ForAll("emails") String email) throws InterruptedException {
    if (!sentUnlessRefused(email, () -> client.invites().get(token, email))) {
      return;
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(TestClients.INVITES_PATH);
    assertThat(decodedQuery(request))
        .containsOnlyKeys("token", "email")
        .containsEntry("token", List.of(token))
        .containsEntry("email", List.of(email));
    // OkHttp's own decoding must agree: nothing in the query is ambiguous.
    assertThat(request.getRequestUrl().queryParameter("token")).isEqualTo(token);
    assertThat(request.getRequestUrl().queryParameter("email")).isEqualTo(email);
  }

  @Property(tries = 2000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void answerSendsTokenAndEmailByteExactInTheJsonBody(
      @ForAll("tokens") String token, @ForAll("emails") String email, @ForAll boolean accept)
      throws InterruptedException {
    if (!sentUnlessRefused(email, () -> client.invites().respond(token, email, accept))) {
      return;
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    byte[] sent = request.getBody().clone().readByteArray();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(bodyOf(request)).isEqualTo(actionBody(token, email, accept));
    // Strictly valid UTF-8: a lone surrogate or a replacement character would fail to decode.
    assertThatCode(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(sent)))
        .doesNotThrowAnyException();
  }

  /** The generators reach both sides of the check often enough for the properties above to mean something. */
  @Property(tries = 2000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void bothAcceptedAndRefusedEmailsAreTried(@ForAll("emails") String email) {
    boolean accepted;
    try {
      dev.orginvites.core.internal.Args.email(email, "email");
      accepted = true;
    } catch (IllegalArgumentException refused) {
      accepted = false;
    }
    Statistics.label("email").collect(accepted ? "accepted" : "refused");
    Statistics.label("email").coverage(coverage -> {
      coverage.check("accepted").percentage(p -> p > 40);
      coverage.check("refused").percentage(p -> p > 20);
    });
  }
}
