package dev.orginvites.core.internal;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * A test-only Retrofit interface shaped like the services' invite calls: a look-up (GET, token in the query)
 * and an action (POST, token in the JSON body). The facades run their generated interfaces through exactly
 * the same {@link HttpStack} and {@link ApiCaller}.
 */
interface ProbeApi {
  @GET("invites")
  Call<Invite> lookUp(@Query("token") String token, @Query("email") String email);

  @POST("invites")
  Call<Invite> act(@Body Action action);

  /** The response model; public fields so that the SDK's mapper can fill it in. */
  final class Invite {
    public String orgName;
    public String email;
  }

  /** The request body of {@link #act}. */
  final class Action {
    public String email;
    public String token;
    public boolean accept;
  }
}
