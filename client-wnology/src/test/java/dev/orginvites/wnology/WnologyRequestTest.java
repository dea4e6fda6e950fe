package dev.orginvites.wnology;

import static dev.orginvites.wnology.TestClients.INVITES_PATH;
import static dev.orginvites.wnology.TestClients.actionBody;
import static dev.orginvites.wnology.TestClients.bodyOf;
import static dev.orginvites.wnology.TestClients.decodedQuery;
import static dev.orginvites.wnology.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What goes over the wire for every overload: method, path under the base path, query, headers, JSON body. */
class WnologyRequestTest extends TestClients.ClientTest {
  // '+', '/', '=', '&', '%' and '?' all change meaning in a query if left unescaped.
  private static final String TOKEN = "tok+en/with=special&chars%2B?#";
  private static final String EMAIL = "new.user+demo@example.com";

  static List<Operation> operations() {
    return Operation.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void sendsExactlyTheDocumentedRequest(Operation op) throws Exception {
    server.enqueue(op.isGet()
        ? json(200, "{\"orgName\":\"Acme\"}")
        : json(200, "{\"accepted\":" + op.accept + ",\"orgId\":\"5e8f8c1b2a3d4e5f6a7b8c9d\"}"));

    Object value = op.value(client.invites(), TOKEN, EMAIL);

    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo(op.httpMethod);
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(INVITES_PATH);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).startsWith("org-invites-java/");
    // Neither call needs credentials; none may be sent.
    assertThat(request.getHeader("Authorization")).isNull();
    assertThat(request.getHeader("x-access-token")).isNull();

    if (op.isGet()) {
      assertThat(decodedQuery(request))
          .containsOnlyKeys("token", "email")
          .containsEntry("token", List.of(TOKEN))
          .containsEntry("email", List.of(EMAIL));
      assertThat(request.getHeader("Content-Type")).isNull();
      assertThat(request.getBodySize()).isZero();
      assertThat(value).isInstanceOf(OrgInvitationInfo.class);
      assertThat(((OrgInvitationInfo) value).getOrgName()).isEqualTo("Acme");
    } else {
      assertThat(request.getRequestUrl().encodedQuery()).isNull();
      MediaType contentType = MediaType.parse(request.getHeader("Content-Type"));
      assertThat(contentType).isNotNull();
      assertThat(contentType.type() + "/" + contentType.subtype()).isEqualTo("application/json");
      assertThat(contentType.charset()).isIn(null, java.nio.charset.StandardCharsets.UTF_8);
      assertThat(bodyOf(request)).isEqualTo(actionBody(TOKEN, EMAIL, op.accept));
      assertThat(value).isInstanceOf(OrgInvitationResult.class);
      assertThat(((OrgInvitationResult) value).getAccepted()).isEqualTo(op.accept);
    }
  }

  @ParameterizedTest(name = "base URL path {0}")
  @ValueSource(strings = {"/wnology", "/wnology/", "/deep/prefix/wnology/"})
  void keepsTheBaseUrlPathPrefixWithOrWithoutTrailingSlash(String prefix) throws Exception {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{\"accepted\":true}"));
    String expected = (prefix.endsWith("/") ? prefix : prefix + "/") + "invites";
    try (WnologyClient prefixed = WnologyClient.builder()
        .baseUrl(server.url(prefix).toString())
        .retryPolicy(dev.orginvites.core.RetryPolicy.disabled())
        .build()) {
      prefixed.invites().get(TOKEN, EMAIL);
      prefixed.invites().accept(TOKEN, EMAIL);
    }
    assertThat(server.takeRequest().getRequestUrl().encodedPath()).isEqualTo(expected);
    assertThat(server.takeRequest().getRequestUrl().encodedPath()).isEqualTo(expected);
  }

  @Test
  void applicationNameIsPrependedToTheUserAgent() throws Exception {
    server.enqueue(json(200, "{}"));
    try (WnologyClient named = WnologyClient.builder()
        .baseUrl(server.url(TestClients.PREFIX).toString())
        .applicationName("onboarding-service/2.3")
        .build()) {
      named.invites().get(TOKEN, EMAIL);
    }
    String userAgent = server.takeRequest().getHeader("User-Agent");
    assertThat(userAgent).startsWith("onboarding-service/2.3 org-invites-java/");
    assertThat(userAgent).doesNotContain(TOKEN);
  }
}
