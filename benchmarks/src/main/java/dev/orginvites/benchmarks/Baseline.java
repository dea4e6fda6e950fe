package dev.orginvites.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.orginvites.wapikit.model.GetOrganizationInvitesResponse;
import dev.orginvites.wnology.model.OrgInvitationAction;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The hand-written client the SDK is measured against: what a careful engineer writes with OkHttp and Jackson
 * alone. One shared OkHttpClient, one ObjectMapper, URLs built with HttpUrl, bodies read straight from the byte
 * stream into the same generated model classes the SDK returns. No retries, no redaction, no typed errors: a
 * 404 is a status check that returns null, any other failure a plain IOException.
 */
final class Baseline {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final ObjectMapper mapper;
  private final HttpUrl wnologyInvites;
  private final HttpUrl wapikitInvites;
  private final String apiKey;

  Baseline(OkHttpClient client, String wnologyBaseUrl, String wapikitBaseUrl, String apiKey) {
    this.client = client;
    this.mapper = mapper();
    this.wnologyInvites = HttpUrl.get(wnologyBaseUrl).newBuilder().addPathSegment("invites").build();
    this.wapikitInvites =
        HttpUrl.get(wapikitBaseUrl).newBuilder().addPathSegment("organization").addPathSegment("invites").build();
    this.apiKey = apiKey;
  }

  /**
   * The baseline's OkHttpClient. Same timeouts as the SDK's defaults (a production client sets a call deadline
   * too, and OkHttp arms a watchdog for it on every call) and the same limits the SDK gives its own client:
   * 32 requests per host instead of OkHttp's 5, and as many idle connections kept.
   *
   * @param canned an interceptor answering from memory, or null to use the network
   */
  static OkHttpClient httpClient(Interceptor canned) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(32);
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new okhttp3.ConnectionPool(32, 5, java.util.concurrent.TimeUnit.MINUTES))
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60));
    if (canned != null) {
      builder.addInterceptor(canned);
    }
    return builder.build();
  }

  /** Configured like the SDK's mapper where it changes what is read: dates keep the offset the service sent. */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .build();
  }

  /** WEGnology GET /invites; null when the invite does not exist (404). */
  OrgInvitationInfo get(String token, String email) throws IOException {
    try (Response response = client.newCall(getRequest(token, email)).execute()) {
      return response.code() == 404 ? null : read(response, OrgInvitationInfo.class);
    }
  }

  /** {@link #get} via {@code enqueue}: the response is read on OkHttp's dispatcher thread. */
  CompletableFuture<OrgInvitationInfo> getAsync(String token, String email) {
    CompletableFuture<OrgInvitationInfo> result = new CompletableFuture<>();
    client.newCall(getRequest(token, email)).enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          result.complete(response.code() == 404 ? null : read(response, OrgInvitationInfo.class));
        } catch (IOException | RuntimeException e) {
          result.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call call, IOException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /** WEGnology POST /invites with {@code accept: true}. */
  OrgInvitationResult accept(String token, String email) throws IOException {
    OrgInvitationAction action = new OrgInvitationAction().email(email).token(token).accept(true);
    Request request = new Request.Builder()
        .url(wnologyInvites)
        .post(RequestBody.create(mapper.writeValueAsBytes(action), JSON))
        .build();
    try (Response response = client.newCall(request).execute()) {
      return read(response, OrgInvitationResult.class);
    }
  }

  /** WapiKit GET /organization/invites, one page. */
  GetOrganizationInvitesResponse list(int page, int perPage) throws IOException {
    HttpUrl url = wapikitInvites.newBuilder()
        .addQueryParameter("page", Integer.toString(page))
        .addQueryParameter("per_page", Integer.toString(perPage))
        .build();
    Request request = new Request.Builder().url(url).header("x-access-token", apiKey).build();
    try (Response response = client.newCall(request).execute()) {
      return read(response, GetOrganizationInvitesResponse.class);
    }
  }

  private Request getRequest(String token, String email) {
    HttpUrl url = wnologyInvites.newBuilder()
        .addQueryParameter("token", token)
        .addQueryParameter("email", email)
        .build();
    return new Request.Builder().url(url).build();
  }

  private <T> T read(Response response, Class<T> type) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
    return mapper.readValue(response.body().byteStream(), type);
  }
}
