package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.orginvites.core.RetryPolicy;
import dev.orginvites.core.Sleeper;
import dev.orginvites.core.testing.RecordingSleeper;
import dev.orginvites.wnology.model.InviteRole;
import dev.orginvites.wnology.model.OrgInvite;
import dev.orginvites.wnology.model.OrgMember;
import dev.orginvites.wnology.model.Organization;
import dev.orginvites.wnology.model.ResourceRole;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.mockwebserver.MockWebServer;

/**
 * One public method of the organization's side ({@link WnologyOrg}, {@link WnologyOrgInvites},
 * {@link WnologyOrgMembers}), sync or async, with the request it must send and an answer it understands, so that
 * request, error, retry and argument tests run over every one of them.
 */
final class OrgCall {
  static final String ORG = "5e8f8c1b2a3d4e5f6a7b8c9d";
  static final String INVITE_ID = "5e8f8c1b2a3d4e5f6a7b8c9e";
  static final String USER_ID = "5e8f8c1b2a3d4e5f6a7b8c9f";
  static final String APP = "5e8f8c1b2a3d4e5f6a7b8c90";
  static final String DASHBOARD = "5e8f8c1b2a3d4e5f6a7b8c91";
  static final String EMAIL = "ann+org@example.com";
  /** Long enough to be scrubbed from free text, with characters that change when percent-encoded. */
  static final String API_TOKEN = "org-secret-Tok3n_value.x~";
  /** The decorations the official JavaScript client sends on every organization call. */
  static final Map<String, List<String>> DECORATIONS =
      Map.of("_actions", List.of("false"), "_links", List.of("true"), "_embedded", List.of("true"));

  static final String INVITES_JSON = "[{\"id\":\"" + INVITE_ID + "\",\"email\":\"" + EMAIL + "\",\"role\":\"edit\","
      + "\"applicationRoles\":[{\"resourceId\":\"" + APP + "\",\"role\":\"view\"}],\"dashboardRoles\":[],"
      + "\"inviteDate\":\"2026-11-01T12:00:00.000Z\",\"ttl\":604800000,\"hasExpired\":false,"
      + "\"disallowTransfer\":false,\"somethingNew\":1}]";
  static final String ORG_JSON = "{\"id\":\"" + ORG + "\",\"orgId\":\"" + ORG + "\",\"name\":\"Acme\","
      + "\"creationDate\":\"2026-01-01T00:00:00.000+02:00\",\"members\":[{\"userId\":\"" + USER_ID + "\","
      + "\"email\":\"bob@example.com\",\"firstName\":\"Bob\",\"role\":\"view\",\"applicationRoles\":[],"
      + "\"dashboardRoles\":[{\"resourceId\":\"" + DASHBOARD + "\",\"role\":\"collaborate\"}]}],"
      + "\"summary\":{\"memberCount\":1,\"pendingInviteCount\":1,\"deviceCount\":4},"
      + "\"planId\":\"starter\",\"limits\":{\"member\":3},\"isEnterprise\":false}";

  static final SendOptions SEND_OPTIONS = SendOptions.builder()
      .applicationRole(APP, ResourceRole.VIEW)
      .dashboardRole(DASHBOARD, ResourceRole.COLLABORATE)
      .disallowTransfer(true)
      .build();
  static final RoleOptions ROLE_OPTIONS = RoleOptions.builder()
      .applicationRole(APP, ResourceRole.NONE)
      .dashboardRole(DASHBOARD, ResourceRole.VIEW)
      .build();

  /** Calls the method on {@code org}; an async method's future is returned as is. */
  @FunctionalInterface
  interface Invocation {
    Object call(WnologyOrg org);
  }

  final String name;
  final String method;
  /** The path below the base URL, without a leading slash. */
  final String path;
  /** The query parameters besides the decorations. */
  final Map<String, List<String>> query;
  /** The JSON body the request must carry, or null for none. */
  final String body;
  /** A 200 answer the call understands. */
  final String answer;
  /** Whether the call changes something (never sent twice). */
  final boolean action;
  final boolean async;
  private final Invocation invocation;
  private final Consumer<Object> check;

  private OrgCall(String name, String method, String path, Map<String, List<String>> query, String body,
      String answer, boolean action, boolean async, Invocation invocation, Consumer<Object> check) {
    this.name = name;
    this.method = method;
    this.path = path;
    this.query = query;
    this.body = body;
    this.answer = answer;
    this.action = action;
    this.async = async;
    this.invocation = invocation;
    this.check = check;
  }

