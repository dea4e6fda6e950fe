package dev.orginvites.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stateful fake of WEGnology's Org Invites, served by a {@link Sandbox} under {@code /wnology}: the invited
 * person's calls ({@code GET} and {@code POST /invites}, no authentication) and the organization's
 * ({@code POST}/{@code GET}/{@code DELETE /orgs/{orgId}/invites}, {@code GET /orgs/{orgId}},
 * {@code PATCH}/{@code DELETE /orgs/{orgId}/member}, with an API token in {@code Authorization: Bearer}).
 *
 * <p>The invited person's side: an invite is identified by its token and email together (both matched exactly).
 * It can be answered once; afterwards it is gone (404). Once {@code inviteDate + ttl} has passed it is expired
 * (410). Query strings are decoded as HTML forms, as the real service's framework does, so an unencoded {@code +}
 * in an email arrives as a space and is refused as a malformed email.
 *
 * <p>The organization's side: the organization {@link SandboxFixtures#DEMO_ORG_ID} ({@link
 * SandboxFixtures#DEMO_ORG_NAME}) with its admin {@link SandboxFixtures#DEMO_ADMIN_EMAIL} always exists, and the
 * API token {@link SandboxFixtures#API_TOKEN} is always accepted (more with {@link #addOrganization},
 * {@link #seedMember} and {@link #addApiToken}); a missing or unknown token is a 401. Sending an invite creates a
 * pending invite with a fresh id and token, valid for {@link #DEFAULT_TTL}, and leaves its email in the sandbox's
 * {@link SandboxOutbox outbox}: a link with the token and the email. Accepting it through the invited person's call
 * makes the email a member with the invite's role and application and dashboard roles; rejecting or revoking it
 * removes it, and the invited person then gets a 404. Past its ttl the invited person gets a 410, and the pending
 * list shows it with {@code hasExpired: true} until it is revoked (see {@link Sandbox#advanceClock(Duration)}). An
 * invite seeded with {@link InviteSeed#orgId(String)} of a known organization is one of its pending invites too.
 * Inviting an email that has an unexpired pending invite or belongs to a member is a 400 ({@code "... has already
 * been invited to this organization"}, {@code "... is already a member of this organization"}); an unknown
 * organization, invite or member is a 404 ({@code "Organization was not found"}, {@code "Invite was not found"},
 * {@code "Member was not found"}).
 *
 * <p>Every request and every answer is validated against {@code openapi/wnology.yaml}; see {@link #violations()}.
 * Errors use the service's body {@code {"type": ..., "message": ...}}. Over a {@link #rateLimit(int, Duration) rate
 * limit} a call gets 429 with a body {@code {type, message, remaining, reset}}; X-RateLimit-* headers are sent
 * only while a limit is set. {@link #reset()} also removes every invite, recorded {@link #responses()}, added
 * organization, member and API token, leaving the organization and token above. All methods are thread-safe.
 */
public final class WnologyFake extends FakeService<WnologyFake> {
  static final String NAME = "wnology";
  static final String MOUNT = "/wnology";

  /** Organization name of invites seeded without one. */
  public static final String DEFAULT_ORG_NAME = "Sandbox Org";

  /** Role of invites seeded without one. */
  public static final String DEFAULT_ROLE = "view";

  /** Lifetime of invites seeded without one, and of every invite sent through the API. */
  public static final Duration DEFAULT_TTL = Duration.ofDays(7);

  private final FakeEndpoint endpoint;
  /** Guards every invite, organization and token; the invites map itself is the lock. */
  private final Map<Key, Invite> invites = new LinkedHashMap<>();
  private final Map<String, Org> orgs = new LinkedHashMap<>();
  private final Set<String> apiTokens = new HashSet<>();
  private final List<InviteResponse> responses = new CopyOnWriteArrayList<>();

  private final SandboxOutbox outbox;

  WnologyFake(Clock clock, SandboxOutbox outbox) {
    super(clock);
    this.outbox = outbox;
    this.endpoint = new FakeEndpoint(NAME, MOUNT, new Logic(), clock);
    synchronized (invites) {
      seedAlwaysThere();
    }
  }

  @Override
  FakeEndpoint endpoint() {
    return endpoint;
  }

  /**
   * Seeds a pending invite with the defaults: {@link #DEFAULT_ORG_NAME}, role {@link #DEFAULT_ROLE}, invited
   * now, valid for {@link #DEFAULT_TTL}, a random org id. Replaces any invite with the same token and email.
   *
   * @param token the invite token
   * @param email the invited email address
   * @return the seeded invite: its token, email and the link the invited person would click
   */
  public SeededInvite seedInvite(String token, String email) {
    return newInvite(token, email).seed();
  }

  /**
   * Starts seeding an invite whose every field can be chosen; finish with {@link InviteSeed#seed()}.
   *
   * @param token the invite token
   * @param email the invited email address
   * @return the seed to complete
   */
  public InviteSeed newInvite(String token, String email) {
    return new InviteSeed(this, token, email);
  }

  /**
   * Whether the invite exists, has not been accepted or rejected, and has not expired.
   *
   * @param token the invite token
   * @param email the invited email address
   * @return true while it can still be answered
   */
  public boolean isPending(String token, String email) {
    synchronized (invites) {
      Invite invite = invites.get(new Key(token, email));
      return invite != null && !invite.isExpired(clock);
    }
  }

  /**
   * Every accept or reject the fake has granted, in order.
   *
   * @return the responses, oldest first
   */
  public List<InviteResponse> responses() {
    return List.copyOf(responses);
  }

  /**
   * Accepts {@code apiToken} in {@code Authorization: Bearer} from now on, besides the tokens already accepted
   * ({@link SandboxFixtures#API_TOKEN} always). Every accepted token may manage every organization of the fake.
   *
   * @param apiToken the token to accept
   * @return this fake
   * @throws NullPointerException when {@code apiToken} is null
   * @throws IllegalArgumentException when {@code apiToken} is blank
   */
  public WnologyFake addApiToken(String apiToken) {
    Checks.requireText(apiToken, "apiToken");
    synchronized (invites) {
      apiTokens.add(apiToken);
    }
    return this;
  }

  /**
   * Creates the organization {@code orgId} named {@code name}, with no members and no pending invites, replacing
   * one with the same id. {@code orgId} is used as given, so tests can make ids the spec does not allow.
   *
   * @param orgId the organization's id, as used in the paths
   * @param name the organization's name
   * @return this fake
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code orgId} is blank
   */
  public WnologyFake addOrganization(String orgId, String name) {
    Checks.requireText(orgId, "orgId");
    Checks.requireNonNull(name, "name");
    synchronized (invites) {
      orgs.put(orgId, new Org(name, "", now()));
    }
    return this;
  }

  /**
   * Makes {@code email} a member of the organization {@code orgId} with {@code userId} and the organization role
   * {@code role} (as sent on the wire; any string), replacing a member with the same user id.
   *
   * @param orgId the id of an organization of the fake
   * @param userId the member's user id
   * @param email the member's email address
   * @param role the member's organization role, as sent on the wire
   * @return this fake
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code userId} or {@code email} is blank, or there is no organization
   *     {@code orgId}
   */
  public WnologyFake seedMember(String orgId, String userId, String email, String role) {
    Checks.requireText(userId, "userId");
    Checks.requireText(email, "email");
    Checks.requireNonNull(role, "role");
    synchronized (invites) {
      Org org = orgs.get(Checks.requireNonNull(orgId, "orgId"));
      if (org == null) {
        throw new IllegalArgumentException("no organization " + orgId + " in the sandbox; addOrganization first");
      }
      org.members.put(userId, new StoredMember(userId, email, null, null, role, List.of(), List.of()));
      org.lastUpdated = now();
    }
    return this;
  }

  /**
   * The members of the organization {@code orgId} in the order they joined; empty for an unknown organization.
   *
   * @param orgId the organization's id
   * @return the members, unmodifiable, oldest first
   */
  public List<Member> members(String orgId) {
    synchronized (invites) {
      Org org = orgs.get(orgId);
      if (org == null) {
        return List.of();
      }
      return org.members.values().stream().map(m -> new Member(m.userId(), m.email(), m.role())).toList();
    }
  }

  /**
   * Whether {@code email} (compared ignoring case) is a member of the organization {@code orgId}.
   *
   * @param orgId the organization's id
   * @param email the email address to look for
   * @return true when the organization exists and a member has that email
   */
  public boolean isMember(String orgId, String email) {
    synchronized (invites) {
      Org org = orgs.get(orgId);
      return org != null && org.memberWithEmail(email).isPresent();
    }
  }

  @Override
  void resetState() {
    synchronized (invites) {
      invites.clear();
      orgs.clear();
      apiTokens.clear();
      seedAlwaysThere();
    }
    responses.clear();
  }

  /** The organization and token that exist from start and after every reset; the caller holds the lock. */
  private void seedAlwaysThere() {
    apiTokens.add(SandboxFixtures.API_TOKEN);
    Org demo = new Org(SandboxFixtures.DEMO_ORG_NAME, "The sandbox's organization", now());
    demo.members.put(SandboxFixtures.DEMO_ADMIN_USER_ID, new StoredMember(SandboxFixtures.DEMO_ADMIN_USER_ID,
        SandboxFixtures.DEMO_ADMIN_EMAIL, "Sandbox", "Admin", "admin", List.of(), List.of()));
    orgs.put(SandboxFixtures.DEMO_ORG_ID, demo);
  }

  private void store(Invite invite) {
    synchronized (invites) {
      invites.put(new Key(invite.token, invite.email), invite);
    }
  }

  private static boolean sameEmail(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  /**
   * An accept or reject the fake granted.
   *
   * @param token the invite's token
   * @param email the invite's email
   * @param accepted true for accept, false for reject
   * @param orgId the organization id returned to the caller
   */
  public record InviteResponse(String token, String email, boolean accepted, String orgId) {}

  /**
   * A member of an organization of the fake.
   *
   * @param userId the member's user id
   * @param email the member's email
   * @param role the member's organization role, as sent on the wire
   */
  public record Member(String userId, String email, String role) {}

  /**
   * Chooses the fields of one invite to seed. Obtained from {@link WnologyFake#newInvite(String, String)};
   * not thread-safe, meant to be used in one statement.
   */
  public static final class InviteSeed {
    private final WnologyFake fake;
    private final String token;
    private final String email;
    private String orgName = DEFAULT_ORG_NAME;
    private String role = DEFAULT_ROLE;
    private OffsetDateTime inviteDate;
    private Duration ttl = DEFAULT_TTL;
    private String orgId = Checks.randomHex(24);
    private String id = Checks.randomHex(24);
    private boolean disallowTransfer;

    private InviteSeed(WnologyFake fake, String token, String email) {
      this.fake = fake;
      this.token = Checks.requireText(token, "token");
      this.email = Checks.requireText(email, "email");
    }

    /**
     * The organization's name shown to the invited person.
     *
     * @param value the name
     * @return this seed
     */
    public InviteSeed orgName(String value) {
      this.orgName = Checks.requireNonNull(value, "orgName");
      return this;
    }

    /**
     * The role as sent on the wire; any string, so tests can seed roles the spec does not list.
     *
     * @param value the role
     * @return this seed
     */
    public InviteSeed role(String value) {
      this.role = Checks.requireNonNull(value, "role");
      return this;
    }

    /**
     * When the invite was sent (default now, UTC); its offset is kept in the response.
     *
     * @param value the date and time, with its offset
     * @return this seed
     */
    public InviteSeed inviteDate(OffsetDateTime value) {
      this.inviteDate = Checks.requireNonNull(value, "inviteDate");
      return this;
    }

    /**
     * How long the invite stays valid after {@code inviteDate}; sent as milliseconds.
     *
     * @param value the lifetime
     * @return this seed
     */
    public InviteSeed ttl(Duration value) {
      this.ttl = Checks.requireNonNull(value, "ttl");
      return this;
    }

    /**
     * Makes the invite already expired: sent eight days ago with a seven-day lifetime.
     *
     * @return this seed
     */
    public InviteSeed expired() {
      this.ttl = DEFAULT_TTL;
      this.inviteDate = fake.now().minus(DEFAULT_TTL).minusDays(1);
      return this;
    }

    /**
     * The organization id returned on accept or reject (default: 24 random hex characters). When the fake has
     * an organization with this id, the invite is one of its pending invites, and accepting it makes the email a
     * member.
     *
     * @param value the organization id
     * @return this seed
     * @throws NullPointerException when {@code value} is null
     */
    public InviteSeed orgId(String value) {
      this.orgId = Checks.requireNonNull(value, "orgId");
      return this;
    }

    /**
     * The invite's id in its organization's pending list, used to revoke it (default: 24 random hex characters).
     *
     * @param value the invite's id
     * @return this seed
     * @throws NullPointerException when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public InviteSeed id(String value) {
      this.id = Checks.requireText(value, "id");
      return this;
    }

    /**
     * The invite's {@code disallowTransfer} flag (default false).
     *
     * @param value the flag, as sent on the wire
     * @return this seed
     */
    public InviteSeed disallowTransfer(boolean value) {
      this.disallowTransfer = value;
      return this;
    }

    /**
     * Stores the invite, replacing any with the same token and email.
     *
     * @return the seeded invite: its token, email, link and id, what a test needs next
     */
    public SeededInvite seed() {
      OffsetDateTime date = inviteDate != null ? inviteDate : fake.now();
      fake.store(new Invite(token, email, orgName, role, date, ttl, orgId, disallowTransfer, id, List.of(),
          List.of()));
      return new SeededInvite(token, email, SandboxOutbox.wnologyLink(token, email), id);
    }
  }

  /**
   * An invite the test seeded, with what the test needs next: the token and email to look it up or answer it
   * with, the web app's link the invited person would click (parse it with {@code InviteLink.parse}), and the
   * invite's id in its organization's pending list (to revoke it). {@link #toString()} never shows the token.
   *
   * @param token the invite token; a secret
   * @param email the invited email address
   * @param link the link the invitation email would carry, token and email included
   * @param inviteId the invite's id in its organization
   */
  public record SeededInvite(String token, String email, String link, String inviteId) {
    @Override
    public String toString() {
      return "SeededInvite[email=" + email + ", inviteId=" + inviteId + ", token=***]";
    }
  }

  private record Key(String token, String email) {}

  /** A role on one application or dashboard. */
  private record Grant(String resourceId, String role) {
    static List<Grant> listOf(JsonNode array) {
      List<Grant> grants = new ArrayList<>();
      if (array != null && array.isArray()) {
        for (JsonNode item : array) {
          grants.add(new Grant(item.path("resourceId").asText(), item.path("role").asText()));
        }
      }
      return List.copyOf(grants);
    }

    static ArrayNode toJson(List<Grant> grants) {
      ArrayNode array = Json.object().arrayNode();
      for (Grant grant : grants) {
        array.addObject().put("resourceId", grant.resourceId()).put("role", grant.role());
      }
      return array;
    }
  }

  private record Invite(
      String token,
      String email,
      String orgName,
      String role,
      OffsetDateTime inviteDate,
      Duration ttl,
      String orgId,
      boolean disallowTransfer,
      String id,
      List<Grant> applicationRoles,
      List<Grant> dashboardRoles) {

    boolean isExpired(Clock clock) {
      return !clock.instant().isBefore(inviteDate.toInstant().plus(ttl));
    }

    /** What the invited person sees. */
    ObjectNode toJson() {
      ObjectNode json = Json.object();
      json.put("orgName", orgName);
      json.put("email", email);
      json.put("role", role);
      json.put("inviteDate", Json.dateTime(inviteDate));
      json.put("ttl", ttl.toMillis());
      json.put("disallowTransfer", disallowTransfer);
      return json;
    }

    /** What the organization sees in its pending list: no token. */
    ObjectNode toOrgJson(Clock clock) {
      ObjectNode json = Json.object();
      json.put("id", id);
      json.put("email", email);
      json.put("role", role);
      json.set("applicationRoles", Grant.toJson(applicationRoles));
      json.set("dashboardRoles", Grant.toJson(dashboardRoles));
      json.put("inviteDate", Json.dateTime(inviteDate));
      json.put("ttl", ttl.toMillis());
      json.put("hasExpired", isExpired(clock));
      json.put("disallowTransfer", disallowTransfer);
      return json;
    }
  }

  private record StoredMember(
      String userId,
      String email,
      String firstName,
      String lastName,
      String role,
      List<Grant> applicationRoles,
      List<Grant> dashboardRoles) {

    StoredMember withRoles(String newRole, List<Grant> applications, List<Grant> dashboards) {
      return new StoredMember(userId, email, firstName, lastName, newRole, applications, dashboards);
    }

    ObjectNode toJson() {
      ObjectNode json = Json.object();
      json.put("userId", userId);
      if (firstName != null) {
        json.put("firstName", firstName);
      }
      if (lastName != null) {
        json.put("lastName", lastName);
      }
      json.put("email", email);
      json.put("role", role);
      json.set("applicationRoles", Grant.toJson(applicationRoles));
      json.set("dashboardRoles", Grant.toJson(dashboardRoles));
      return json;
    }
  }

  /** An organization: mutable, guarded by the fake's lock. */
  private static final class Org {
    final String name;
    final String description;
    final OffsetDateTime creationDate;
    OffsetDateTime lastUpdated;
    final Map<String, StoredMember> members = new LinkedHashMap<>();

    Org(String name, String description, OffsetDateTime created) {
      this.name = name;
      this.description = description;
      this.creationDate = created;
      this.lastUpdated = created;
    }

    Optional<StoredMember> memberWithEmail(String email) {
      return members.values().stream().filter(m -> sameEmail(m.email(), email)).findFirst();
    }
  }

  /** The service's behaviour behind the shared pipeline. */
  private final class Logic implements FakeEndpoint.Service {

    @Override
    public Reply handle(HttpCall call) {
      List<String> segments = call.segments();
      if (segments.equals(List.of("invites"))) {
        return switch (call.method()) {
          case "GET" -> getInvite(call);
          case "POST" -> respondToInvite(call);
          default -> error(405, call.method() + " is not allowed on /invites");
        };
      }
      if (isOrganizationPath(segments) && segments.size() <= 3) {
        String orgId = segments.get(1);
        String route = call.method() + " " + (segments.size() == 2 ? "/orgs/{orgId}" : "/orgs/{orgId}/" + segments.get(2));
        return switch (route) {
          case "POST /orgs/{orgId}/invites" -> sendInvite(orgId, call);
          case "GET /orgs/{orgId}/invites" -> pendingInvites(orgId);
          case "DELETE /orgs/{orgId}/invites" -> revokeInvite(orgId, call);
          case "GET /orgs/{orgId}" -> organization(orgId);
          case "PATCH /orgs/{orgId}/member" -> changeMember(orgId, call);
          case "DELETE /orgs/{orgId}/member" -> removeMember(orgId, call);
          default -> error(404, "No such path");
        };
      }
      return error(404, "No such path");
    }

    private boolean isOrganizationPath(List<String> segments) {
      return segments.size() >= 2 && segments.get(0).equals("orgs");
    }

    private Reply getInvite(HttpCall call) {
      Optional<Reply> invalid = checkTokenAndEmail(call.queryParam("token"), call.queryParam("email"));
      if (invalid.isPresent()) {
        return invalid.get();
      }
      synchronized (invites) {
        Invite invite = invites.get(new Key(call.queryParam("token").get(), call.queryParam("email").get()));
        if (invite == null) {
          return inviteNotFound();
        }
        if (invite.isExpired(clock)) {
          return expired();
        }
        return Reply.of(200, invite.toJson());
      }
    }

    private Reply respondToInvite(HttpCall call) {
      Optional<JsonNode> parsed = Json.parse(call.body());
      if (parsed.isEmpty() || !parsed.get().isObject()) {
        return error(400, "The request body must be a JSON object");
      }
      JsonNode body = parsed.get();
      List<String> unexpected = new ArrayList<>();
      for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!List.of("email", "token", "accept").contains(name)) {
          unexpected.add(name);
        }
      }
      if (!unexpected.isEmpty()) {
        return error(400, "Unexpected properties: " + unexpected);
      }
      Optional<Reply> invalid = checkTokenAndEmail(text(body, "token"), text(body, "email"));
      if (invalid.isPresent()) {
        return invalid.get();
      }
      if (!body.path("accept").isBoolean()) {
        return error(400, "accept must be a boolean");
      }
      String token = body.get("token").asText();
      String email = body.get("email").asText();
      boolean accept = body.get("accept").asBoolean();
      Invite invite;
      synchronized (invites) {
        invite = invites.get(new Key(token, email));
        if (invite == null) {
          return inviteNotFound();
        }
        if (invite.isExpired(clock)) {
          return expired();
        }
        invites.remove(new Key(token, email));
        Org org = orgs.get(invite.orgId());
        if (accept && org != null && org.memberWithEmail(email).isEmpty()) {
          String userId = freshUserId();
          org.members.put(userId, new StoredMember(userId, email, null, null, invite.role(),
              invite.applicationRoles(), invite.dashboardRoles()));
          org.lastUpdated = now();
        }
      }
      responses.add(new InviteResponse(token, email, accept, invite.orgId()));
      ObjectNode result = Json.object();
      result.put("accepted", accept);
      result.put("orgId", invite.orgId());
      return Reply.of(200, result);
    }

    private Reply sendInvite(String orgId, HttpCall call) {
      Optional<JsonNode> parsed = Json.parse(call.body());
      if (parsed.isEmpty() || !parsed.get().isObject()) {
        return error(400, "The request body must be a JSON object");
      }
      JsonNode body = parsed.get();
      String email = body.path("email").asText("");
      if (!Checks.isEmail(email)) {
        return error(400, "email must be a valid email address");
      }
      if (!body.path("role").isTextual()) {
        return error(400, "role is required");
      }
      Invite invite;
      Reply reply;
      synchronized (invites) {
        Org org = orgs.get(orgId);
        if (org == null) {
          return orgNotFound();
        }
        if (org.memberWithEmail(email).isPresent()) {
          return error(400, email + " is already a member of this organization");
        }
        for (Invite pending : invites.values()) {
          if (pending.orgId().equals(orgId) && sameEmail(pending.email(), email) && !pending.isExpired(clock)) {
            return error(400, email + " has already been invited to this organization");
          }
        }
        invite = new Invite(freshToken(), email, org.name, body.get("role").asText(), now(), DEFAULT_TTL, orgId,
            body.path("disallowTransfer").asBoolean(false), freshInviteId(),
            Grant.listOf(body.get("applicationRoles")), Grant.listOf(body.get("dashboardRoles")));
        invites.put(new Key(invite.token(), invite.email()), invite);
        reply = pendingList(orgId);
      }
      outbox.deliverWnologyInvite(invite.email(), invite.token(), orgId);
      return reply;
    }

    private Reply pendingInvites(String orgId) {
      synchronized (invites) {
        return orgs.containsKey(orgId) ? pendingList(orgId) : orgNotFound();
      }
    }

    private Reply revokeInvite(String orgId, HttpCall call) {
      String inviteId = call.queryParam("inviteId").orElse("");
      synchronized (invites) {
        if (!orgs.containsKey(orgId)) {
          return orgNotFound();
        }
        Optional<Key> key = invites.entrySet().stream()
            .filter(entry -> entry.getValue().orgId().equals(orgId) && entry.getValue().id().equals(inviteId))
            .map(Map.Entry::getKey)
            .findFirst();
        if (key.isEmpty()) {
          return inviteNotFound();
        }
        invites.remove(key.get());
        return pendingList(orgId);
      }
    }

    private Reply organization(String orgId) {
      synchronized (invites) {
        Org org = orgs.get(orgId);
        return org == null ? orgNotFound() : Reply.of(200, organizationJson(orgId, org));
      }
    }

    private Reply changeMember(String orgId, HttpCall call) {
      Optional<JsonNode> parsed = Json.parse(call.body());
      if (parsed.isEmpty() || !parsed.get().isObject()) {
        return error(400, "The request body must be a JSON object");
      }
      JsonNode body = parsed.get();
      String userId = body.path("userId").asText("");
      synchronized (invites) {
        Org org = orgs.get(orgId);
        if (org == null) {
          return orgNotFound();
        }
        StoredMember member = org.members.get(userId);
        if (member == null) {
          return memberNotFound();
        }
        org.members.put(userId, member.withRoles(
            body.has("role") ? body.get("role").asText() : member.role(),
            body.has("applicationRoles") ? Grant.listOf(body.get("applicationRoles")) : member.applicationRoles(),
            body.has("dashboardRoles") ? Grant.listOf(body.get("dashboardRoles")) : member.dashboardRoles()));
        org.lastUpdated = now();
        return Reply.of(200, organizationJson(orgId, org));
      }
    }

    private Reply removeMember(String orgId, HttpCall call) {
      String userId = call.queryParam("userId").orElse("");
      synchronized (invites) {
        Org org = orgs.get(orgId);
        if (org == null) {
          return orgNotFound();
        }
        if (org.members.remove(userId) == null) {
          return memberNotFound();
        }
        org.lastUpdated = now();
        return Reply.of(200, organizationJson(orgId, org));
      }
    }

    /** The organization's pending invites (expired ones too); the caller holds the lock. */
    private Reply pendingList(String orgId) {
      ArrayNode list = Json.object().arrayNode();
      for (Invite invite : invites.values()) {
        if (invite.orgId().equals(orgId)) {
          list.add(invite.toOrgJson(clock));
        }
      }
      return Reply.of(200, list);
    }

    /**
     * The organization with the fields the spec lists (the real service sends many more, which clients ignore;
     * the fake's answers stay within the spec, which checks them).
     */
    private ObjectNode organizationJson(String orgId, Org org) {
      long pending = invites.values().stream().filter(invite -> invite.orgId().equals(orgId)).count();
      ObjectNode json = Json.object();
      json.put("id", orgId);
      json.put("orgId", orgId);
      json.put("name", org.name);
      json.put("description", org.description);
      json.put("creationDate", Json.dateTime(org.creationDate));
      json.put("lastUpdated", Json.dateTime(org.lastUpdated));
      ArrayNode members = json.putArray("members");
      org.members.values().forEach(member -> members.add(member.toJson()));
      ObjectNode summary = json.putObject("summary");
      summary.put("memberCount", org.members.size());
      summary.put("pendingInviteCount", pending);
      return json;
    }

    /** 24 hex characters no invite of the fake has as its id; the caller holds the lock. */
    private String freshInviteId() {
      String id;
      do {
        id = Checks.randomHex(24);
      } while (invitesHaveId(id));
      return id;
    }

    private boolean invitesHaveId(String id) {
      return invites.values().stream().anyMatch(invite -> invite.id().equals(id));
    }

    /** 24 hex characters no member of any organization has as user id; the caller holds the lock. */
    private String freshUserId() {
      String id;
      do {
        id = Checks.randomHex(24);
      } while (hasUser(id));
      return id;
    }

    private boolean hasUser(String userId) {
      return orgs.values().stream().anyMatch(org -> org.members.containsKey(userId));
    }

    private String freshToken() {
      return Checks.randomHex(32);
    }

    private Optional<String> text(JsonNode body, String field) {
      JsonNode node = body.get(field);
      return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private Optional<Reply> checkTokenAndEmail(Optional<String> token, Optional<String> email) {
      if (token.isEmpty() || token.get().isBlank()) {
        return Optional.of(error(400, "token is required"));
      }
      if (email.isEmpty() || email.get().isBlank()) {
        return Optional.of(error(400, "email is required"));
      }
      if (!Checks.isEmail(email.get())) {
        return Optional.of(error(400, "email must be a valid email address"));
      }
      return Optional.empty();
    }

    private Reply inviteNotFound() {
      return error(404, "Invite was not found");
    }

    private Reply orgNotFound() {
      return error(404, "Organization was not found");
    }

    private Reply memberNotFound() {
      return error(404, "Member was not found");
    }

    private Reply expired() {
      return error(410, "Invite has expired");
    }

    @Override
    public Reply error(int status, String message) {
      ObjectNode body = Json.object();
      body.put("type", typeFor(status));
      body.put("message", message);
      return Reply.of(status, body);
    }

    /** The organization's calls need a known API token as a Bearer credential; the invited person's none. */
    @Override
    public Optional<Reply> authenticate(HttpCall call) {
      if (!isOrganizationPath(call.segments())) {
        return Optional.empty();
      }
      Optional<String> header = call.header("Authorization");
      if (header.isEmpty() || header.get().isBlank()) {
        return Optional.of(error(401, "Authorization failed: no API token (Authorization: Bearer <token>)"));
      }
      String value = header.get().trim();
      if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return Optional.of(error(401, "Authorization failed: expected a Bearer token"));
      }
      synchronized (invites) {
        if (!apiTokens.contains(value.substring(7).trim())) {
          return Optional.of(error(401, "Authorization failed: the API token is not valid"));
        }
      }
      return Optional.empty();
    }

    @Override
    public Reply rateLimited(Switches.Quota quota) {
      ObjectNode body = Json.object();
      body.put("type", typeFor(429));
      body.put("message", "Rate limit exceeded");
      body.put("remaining", quota.remaining());
      body.put("reset", quota.resetEpochSeconds());
      return Reply.of(429, body);
    }

    @Override
    public boolean alwaysSendsRateLimitHeaders() {
      return false;
    }

    private String typeFor(int status) {
      return switch (status) {
        case 400 -> "Validation";
        case 401 -> "Unauthorized";
        case 403 -> "Forbidden";
        case 404 -> "NotFound";
        case 405 -> "MethodNotAllowed";
        case 410 -> "Expired";
        case 429 -> "RateLimit";
        default -> status >= 500 ? "ServerError" : "Error";
      };
    }
  }
}
