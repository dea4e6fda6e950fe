package dev.orginvites.benchmarks;

import dev.orginvites.wapikit.api.OrganizationInvitesApi;
import dev.orginvites.wapikit.model.GetOrganizationInvitesResponse;
import dev.orginvites.wnology.api.InvitesApi;
import dev.orginvites.wnology.model.OrgInvitationAction;
import dev.orginvites.wnology.model.OrgInvitationInfo;
import dev.orginvites.wnology.model.OrgInvitationResult;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * A control, not a way to use the SDK: the SDK's generated Retrofit interfaces called directly over the same
 * OkHttpClient the baseline uses, with the baseline's ObjectMapper, and nothing else (no facade, argument checks,
 * deadline, retries, typed errors or SDK interceptors). Set between the baseline and the SDK, it splits the SDK's
 * cost into the generated Retrofit layer, which the architecture requires, and what the SDK adds on top of it.
 */
final class RetrofitOnly {
  private final InvitesApi wnology;
  private final OrganizationInvitesApi wapikit;

  RetrofitOnly(OkHttpClient client, String wnologyBaseUrl, String wapikitBaseUrl, String apiKey) {
    JacksonConverterFactory json = JacksonConverterFactory.create(Baseline.mapper());
    this.wnology = new Retrofit.Builder().baseUrl(wnologyBaseUrl + "/").client(client).addConverterFactory(json)
        .build().create(InvitesApi.class);
    // The spec's x-access-token security scheme is not a parameter of the generated method: Retrofit users add
    // such a header with an interceptor, as the SDK does.
    OkHttpClient withKey = client.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("x-access-token", apiKey).build()))
        .build();
    this.wapikit = new Retrofit.Builder().baseUrl(wapikitBaseUrl + "/").client(withKey).addConverterFactory(json)
        .build().create(OrganizationInvitesApi.class);
  }

  OrgInvitationInfo get(String token, String email) throws IOException {
    return body(wnology.getInvite(token, email).execute());
  }

  CompletableFuture<OrgInvitationInfo> getAsync(String token, String email) {
    CompletableFuture<OrgInvitationInfo> result = new CompletableFuture<>();
    wnology.getInvite(token, email).enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<OrgInvitationInfo> call, Response<OrgInvitationInfo> response) {
        try {
          result.complete(body(response));
        } catch (IOException e) {
          result.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call<OrgInvitationInfo> call, Throwable failure) {
        result.completeExceptionally(failure);
      }
    });
    return result;
  }

  OrgInvitationResult accept(String token, String email) throws IOException {
    return body(wnology.respondToInvite(new OrgInvitationAction().email(email).token(token).accept(true)).execute());
  }

  GetOrganizationInvitesResponse list(int page, int perPage) throws IOException {
    return body(wapikit.getOrganizationInvites(page, perPage, null).execute());
  }

  private static <T> T body(Response<T> response) throws IOException {
    if (!response.isSuccessful()) {
      response.errorBody().close();
      throw new IOException("HTTP " + response.code());
    }
    return response.body();
  }
}
