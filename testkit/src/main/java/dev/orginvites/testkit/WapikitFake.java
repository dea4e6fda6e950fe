package dev.orginvites.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A stateful fake of the WapiKit organization invite API, served by a {@link Sandbox} under
 * {@code /wapikit/api}.
 *
 * <p>Every call needs header {@code x-access-token} set to one of the configured API keys (initially
 * {@link SandboxFixtures#API_KEY}), else 401. Creating an invite for an email that has a pending invite or
 * belongs to a member is a 400. The real service emails each new invite's slug to the invited person; here a
 * test reads it with {@link #slugFor(String)} or {@link #createdSlugs()}. Accepting a pending invite returns a
 * session token, marks it {@code Redeemed} and makes the email a member.
 *
 * <p>Every response carries X-RateLimit-Limit/Remaining/Reset (nominal values while no limit is set). Every
 * request is validated against {@code openapi/wapikit.yaml}; see {@link #violations()}. Errors use the
 * service's body {@code {"message": ...}}. Over a {@link #rateLimit(int, Duration) rate limit} a call gets 429
 * with a body {@code {message, remaining, reset}}. {@link #reset()} also removes every invite and member and
 * every API key but {@link SandboxFixtures#API_KEY}. All methods are thread-safe.
 */
public final class WapikitFake extends FakeService<WapikitFake> {
  static final String NAME = "wapikit";
  static final String MOUNT = "/wapikit/api";

  /** Access level of invites seeded without one. */
  public static final String DEFAULT_ACCESS_LEVEL = "Member";

  private static final String PENDING = "Pending";
  private static final String REDEEMED = "Redeemed";

  private final FakeEndpoint endpoint;
  private final Object lock = new Object();
  private final Set<String> apiKeys = new HashSet<>();
  private final Map<String, Invite> invitesBySlug = new LinkedHashMap<>();
  private final Set<String> members = new HashSet<>();
  private final List<String> createdSlugs = new ArrayList<>();
  private long sequence;

  private final SandboxOutbox outbox;

  WapikitFake(Clock clock, SandboxOutbox outbox) {
    super(clock);
    this.outbox = outbox;
    this.endpoint = new FakeEndpoint(NAME, MOUNT, new Logic(), clock);
    apiKeys.add(SandboxFixtures.API_KEY);
  }

  @Override
  FakeEndpoint endpoint() {
    return endpoint;
  }

  /**
   * Accepts {@code apiKey} in {@code x-access-token} from now on, besides the keys already accepted.
   *
   * @param apiKey the key to accept
   * @return this fake
   */
  public WapikitFake addApiKey(String apiKey) {
    Checks.requireText(apiKey, "apiKey");
    synchronized (lock) {
      apiKeys.add(apiKey);
    }
    return this;
  }

  /**
   * Seeds a pending invite with a chosen slug, created now, for {@link SandboxFixtures#WAPIKIT_ORG_NAME}.
   * {@code accessLevel} is sent as given, so tests can seed levels the spec does not list.
   *
   * @param slug the slug
   * @param email the invited email address
   * @param accessLevel the access level, as sent
   * @return this fake
   */
  public WapikitFake seedInvite(String slug, String email, String accessLevel) {
    newInvite(email).slug(slug).accessLevel(accessLevel).seed();
    return this;
  }

  /**
   * Starts seeding an invite whose every field can be chosen; finish with {@link InviteSeed#seed()}.
   *
   * @param email the invited email address
   * @return the seed to complete
   */
  public InviteSeed newInvite(String email) {
    return new InviteSeed(this, email);
  }

  /**
   * Makes {@code email} a member of the organization, so that inviting it is refused.
   *
   * @param email the member's email address
   * @return this fake
   */
  public WapikitFake addMember(String email) {
    Checks.requireText(email, "email");
    synchronized (lock) {
      members.add(normalize(email));
    }
    return this;
  }

  /**
   * Whether {@code email} (compared case-insensitively) is a member, by seeding or by accepting an invite.
   *
   * @param email the email address
   * @return true for a member
   */
  public boolean isMember(String email) {
    synchronized (lock) {
      return members.contains(normalize(email));
    }
  }

  /**
   * The slug of the most recent invite for {@code email} (compared case-insensitively), seeded or created,
   * standing in for the email the real service sends.
   *
   * @param email the invited email address
   * @return the slug, or empty when the email has no invite
   */
  public Optional<String> slugFor(String email) {
    synchronized (lock) {
      String slug = null;
      for (Invite invite : invitesBySlug.values()) {
        if (normalize(invite.email()).equals(normalize(email))) {
          slug = invite.slug();
        }
      }
      return Optional.ofNullable(slug);
    }
  }

  /**
   * The slugs of the invites created through the API (not seeded), in creation order.
   *
   * @return the slugs, oldest first
   */
  public List<String> createdSlugs() {
    synchronized (lock) {
      return List.copyOf(createdSlugs);
    }
  }

  /**
   * The status of the invite with {@code slug} ({@code Pending}, {@code Redeemed}, or as seeded).
   *
   * @param slug the slug
   * @return the status, or empty when there is no such invite
   */
  public Optional<String> inviteStatus(String slug) {
    synchronized (lock) {
      return Optional.ofNullable(invitesBySlug.get(slug)).map(Invite::status);
    }
  }

  @Override
  void resetState() {
    synchronized (lock) {
      invitesBySlug.clear();
      members.clear();
      createdSlugs.clear();
      apiKeys.clear();
      apiKeys.add(SandboxFixtures.API_KEY);
    }
  }

  private static String normalize(String email) {
    return email.toLowerCase(Locale.ROOT);
  }

  /** Stores an invite under a fresh sequence number; the caller holds {@link #lock}. */
  private Invite store(Invite draft) {
    Invite invite = draft.withSequence(++sequence);
    invitesBySlug.put(invite.slug(), invite);
    return invite;
  }

  private String freshSlug() {
    String slug;
    do {
      slug = Checks.randomHex(8);
    } while (invitesBySlug.containsKey(slug));
    return slug;
  }

  /**
   * Chooses the fields of one invite to seed. Obtained from {@link WapikitFake#newInvite(String)}; not
   * thread-safe, meant to be used in one statement.
   */
  public static final class InviteSeed {
    private final WapikitFake fake;
    private final String email;
    private String slug;
    private String uniqueId = UUID.randomUUID().toString();
    private String accessLevel = DEFAULT_ACCESS_LEVEL;
    private String status = PENDING;
    private OffsetDateTime createdAt;
    private String organizationName = SandboxFixtures.WAPIKIT_ORG_NAME;

    private InviteSeed(WapikitFake fake, String email) {
      this.fake = fake;
      this.email = Checks.requireText(email, "email");
    }

    /**
     * The slug the invited person would receive (default: 8 random hex characters).
     *
     * @param value the slug
     * @return this seed
     */
    public InviteSeed slug(String value) {
      this.slug = Checks.requireText(value, "slug");
      return this;
    }

    /**
     * The invite's {@code uniqueId} (default: a random UUID).
     *
     * @param value the id
     * @return this seed
     */
    public InviteSeed uniqueId(String value) {
      this.uniqueId = Checks.requireNonNull(value, "uniqueId");
      return this;
    }

    /**
     * The access level as sent on the wire; any string (default {@code Member}).
     *
     * @param value the access level
     * @return this seed
     */
    public InviteSeed accessLevel(String value) {
      this.accessLevel = Checks.requireNonNull(value, "accessLevel");
      return this;
    }

    /**
     * The status as sent on the wire; any string (default {@code Pending}). Only Pending can be accepted.
     *
     * @param value the status
     * @return this seed
     */
    public InviteSeed status(String value) {
      this.status = Checks.requireNonNull(value, "status");
      return this;
    }

    /**
     * When the invite was created (default now, UTC); its offset is kept in the response.
     *
     * @param value the date and time, with its offset
     * @return this seed
     */
    public InviteSeed createdAt(OffsetDateTime value) {
      this.createdAt = Checks.requireNonNull(value, "createdAt");
      return this;
    }

    /**
     * The organization's name (default {@link SandboxFixtures#WAPIKIT_ORG_NAME}).
     *
     * @param value the name
     * @return this seed
     */
    public InviteSeed organizationName(String value) {
      this.organizationName = Checks.requireNonNull(value, "organizationName");
      return this;
    }

    /**
     * Stores the invite, replacing any with the same slug, and returns its slug.
     *
     * @return the invite's slug
     */
    public String seed() {
      synchronized (fake.lock) {
        String chosenSlug = slug != null ? slug : fake.freshSlug();
        OffsetDateTime created = createdAt != null ? createdAt : fake.now();
        fake.store(
            new Invite(chosenSlug, uniqueId, email, accessLevel, created, status, organizationName, 0));
        return chosenSlug;
      }
    }
  }

  private record Invite(
      String slug,
      String uniqueId,
      String email,
      String accessLevel,
      OffsetDateTime createdAt,
      String status,
      String organizationName,
      long sequence) {

    static final Comparator<Invite> OLDEST_FIRST =
        Comparator.comparing((Invite invite) -> invite.createdAt().toInstant())
            .thenComparingLong(Invite::sequence);

    Invite withSequence(long value) {
      return new Invite(slug, uniqueId, email, accessLevel, createdAt, status, organizationName, value);
    }

    Invite withStatus(String value) {
      return new Invite(slug, uniqueId, email, accessLevel, createdAt, value, organizationName, sequence);
    }

    ObjectNode toJson() {
      ObjectNode json = Json.object();
      json.put("uniqueId", uniqueId);
      json.put("email", email);
      json.put("accessLevel", accessLevel);
      json.put("createdAt", Json.dateTime(createdAt));
      json.put("status", status);
      json.put("organizationName", organizationName);
      return json;
    }

    ObjectNode wrapped() {
      ObjectNode json = Json.object();
      json.set("invite", toJson());
      return json;
    }
  }

  /** The service's behaviour behind the shared pipeline. */
  private final class Logic implements FakeEndpoint.Service {

    @Override
    public Reply handle(HttpCall call) {
      List<String> segments = call.segments();
      String route = call.method() + " " + shape(segments);
      return switch (route) {
        case "GET /organization/invites" -> list(call);
        case "POST /organization/invites" -> create(call);
        case "GET /organization/invite/{slug}" -> get(segments.get(2));
        case "POST /organization/invite/{slug}/accept" -> accept(segments.get(2));
        default -> error(404, "not found");
      };
    }

    /** The path with the slug segment replaced by its template name, to route on. */
    private String shape(List<String> segments) {
      List<String> shape = new ArrayList<>(segments);
      if (shape.size() >= 3 && shape.get(0).equals("organization") && shape.get(1).equals("invite")) {
        shape.set(2, "{slug}");
      }
      return "/" + String.join("/", shape);
    }

    private Reply list(HttpCall call) {
      Optional<Integer> page = positiveInt(call.queryParam("page"));
      if (page.isEmpty()) {
        return error(400, "page must be an integer of at least 1");
      }
      Optional<Integer> perPage = positiveInt(call.queryParam("per_page"));
      if (perPage.isEmpty()) {
        return error(400, "per_page must be an integer of at least 1");
      }
      String sortBy = call.queryParam("sortBy").orElse("asc");
      if (!sortBy.equals("asc") && !sortBy.equals("desc")) {
        return error(400, "sortBy must be asc or desc");
      }
      List<Invite> all;
      synchronized (lock) {
        all = new ArrayList<>(invitesBySlug.values());
      }
      all.sort(sortBy.equals("asc") ? Invite.OLDEST_FIRST : Invite.OLDEST_FIRST.reversed());
      long from = (long) (page.get() - 1) * perPage.get();
      ArrayNode items = Json.object().arrayNode();
      for (long i = from; i < all.size() && i < from + perPage.get(); i++) {
        items.add(all.get((int) i).toJson());
      }
      ObjectNode meta = Json.object();
      meta.put("page", page.get());
      meta.put("per_page", perPage.get());
      meta.put("total", all.size());
      ObjectNode body = Json.object();
      body.set("invites", items);
      body.set("paginationMeta", meta);
      return Reply.of(200, body);
    }

    private Optional<Integer> positiveInt(Optional<String> text) {
      try {
        return text.map(Integer::parseInt).filter(value -> value >= 1);
      } catch (NumberFormatException notAnInteger) {
        return Optional.empty();
      }
    }

    private Reply create(HttpCall call) {
      Optional<JsonNode> parsed = Json.parse(call.body());
      if (parsed.isEmpty() || !parsed.get().isObject()) {
        return error(400, "request body must be a JSON object");
      }
      JsonNode email = parsed.get().get("email");
      if (email == null || !email.isTextual() || !Checks.isEmail(email.asText())) {
        return error(400, "email must be a valid email address");
      }
      JsonNode accessLevel = parsed.get().get("accessLevel");
      if (accessLevel == null
          || !accessLevel.isTextual()
          || !List.of("Owner", "Member").contains(accessLevel.asText())) {
        return error(400, "accessLevel must be Owner or Member");
      }
      Invite created;
      synchronized (lock) {
        String normalized = normalize(email.asText());
        if (members.contains(normalized)) {
          return error(400, "user is already a member of this organization");
        }
        for (Invite invite : invitesBySlug.values()) {
          if (invite.status().equals(PENDING) && normalize(invite.email()).equals(normalized)) {
            return error(400, "invite already exists for this email");
          }
        }
        created =
            store(
                new Invite(
                    freshSlug(),
                    UUID.randomUUID().toString(),
                    email.asText(),
                    accessLevel.asText(),
                    now(),
                    PENDING,
                    SandboxFixtures.WAPIKIT_ORG_NAME,
                    0));
        createdSlugs.add(created.slug());
      }
      outbox.deliverWapikitInvite(created.email(), created.slug(), created.organizationName());
      return Reply.of(200, created.wrapped());
    }

    private Reply get(String slug) {
      synchronized (lock) {
        Invite invite = invitesBySlug.get(slug);
        return invite == null ? error(404, "invite not found") : Reply.of(200, invite.wrapped());
      }
    }

    private Reply accept(String slug) {
      synchronized (lock) {
        Invite invite = invitesBySlug.get(slug);
        if (invite == null) {
          return error(404, "invite not found");
        }
        if (!invite.status().equals(PENDING)) {
          return error(400, "invite is not pending (status " + invite.status() + ")");
        }
        invitesBySlug.put(slug, invite.withStatus(REDEEMED));
        members.add(normalize(invite.email()));
      }
      ObjectNode body = Json.object();
      body.put("token", "wks_" + Checks.randomHex(32));
      return Reply.of(200, body);
    }

    @Override
    public Reply error(int status, String message) {
      ObjectNode body = Json.object();
      body.put("message", message);
      return Reply.of(status, body);
    }

    @Override
    public Optional<Reply> authenticate(HttpCall call) {
      Optional<String> key = call.header("x-access-token");
      if (key.isEmpty() || key.get().isBlank()) {
        return Optional.of(error(401, "Unauthorized: missing x-access-token header"));
      }
      synchronized (lock) {
        if (!apiKeys.contains(key.get())) {
          return Optional.of(error(401, "Unauthorized: invalid access token"));
        }
      }
      return Optional.empty();
    }

    @Override
    public Reply rateLimited(Switches.Quota quota) {
      ObjectNode body = Json.object();
      body.put("message", "rate limit exceeded");
      body.put("remaining", quota.remaining());
      body.put("reset", quota.resetEpochSeconds());
      return Reply.of(429, body);
    }

    @Override
    public boolean alwaysSendsRateLimitHeaders() {
      return true;
    }
  }
}