  static List<OrgCall> all() {
    String invites = "orgs/" + ORG + "/invites";
    String org = "orgs/" + ORG;
    String member = "orgs/" + ORG + "/member";
    String sendBody = "{\"email\":\"" + EMAIL + "\",\"role\":\"edit\"}";
    String sendOptionsBody = "{\"email\":\"" + EMAIL + "\",\"role\":\"edit\","
        + "\"applicationRoles\":[{\"resourceId\":\"" + APP + "\",\"role\":\"view\"}],"
        + "\"dashboardRoles\":[{\"resourceId\":\"" + DASHBOARD + "\",\"role\":\"collaborate\"}],"
        + "\"disallowTransfer\":true}";
    String patchBody = "{\"userId\":\"" + USER_ID + "\",\"role\":\"view\"}";
    String patchOptionsBody = "{\"userId\":\"" + USER_ID + "\",\"role\":\"view\","
        + "\"applicationRoles\":[{\"resourceId\":\"" + APP + "\",\"role\":\"none\"}],"
        + "\"dashboardRoles\":[{\"resourceId\":\"" + DASHBOARD + "\",\"role\":\"view\"}]}";
    Map<String, List<String>> none = Map.of();
    Map<String, List<String>> inviteId = Map.of("inviteId", List.of(INVITE_ID));
    Map<String, List<String>> userId = Map.of("userId", List.of(USER_ID));
    Consumer<Object> newInvite = value -> {
      assertThat(value).isInstanceOf(OrgInvite.class);
      OrgInvite invite = (OrgInvite) value;
      assertThat(invite.getId()).isEqualTo(INVITE_ID);
      assertThat(invite.getRole()).isSameAs(InviteRole.EDIT);
      assertThat(invite.expiresAt()).hasValueSatisfying(at -> assertThat(at).hasToString("2026-11-08T12:00:00Z"));
    };
    Consumer<Object> inviteList = value -> {
      assertThat(value).isInstanceOf(List.class);
      assertThat((List<?>) value).hasSize(1);
      newInvite.accept(((List<?>) value).get(0));
    };
    Consumer<Object> organization = value -> {
      assertThat(value).isInstanceOf(Organization.class);
      assertThat(((Organization) value).getName()).isEqualTo("Acme");
      assertThat(((Organization) value).getSummary().getPendingInviteCount()).isEqualTo(1L);
    };
    Consumer<Object> members = value -> {
      assertThat(value).isInstanceOf(List.class);
      assertThat((List<?>) value).hasSize(1);
      OrgMember bob = (OrgMember) ((List<?>) value).get(0);
      assertThat(bob.getUserId()).isEqualTo(USER_ID);
      assertThat(bob.getRole()).isSameAs(InviteRole.VIEW);
      assertThat(bob.getDashboardRoles().get(0).getRole()).isSameAs(ResourceRole.COLLABORATE);
    };
    return List.of(
        new OrgCall("invites().send(email, role)", "POST", invites, none, sendBody, INVITES_JSON, true, false,
            o -> o.invites().send(EMAIL, InviteRole.EDIT), newInvite),
        new OrgCall("invites().sendAsync(email, role)", "POST", invites, none, sendBody, INVITES_JSON, true, true,
            o -> o.invites().sendAsync(EMAIL, InviteRole.EDIT), newInvite),
        new OrgCall("invites().send(email, role, options)", "POST", invites, none, sendOptionsBody, INVITES_JSON,
            true, false, o -> o.invites().send(EMAIL, InviteRole.EDIT, SEND_OPTIONS), newInvite),
        new OrgCall("invites().sendAsync(email, role, options)", "POST", invites, none, sendOptionsBody,
            INVITES_JSON, true, true, o -> o.invites().sendAsync(EMAIL, InviteRole.EDIT, SEND_OPTIONS), newInvite),
        new OrgCall("invites().pending()", "GET", invites, none, null, INVITES_JSON, false, false,
            o -> o.invites().pending(), inviteList),
        new OrgCall("invites().pendingAsync()", "GET", invites, none, null, INVITES_JSON, false, true,
            o -> o.invites().pendingAsync(), inviteList),
        new OrgCall("invites().revoke(inviteId)", "DELETE", invites, inviteId, null, INVITES_JSON, true, false,
            o -> o.invites().revoke(INVITE_ID), inviteList),
        new OrgCall("invites().revokeAsync(inviteId)", "DELETE", invites, inviteId, null, INVITES_JSON, true, true,
            o -> o.invites().revokeAsync(INVITE_ID), inviteList),
        new OrgCall("get()", "GET", org, none, null, ORG_JSON, false, false, WnologyOrg::get, organization),
        new OrgCall("getAsync()", "GET", org, none, null, ORG_JSON, false, true, WnologyOrg::getAsync,
            organization),
        new OrgCall("members().list()", "GET", org, none, null, ORG_JSON, false, false,
            o -> o.members().list(), members),
        new OrgCall("members().listAsync()", "GET", org, none, null, ORG_JSON, false, true,
            o -> o.members().listAsync(), members),
        new OrgCall("members().changeRole(userId, role)", "PATCH", member, none, patchBody, ORG_JSON, true, false,
            o -> o.members().changeRole(USER_ID, InviteRole.VIEW), organization),
        new OrgCall("members().changeRoleAsync(userId, role)", "PATCH", member, none, patchBody, ORG_JSON, true,
            true, o -> o.members().changeRoleAsync(USER_ID, InviteRole.VIEW), organization),
        new OrgCall("members().changeRole(userId, role, options)", "PATCH", member, none, patchOptionsBody,
            ORG_JSON, true, false, o -> o.members().changeRole(USER_ID, InviteRole.VIEW, ROLE_OPTIONS),
            organization),
        new OrgCall("members().changeRoleAsync(userId, role, options)", "PATCH", member, none, patchOptionsBody,
            ORG_JSON, true, true, o -> o.members().changeRoleAsync(USER_ID, InviteRole.VIEW, ROLE_OPTIONS),
            organization),
        new OrgCall("members().remove(userId)", "DELETE", member, userId, null, ORG_JSON, true, false,
            o -> o.members().remove(USER_ID), organization),
        new OrgCall("members().removeAsync(userId)", "DELETE", member, userId, null, ORG_JSON, true, true,
            o -> o.members().removeAsync(USER_ID), organization));
  }

