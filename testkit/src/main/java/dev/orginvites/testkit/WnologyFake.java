package dev.orginvites.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stateful fake of the WEGnology Org Invites API ({@code GET} and {@code POST /invites}), served by a
 * {@link Sandbox} under {@code /wnology}.
 *
 * <p>An invite is identified by its token and email together (both matched exactly). It can be answered
 * once; afterwards it is gone (404). Once {@code inviteDate + ttl} has passed it is expired (410). Query
 * strings are decoded as HTML forms, as the real service's framework does, so an unencoded {@code +} in an
 * email arrives as a space and is refused as a malformed email.
 *
 * <p>Every request is validated against {@code openapi/wnology.yaml}; see {@link #violations()}. Errors use
 * the service's body {@code {"type": ..., "message": ...}}. Over a {@link #rateLimit(int, Duration) rate
 * limit} a call gets 429 with a body {@code {type, message, remaining, reset}}; X-RateLimit-* headers are sent
 * only while a limit is set. {@link #reset()} also removes every invite and recorded {@link #responses()}.
 * All methods are thread-safe.
 */
public final class WnologyFake extends FakeService<WnologyFake> {
  static final String NAME = "wnology";
  static final String MOUNT = "/wnology";

  /** Organization name of invites seeded without one. */
  public static final String DEFAULT_ORG_NAME = "Sandbox Org";

  /** Role of invites seeded without one. */
  public static final String DEFAULT_ROLE = "view";

  /** Lifetime of invites seeded without one. */
  public static final Duration DEFAULT_TTL = Duration.ofDays(7);

  private final FakeEndpoint endpoint;
  private final Map<Key, Invite> invites = new LinkedHashMap<>();
  private final List<InviteResponse> responses = new CopyOnWriteArrayList<>();

  private final SandboxOutbox outbox;

  WnologyFake(Clock clock, SandboxOutbox outbox) {
    super(clock);
    this.outbox = outbox;
    this.endpoint = new FakeEndpoint(NAME, MOUNT, new Logic(), clock);
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
   * @return this fake
   */
  public WnologyFake seedInvite(String token, String email) {
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

  @Override
  void resetState() {
    synchronized (invites) {
      invites.clear();
    }
    responses.clear();
  }

  private void store(Invite invite) {
    synchronized (invites) {
      invites.put(new Key(invite.token, invite.email), invite);
    }
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
     * The organization id returned on accept or reject (default: 24 random hex characters).
     *
     * @param value the id
     * @return this seed
     */
    public InviteSeed orgId(String value) {
      this.orgId = Checks.requireNonNull(value, "orgId");
      return this;
    }

    /**
     * The invite's {@code disallowTransfer} flag (default false).
     *
     * @param value the flag
     * @return this seed
     */
    public InviteSeed disallowTransfer(boolean value) {
      this.disallowTransfer = value;
      return this;
    }

    /**
     * Stores the invite, replacing any with the same token and email, and returns the fake.
     *
     * @return the fake
     */
    public WnologyFake seed() {
      OffsetDateTime date = inviteDate != null ? inviteDate : fake.now();
      fake.store(new Invite(token, email, orgName, role, date, ttl, orgId, disallowTransfer));
      return fake;
    }
  }

  private record Key(String token, String email) {}

  private record Invite(
      String token,
      String email,
      String orgName,
      String role,
      OffsetDateTime inviteDate,
      Duration ttl,
      String orgId,
      boolean disallowTransfer) {

    boolean isExpired(Clock clock) {
      return !clock.instant().isBefore(inviteDate.toInstant().plus(ttl));
    }

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
  }

  /** The service's behaviour behind the shared pipeline. */
  private final class Logic implements FakeEndpoint.Service {

    @Override
    public Reply handle(HttpCall call) {
      if (!call.segments().equals(List.of("invites"))) {
        return error(404, "No such path");
      }
      return switch (call.method()) {
        case "GET" -> getInvite(call);
        case "POST" -> respondToInvite(call);
        default -> error(405, call.method() + " is not allowed on /invites");
      };
    }

    private Reply getInvite(HttpCall call) {
      Optional<Reply> invalid = checkTokenAndEmail(call.queryParam("token"), call.queryParam("email"));
      if (invalid.isPresent()) {
        return invalid.get();
      }
      synchronized (invites) {
        Invite invite = invites.get(new Key(call.queryParam("token").get(), call.queryParam("email").get()));
        if (invite == null) {
          return notFound();
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
          return notFound();
        }
        if (invite.isExpired(clock)) {
          return expired();
        }
        invites.remove(new Key(token, email));
      }
      responses.add(new InviteResponse(token, email, accept, invite.orgId()));
      ObjectNode result = Json.object();
      result.put("accepted", accept);
      result.put("orgId", invite.orgId());
      return Reply.of(200, result);
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

    private Reply notFound() {
      return error(404, "Invite was not found");
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

    @Override
    public Optional<Reply> authenticate(HttpCall call) {
      return Optional.empty(); // Neither invite call needs authentication.
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