  static OrgCall named(String name) {
    return all().stream().filter(call -> call.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no call " + name));
  }

  /** The whole query the request must carry: this call's parameters and the decorations. */
  Map<String, List<String>> expectedQuery() {
    Map<String, List<String>> all = new LinkedHashMap<>(query);
    all.putAll(DECORATIONS);
    return all;
  }

  /** Calls the method and returns its value, waiting for an async one. */
  Object value(WnologyOrg org) throws Exception {
    Object result = invocation.call(org);
    return async ? future(result).get(5, TimeUnit.SECONDS) : result;
  }

  /** Checks a value the call returned for {@link #answer}. */
  void checkValue(Object value) {
    check.accept(value);
  }

  /**
   * Calls the method expecting it to fail and returns the failure: what a sync method throws, or the cause of
   * the {@link ExecutionException} an async method's future fails with. An async method must not throw a service
   * failure synchronously.
   */
  Throwable failure(WnologyOrg org) throws Exception {
    Object result;
    try {
      result = invocation.call(org);
    } catch (RuntimeException thrown) {
      if (async) {
        fail(name + " threw instead of returning a failed future", thrown);
      }
      return thrown;
    }
    if (!async) {
      return fail(name + " returned " + result + " instead of failing");
    }
    try {
      Object value = future(result).get(5, TimeUnit.SECONDS);
      return fail(name + "'s future completed with " + value + " instead of failing");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  /** Calls the method without waiting; for checks that must fail before anything is sent. */
  Object invokeRaw(WnologyOrg org) {
    return invocation.call(org);
  }

  private CompletableFuture<?> future(Object result) {
    if (!(result instanceof CompletableFuture)) {
      fail(name + " returned " + result + " instead of a CompletableFuture");
    }
    return (CompletableFuture<?>) result;
  }

  @Override
  public String toString() {
    return name;
  }

  /** A client with the API token, retries as given, pointed at {@code server} under {@link TestClients#PREFIX}. */
  static WnologyClient.Builder clientFor(MockWebServer server, RetryPolicy policy, Sleeper sleeper) {
    return WnologyClient.builder()
        .baseUrl(server.url(TestClients.PREFIX).toString())
        .apiToken(API_TOKEN)
        .retryPolicy(policy)
        .sleeper(sleeper)
        .callTimeout(Duration.ofSeconds(10));
  }

  /** {@link #clientFor} with retries off, so each call is exactly one exchange. */
  static WnologyClient client(MockWebServer server) {
    return clientFor(server, RetryPolicy.disabled(), new RecordingSleeper()).build();
  }
}
