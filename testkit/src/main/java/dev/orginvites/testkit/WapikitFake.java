package dev.orginvites.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A stateful fake of WapiKit's Organization section, served by a {@link Sandbox} under {@code /wapikit/api}:
 * one organization in depth (the sandbox organization, {@link SandboxFixtures#WAPIKIT_ORG_ID}) with its
 * invites, members, roles, tags, API key, WhatsApp Business account, AI configuration, message templates and
 * phone numbers.
 *
 * <p>Every call needs header {@code x-access-token} set to an accepted API key (initially
 * {@link SandboxFixtures#API_KEY}) or to a session token the fake handed out (accept, join), else 401.
 *
 * <ul>
 *   <li>Invites: creating one for an email that has a pending invite or belongs to a member is a 400; each new
 *       invite is "emailed" to the {@link SandboxOutbox} with its slug (also {@link #slugFor(String)},
 *       {@link #createdSlugs()}). Accepting a pending invite ({@code POST /organization/invite/{slug}/accept}) or
 *       joining with its slug ({@code POST /auth/join-organization}) returns a session token, marks it
 *       {@code Redeemed} and makes the email a member with the invite's access level.
 *   <li>Members: listed with their roles; an access-level change, new roles and removal show in later calls.
 *       Roles set to an unknown role id: 404 naming the role. The owner cannot be removed (400).
 *   <li>Roles: permissions must be documented and not {@link #retirePermission retired} (else 400
 *       {@code unknown permission: X}); a role still assigned to a member cannot be deleted (400
 *       {@code role is still assigned to N member(s)}).
 *   <li>Organizations: the sandbox organization plus those created through the API; updates (name,
 *       description, Slack and email notification settings, AI configuration) show in later calls. Ownership
 *       moves only to a member (else 400 {@code new owner is not a member of this organization}); the new owner
 *       gets access level {@code Owner} and the old one {@code Member}.
 *   <li>API key: regenerating replaces the key the call was made with (a call made with a session token adds a
 *       key): from then on the old key answers 401 and the new one works.
 *   <li>WhatsApp: templates and phone numbers are fixtures ({@link SandboxFixtures#DEMO_TEMPLATE_ID}, ...);
 *       updating the Business account stores the id and token and issues a new webhook secret; the AI
 *       configuration (with its provider key) can be read, and changed through an organization update.
 * </ul>
 *
 * <p>Lists take {@code page} (from 1), {@code per_page} and {@code sortBy} ({@code asc}, the default, or
 * {@code desc}, by creation). Every response carries X-RateLimit-Limit/Remaining/Reset (nominal values while no
 * limit is set). Every request is validated against {@code openapi/wapikit.yaml}; see {@link #violations()}.
 * Errors use the service's body {@code {"message": ...}}. Over a {@link #rateLimit(int, Duration) rate limit} a
 * call gets 429 with a body {@code {message, remaining, reset}}. {@link #reset()} returns to the just-started
 * state: no invites, tags or roles, the owner as the only member, only {@link SandboxFixtures#API_KEY}, the
 * fixture WhatsApp account and AI configuration, no retired permissions. All methods are thread-safe.
 */
public final class WapikitFake extends FakeService<WapikitFake> {
  static final String NAME = "wapikit";
  static final String MOUNT = "/wapikit/api";

  /** Access level of invites and members seeded without one. */
  public static final String DEFAULT_ACCESS_LEVEL = "Member";

  private static final String PENDING = "Pending";
  private static final String REDEEMED = "Redeemed";
  private static final String OWNER = "Owner";
  private static final String MEMBER = "Member";
  private static final List<String> ACCESS_LEVELS = List.of(OWNER, MEMBER);

  /** Every permission the API documents, in the documented order. */
  static final List<String> PERMISSIONS = List.of(
      "Get:OrganizationMember", "Create:OrganizationMember", "Update:OrganizationMember", "Delete:OrganizationMember",
      "Get:Campaign", "Create:Campaign", "Update:Campaign", "Delete:Campaign",
      "Get:Conversation", "Update:Conversation", "Delete:Conversation", "Assign:Conversation",
      "Unassign:Conversation", "Get:List", "Create:List", "Update:List", "Delete:List",
      "Get:Tag", "Create:Tag", "Update:Tag", "Delete:Tag", "Get:ApiKey", "Regenerate:ApiKey",
      "Get:AppSettings", "Update:AppSettings", "Get:Contact", "Create:Contact", "Update:Contact", "Delete:Contact",
      "BulkImport:Contacts", "Get:PrimaryAnalytics", "Get:SecondaryAnalytics", "Get:CampaignAnalytics",
      "Update:Organization", "Get:OrganizationRole", "Create:OrganizationRole", "Update:OrganizationRole",
      "Delete:OrganizationRole", "Update:IntegrationSettings", "Get:MessageTemplates", "Get:PhoneNumbers");

  private final FakeEndpoint endpoint;
  private final Object lock = new Object();
  private final Set<String> apiKeys = new HashSet<>();
  private final Set<String> sessionTokens = new HashSet<>();
  private final Map<String, Invite> invitesBySlug = new LinkedHashMap<>();
  private final Map<String, Member> membersById = new LinkedHashMap<>();
  private final Map<String, Role> rolesById = new LinkedHashMap<>();
  private final Map<String, Tag> tagsById = new LinkedHashMap<>();
  private final Map<String, Org> orgsById = new LinkedHashMap<>();
  private final Set<String> retiredPermissions = new HashSet<>();
  private final List<String> createdSlugs = new ArrayList<>();
  private long sequence;

  private final SandboxOutbox outbox;

  WapikitFake(Clock clock, SandboxOutbox outbox) {
    super(clock);
    this.outbox = outbox;
    this.endpoint = new FakeEndpoint(NAME, MOUNT, new Logic(), clock);
    resetState();
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
   * Whether {@code apiKey} is currently accepted as an API key (a regenerated key replaces the old one).
   *
   * @param apiKey the key to look for
   * @return true when a call with this key in {@code x-access-token} is let through
   */
  public boolean acceptsApiKey(String apiKey) {
    synchronized (lock) {
      return apiKeys.contains(apiKey);
    }
  }

  /**
   * Seeds a pending invite with a chosen slug, created now, for {@link SandboxFixtures#WAPIKIT_ORG_NAME}.
   * {@code accessLevel} is sent as given, so tests can seed levels the spec does not list.
   *
   * @param slug the slug
   * @param email the invited email address
   * @param accessLevel the access level, as sent
   * @return the seeded invite: its slug, email and the link the invited person would click
   */
  public SeededInvite seedInvite(String slug, String email, String accessLevel) {
    return newInvite(email).slug(slug).accessLevel(accessLevel).seed();
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
   * Makes {@code email} a member of the organization (access level {@code Member}, no roles, a fresh id), so
   * that inviting it is refused. Does nothing when it already is one.
   *
   * @param email the member's email address
   * @return this fake
   * @throws NullPointerException when {@code email} is null
   * @throws IllegalArgumentException when {@code email} is blank
   */
  public WapikitFake addMember(String email) {
    Checks.requireText(email, "email");
    synchronized (lock) {
      if (memberByEmail(email).isEmpty()) {
        newMember(email).seed();
      }
    }
    return this;
  }

  /**
   * Starts seeding a member whose every field can be chosen; finish with {@link MemberSeed#seed()}.
   *
   * @param email the member's email address
   * @return the seed to complete
   * @throws NullPointerException when {@code email} is null
   * @throws IllegalArgumentException when {@code email} is blank
   */
  public MemberSeed newMember(String email) {
    return new MemberSeed(this, email);
  }

  /**
   * Whether {@code email} (compared case-insensitively) is a member, by seeding or by accepting an invite.
   *
   * @param email the email address to look for
   * @return true when a member has that email
   */
  public boolean isMember(String email) {
    synchronized (lock) {
      return memberByEmail(email).isPresent();
    }
  }

  /**
   * The member id of {@code email} (compared case-insensitively), while it is a member.
   *
   * @param email the email address to look for
   * @return the member's {@code uniqueId}, or empty when no member has that email
   */
  public Optional<String> memberIdFor(String email) {
    synchronized (lock) {
      return memberByEmail(email).map(member -> member.uniqueId);
    }
  }

  /**
   * The access level of the member with {@code memberId}, as stored (and sent).
   *
   * @param memberId the member's {@code uniqueId}
   * @return the access level, or empty when there is no such member
   */
  public Optional<String> accessLevelOf(String memberId) {
    synchronized (lock) {
      return Optional.ofNullable(membersById.get(memberId)).map(member -> member.accessLevel);
    }
  }

  /**
   * The role ids of the member with {@code memberId}, in the order they were set; empty for no such member.
   *
   * @param memberId the member's {@code uniqueId}
   * @return the role ids, unmodifiable; empty when the member has no role or does not exist
   */
  public List<String> roleIdsOf(String memberId) {
    synchronized (lock) {
      Member member = membersById.get(memberId);
      return member == null ? List.of() : List.copyOf(member.roleIds);
    }
  }

  /**
   * The member id of the sandbox organization's owner.
   *
   * @return the owner's member {@code uniqueId}; it changes when ownership is transferred
   */
  public String ownerId() {
    synchronized (lock) {
      return orgsById.get(SandboxFixtures.WAPIKIT_ORG_ID).ownerId;
    }
  }

  /**
   * Starts seeding a role whose every field can be chosen; finish with {@link RoleSeed#seed()}.
   *
   * @param name the role's name
   * @return the seed to complete
   * @throws NullPointerException when {@code name} is null
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public RoleSeed newRole(String name) {
    return new RoleSeed(this, name);
  }

  /**
   * Seeds a role called {@code name} with {@code permissions} (sent as given) and returns its id.
   *
   * @param name the role's name
   * @param permissions the permissions as sent on the wire; any strings
   * @return the new role's {@code uniqueId}
   * @throws NullPointerException when {@code name}, {@code permissions} or one of them is null
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public String seedRole(String name, String... permissions) {
    return newRole(name).permissions(permissions).seed();
  }

  /**
   * Seeds a tag with {@code id} and {@code label}, replacing one with the same id.
   *
   * @param id the tag's {@code uniqueId}
   * @param label the tag's label
   * @return this fake
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an argument is blank
   */
  public WapikitFake seedTag(String id, String label) {
    Checks.requireText(id, "id");
    Checks.requireText(label, "label");
    synchronized (lock) {
      tagsById.put(id, new Tag(id, label, ++sequence));
    }
    return this;
  }

  /**
   * Refuses {@code permission} from now on as if the service no longer knew it: a role created or updated with it
   * gets 400 {@code unknown permission: ...}. Lets tests reach that refusal with a client that only sends
   * documented permissions. Undone by {@link #reset()}.
   *
   * @param permission the permission to refuse, as sent on the wire (for example {@code Get:Tag})
   * @return this fake
   * @throws NullPointerException when {@code permission} is null
   * @throws IllegalArgumentException when {@code permission} is blank
   */
  public WapikitFake retirePermission(String permission) {
    Checks.requireText(permission, "permission");
    synchronized (lock) {
      retiredPermissions.add(permission);
    }
    return this;
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
      membersById.clear();
      rolesById.clear();
      tagsById.clear();
      orgsById.clear();
      createdSlugs.clear();
      retiredPermissions.clear();
      sessionTokens.clear();
      apiKeys.clear();
      apiKeys.add(SandboxFixtures.API_KEY);
      OffsetDateTime now = now();
      Org sandboxOrg = new Org(SandboxFixtures.WAPIKIT_ORG_ID, SandboxFixtures.WAPIKIT_ORG_NAME, now, ++sequence);
      sandboxOrg.description = "The organization of the WapiKit sandbox";
      sandboxOrg.websiteUrl = "https://sandbox.example.com";
      sandboxOrg.businessAccountId = SandboxFixtures.WHATSAPP_BUSINESS_ACCOUNT_ID;
      sandboxOrg.whatsappAccessToken = SandboxFixtures.WHATSAPP_ACCESS_TOKEN;
      sandboxOrg.webhookSecret = SandboxFixtures.WHATSAPP_WEBHOOK_SECRET;
      sandboxOrg.aiModel = SandboxFixtures.AI_MODEL;
      sandboxOrg.aiEnabled = true;
      sandboxOrg.aiApiKey = SandboxFixtures.AI_API_KEY;
      sandboxOrg.ownerId = SandboxFixtures.WAPIKIT_OWNER_ID;
      orgsById.put(sandboxOrg.uniqueId, sandboxOrg);
      membersById.put(SandboxFixtures.WAPIKIT_OWNER_ID, new Member(SandboxFixtures.WAPIKIT_OWNER_ID,
          SandboxFixtures.WAPIKIT_OWNER_EMAIL, SandboxFixtures.WAPIKIT_OWNER_NAME, OWNER, now, ++sequence));
    }
  }

  private static String normalize(String email) {
    return email.toLowerCase(Locale.ROOT);
  }

  /** The caller holds {@link #lock}. */
  private Optional<Member> memberByEmail(String email) {
    String normalized = normalize(email);
    return membersById.values().stream().filter(m -> normalize(m.email).equals(normalized)).findFirst();
  }

  /** Makes {@code email} a member with {@code accessLevel} unless it is one; the caller holds {@link #lock}. */
  private void makeMember(String email, String accessLevel) {
    if (memberByEmail(email).isEmpty()) {
      String id = freshId("mem_", membersById);
      int at = email.indexOf('@');
      String name = at > 0 ? email.substring(0, at) : email;
      membersById.put(id, new Member(id, email, name, accessLevel, now(), ++sequence));
    }
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

  private static String freshId(String prefix, Map<String, ?> taken) {
    String id;
    do {
      id = prefix + Checks.randomHex(10);
    } while (taken.containsKey(id));
    return id;
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
     * Stores the invite, replacing any with the same slug.
     *
     * @return the seeded invite: its slug (chosen or fresh), email and link, what a test needs next
     */
    public SeededInvite seed() {
      synchronized (fake.lock) {
        String chosenSlug = slug != null ? slug : fake.freshSlug();
        OffsetDateTime created = createdAt != null ? createdAt : fake.now();
        fake.store(
            new Invite(chosenSlug, uniqueId, email, accessLevel, created, status, organizationName, 0));
        return new SeededInvite(chosenSlug, email, SandboxOutbox.wapikitLink(chosenSlug));
      }
    }
  }

  /**
   * An invite the test seeded, with what the test needs next: the slug to look it up or join with, the email,
   * and the app's link the invitation email would carry. For an invite the code under test created, see
   * {@link WapikitFake#slugFor(String)}.
   *
   * @param slug the invite's slug
   * @param email the invited email address
   * @param link the link the invitation email would carry
   */
  public record SeededInvite(String slug, String email, String link) {}

  /**
   * Chooses the fields of one member to seed. Obtained from {@link WapikitFake#newMember(String)}; not
   * thread-safe, meant to be used in one statement.
   */
  public static final class MemberSeed {
    private final WapikitFake fake;
    private final String email;
    private String id;
    private String name;
    private String accessLevel = DEFAULT_ACCESS_LEVEL;
    private OffsetDateTime createdAt;
    private final List<String> roleIds = new ArrayList<>();

    private MemberSeed(WapikitFake fake, String email) {
      this.fake = fake;
      this.email = Checks.requireText(email, "email");
    }

    /**
     * The member's {@code uniqueId} (default {@code mem_} and random hex).
     *
     * @param value the id
     * @return this seed
     * @throws NullPointerException when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public MemberSeed id(String value) {
      this.id = Checks.requireText(value, "id");
      return this;
    }

    /**
     * The member's name (default: the email's local part).
     *
     * @param value the name
     * @return this seed
     * @throws NullPointerException when {@code value} is null
     */
    public MemberSeed name(String value) {
      this.name = Checks.requireNonNull(value, "name");
      return this;
    }

    /**
     * The access level as sent on the wire; any string (default {@code Member}).
     *
     * @param value the access level
     * @return this seed
     * @throws NullPointerException when {@code value} is null
     */
    public MemberSeed accessLevel(String value) {
      this.accessLevel = Checks.requireNonNull(value, "accessLevel");
      return this;
    }

    /**
     * When the member joined (default now, UTC).
     *
     * @param value the date and time, with its offset
     * @return this seed
     * @throws NullPointerException when {@code value} is null
     */
    public MemberSeed createdAt(OffsetDateTime value) {
      this.createdAt = Checks.requireNonNull(value, "createdAt");
      return this;
    }

    /**
     * The ids of roles the member has; each must be a seeded role by the time the member is listed.
     *
     * @param ids the role ids, added to those given before
     * @return this seed
     * @throws NullPointerException when {@code ids} is null
     */
    public MemberSeed roles(String... ids) {
      roleIds.addAll(Arrays.asList(ids));
      return this;
    }

    /**
     * Stores the member, replacing one with the same id, and returns its id.
     *
     * @return the member's {@code uniqueId}, chosen or fresh
     */
    public String seed() {
      synchronized (fake.lock) {
        String chosenId = id != null ? id : freshId("mem_", fake.membersById);
        int at = email.indexOf('@');
        String chosenName = name != null ? name : at > 0 ? email.substring(0, at) : email;
        Member member = new Member(chosenId, email, chosenName, accessLevel,
            createdAt != null ? createdAt : fake.now(), ++fake.sequence);
        member.roleIds.addAll(roleIds);
        fake.membersById.put(chosenId, member);
        return chosenId;
      }
    }
  }

  /**
   * Chooses the fields of one role to seed. Obtained from {@link WapikitFake#newRole(String)}; not thread-safe,
   * meant to be used in one statement.
   */
  public static final class RoleSeed {
    private final WapikitFake fake;
    private final String name;
    private String id;
    private String description;
    private final List<String> permissions = new ArrayList<>();

    private RoleSeed(WapikitFake fake, String name) {
      this.fake = fake;
      this.name = Checks.requireText(name, "name");
    }

    /**
     * The role's {@code uniqueId} (default {@code role_} and random hex).
     *
     * @param value the id
     * @return this seed
     * @throws NullPointerException when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public RoleSeed id(String value) {
      this.id = Checks.requireText(value, "id");
      return this;
    }

    /**
     * The role's description (default none).
     *
     * @param value the description, or null for none
     * @return this seed
     */
    public RoleSeed description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Permissions as sent on the wire; any strings, so tests can seed ones the spec does not list.
     *
     * @param values the permissions, added to those given before
     * @return this seed
     * @throws NullPointerException when {@code values} is null
     */
    public RoleSeed permissions(String... values) {
      permissions.addAll(Arrays.asList(values));
      return this;
    }

    /**
     * Stores the role, replacing one with the same id, and returns its id.
     *
     * @return the role's {@code uniqueId}, chosen or fresh
     * @throws NullPointerException when one of the permissions is null
     */
    public String seed() {
      synchronized (fake.lock) {
        String chosenId = id != null ? id : freshId("role_", fake.rolesById);
        fake.rolesById.put(chosenId,
            new Role(chosenId, name, description, List.copyOf(permissions), fake.now(), ++fake.sequence));
        return chosenId;
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

  /** A member; mutable, guarded by the fake's lock. */
  private static final class Member {
    final String uniqueId;
    final String email;
    final String name;
    final OffsetDateTime createdAt;
    final long sequence;
    final List<String> roleIds = new ArrayList<>();
    String accessLevel;

    Member(String uniqueId, String email, String name, String accessLevel, OffsetDateTime createdAt,
        long sequence) {
      this.uniqueId = uniqueId;
      this.email = email;
      this.name = name;
      this.accessLevel = accessLevel;
      this.createdAt = createdAt;
      this.sequence = sequence;
    }
  }

  private record Role(
      String uniqueId, String name, String description, List<String> permissions, OffsetDateTime createdAt,
      long sequence) {

    ObjectNode toJson() {
      ObjectNode json = Json.object();
      json.put("uniqueId", uniqueId);
      json.put("name", name);
      if (description != null) {
        json.put("description", description);
      }
      ArrayNode list = json.putArray("permissions");
      permissions.forEach(list::add);
      return json;
    }
  }

  private record Tag(String uniqueId, String label, long sequence) {
    ObjectNode toJson() {
      ObjectNode json = Json.object();
      json.put("uniqueId", uniqueId);
      json.put("label", label);
      return json;
    }
  }

  /** An organization; mutable, guarded by the fake's lock. */
  private static final class Org {
    final String uniqueId;
    final OffsetDateTime createdAt;
    final long sequence;
    String name;
    String description;
    String websiteUrl;
    String businessAccountId;
    String whatsappAccessToken;
    String webhookSecret;
    JsonNode slack;
    JsonNode email;
    String aiModel;
    Boolean aiEnabled;
    String aiApiKey;
    String ownerId;

    Org(String uniqueId, String name, OffsetDateTime createdAt, long sequence) {
      this.uniqueId = uniqueId;
      this.name = name;
      this.createdAt = createdAt;
      this.sequence = sequence;
    }

    ObjectNode whatsappJson() {
      ObjectNode json = Json.object();
      json.put("businessAccountId", businessAccountId);
      json.put("accessToken", whatsappAccessToken);
      json.put("webhookSecret", webhookSecret);
      return json;
    }

    ObjectNode toJson() {
      ObjectNode json = Json.object();
      json.put("uniqueId", uniqueId);
      json.put("name", name);
      if (description != null) {
        json.put("description", description);
      }
      json.put("createdAt", Json.dateTime(createdAt));
      if (websiteUrl != null) {
        json.put("websiteUrl", websiteUrl);
      }
      if (businessAccountId != null) {
        json.put("businessAccountId", businessAccountId);
        json.set("whatsappBusinessAccountDetails", whatsappJson());
      }
      if (slack != null) {
        json.set("slackNotificationConfiguration", slack.deepCopy());
      }
      if (email != null) {
        json.set("emailNotificationConfiguration", email.deepCopy());
      }
      if (aiModel != null) {
        ObjectNode ai = json.putObject("aiConfiguration");
        if (aiEnabled != null) {
          ai.put("isEnabled", aiEnabled);
        }
        ai.put("model", aiModel);
      }
      return json;
    }
  }

  /** The service's behaviour behind the shared pipeline. */
  private final class Logic implements FakeEndpoint.Service {
    /** Paths under /organization that are not an organization id. */
    private static final Set<String> ORGANIZATION_SECTIONS = Set.of("invites", "invite", "members", "tags",
        "templates", "phone-numbers", "whatsappBusinessAccount", "ai-configuration");

    @Override
    public Reply handle(HttpCall call) {
      List<String> segments = call.segments();
      String route = call.method() + " " + shape(segments);
      return switch (route) {
        case "GET /auth/api-keys/regenerate" -> regenerateApiKey(call);
        case "POST /auth/join-organization" -> join(call);
        case "GET /organization" -> listOrganizations(call);
        case "POST /organization" -> createOrganization(call);
        case "GET /organization/{id}" -> getOrganization(segments.get(1));
        case "POST /organization/{id}" -> updateOrganization(segments.get(1), call);
        case "POST /organization/{id}/transfer" -> transfer(segments.get(1), call);
        case "GET /organization/ai-configuration" -> aiConfiguration();
        case "GET /organization/invites" -> listInvites(call);
        case "POST /organization/invites" -> createInvite(call);
        case "GET /organization/invite/{slug}" -> getInvite(segments.get(2));
        case "POST /organization/invite/{slug}/accept" -> accept(segments.get(2));
        case "GET /organization/members" -> listMembers(call);
        case "GET /organization/members/{id}" -> getMember(segments.get(2));
        case "POST /organization/members/{id}" -> updateMember(segments.get(2), call);
        case "DELETE /organization/members/{id}" -> removeMember(segments.get(2));
        case "POST /organization/members/{id}/role" -> setRoles(segments.get(2), call);
        case "GET /organization/tags" -> listTags(call);
        case "POST /organization/tags" -> createTag(call);
        case "GET /organization/templates" -> Reply.of(200, WhatsAppFixtures.templates());
        case "GET /organization/templates/{id}" -> getTemplate(segments.get(2));
        case "GET /organization/phone-numbers" -> Reply.of(200, WhatsAppFixtures.phoneNumbers());
        case "GET /organization/phone-numbers/{id}" -> getPhoneNumber(segments.get(2));
        case "POST /organization/whatsappBusinessAccount" -> updateWhatsApp(call);
        case "GET /rbac/roles" -> listRoles(call);
        case "POST /rbac/roles" -> createRole(call);
        case "GET /rbac/roles/{id}" -> getRole(segments.get(2));
        case "POST /rbac/roles/{id}" -> updateRole(segments.get(2), call);
        case "DELETE /rbac/roles/{id}" -> deleteRole(segments.get(2));
        default -> error(404, "not found");
      };
    }

    /** The path with its id segments replaced by their template names, to route on. */
    private String shape(List<String> segments) {
      List<String> shape = new ArrayList<>(segments);
      if (shape.size() >= 2 && shape.get(0).equals("organization")) {
        String second = shape.get(1);
        if (second.equals("invite") && shape.size() >= 3) {
          shape.set(2, "{slug}");
        } else if (!ORGANIZATION_SECTIONS.contains(second)) {
          shape.set(1, "{id}");
        } else if (shape.size() >= 3) {
          shape.set(2, "{id}");
        }
      }
      if (shape.size() >= 3 && shape.get(0).equals("rbac") && shape.get(1).equals("roles")) {
        shape.set(2, "{id}");
      }
      return "/" + String.join("/", shape);
    }

    // ------------------------------------------------------------------ paging

    /** One page of {@code items} (oldest first) under {@code name}, or a 400 for bad paging parameters. */
    private <T> Reply page(HttpCall call, String name, List<T> items, Function<T, JsonNode> json) {
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
      List<T> ordered = new ArrayList<>(items);
      if (sortBy.equals("desc")) {
        java.util.Collections.reverse(ordered);
      }
      long from = (long) (page.get() - 1) * perPage.get();
      ArrayNode list = Json.object().arrayNode();
      for (long i = from; i < ordered.size() && i < from + perPage.get(); i++) {
        list.add(json.apply(ordered.get((int) i)));
      }
      ObjectNode meta = Json.object();
      meta.put("page", page.get());
      meta.put("per_page", perPage.get());
      meta.put("total", ordered.size());
      ObjectNode body = Json.object();
      body.set(name, list);
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

    // ------------------------------------------------------------------ request bodies

    /** The request's JSON object, or empty when the body is not one. */
    private Optional<JsonNode> object(HttpCall call) {
      return Json.parse(call.body()).filter(JsonNode::isObject);
    }

    /** The non-blank text of {@code field}, or empty. */
    private Optional<String> text(JsonNode body, String field) {
      JsonNode value = body.get(field);
      return value != null && value.isTextual() && !value.asText().isBlank()
          ? Optional.of(value.asText())
          : Optional.empty();
    }

    /** The text of an optional {@code field}: null when absent. */
    private String optionalText(JsonNode body, String field) {
      JsonNode value = body.get(field);
      return value != null && value.isTextual() ? value.asText() : null;
    }

    private ObjectNode wrap(String name, JsonNode value) {
      ObjectNode json = Json.object();
      json.set(name, value);
      return json;
    }

    private ObjectNode flag(String name, boolean value) {
      ObjectNode json = Json.object();
      json.put(name, value);
      return json;
    }

    // ------------------------------------------------------------------ API key, joining

    private Reply regenerateApiKey(HttpCall call) {
      String used = call.header("x-access-token").orElse("");
      String fresh = "wk_" + Checks.randomHex(32);
      OffsetDateTime now = now();
      synchronized (lock) {
        apiKeys.remove(used);
        apiKeys.add(fresh);
      }
      ObjectNode key = Json.object();
      key.put("uniqueId", "key_" + Checks.randomHex(10));
      key.put("key", fresh);
      key.put("createdAt", Json.dateTime(now));
      return Reply.of(200, wrap("apiKey", key));
    }

    private Reply join(HttpCall call) {
      Optional<String> slug = object(call).flatMap(body -> text(body, "inviteSlug"));
      if (slug.isEmpty()) {
        return error(400, "inviteSlug is required");
      }
      return redeem(slug.get());
    }

    private Reply accept(String slug) {
      return redeem(slug);
    }

    /** Accepts the invite: marks it Redeemed, makes the email a member, hands out a session token. */
    private Reply redeem(String slug) {
      String token = "wks_" + Checks.randomHex(32);
      synchronized (lock) {
        Invite invite = invitesBySlug.get(slug);
        if (invite == null) {
          return error(404, "invite not found");
        }
        if (!invite.status().equals(PENDING)) {
          return error(400, "invite is not pending (status " + invite.status() + ")");
        }
        invitesBySlug.put(slug, invite.withStatus(REDEEMED));
        makeMember(invite.email(), invite.accessLevel());
        sessionTokens.add(token);
      }
      ObjectNode body = Json.object();
      body.put("token", token);
      return Reply.of(200, body);
    }

    // ------------------------------------------------------------------ invites

    private Reply listInvites(HttpCall call) {
      List<Invite> all;
      synchronized (lock) {
        all = new ArrayList<>(invitesBySlug.values());
      }
      all.sort(Invite.OLDEST_FIRST);
      return page(call, "invites", all, Invite::toJson);
    }

    private Reply createInvite(HttpCall call) {
      Optional<JsonNode> parsed = object(call);
      if (parsed.isEmpty()) {
        return error(400, "request body must be a JSON object");
      }
      JsonNode email = parsed.get().get("email");
      if (email == null || !email.isTextual() || !Checks.isEmail(email.asText())) {
        return error(400, "email must be a valid email address");
      }
      Optional<String> accessLevel = text(parsed.get(), "accessLevel").filter(ACCESS_LEVELS::contains);
      if (accessLevel.isEmpty()) {
        return error(400, "accessLevel must be Owner or Member");
      }
      Invite created;
      synchronized (lock) {
        String normalized = normalize(email.asText());
        if (memberByEmail(normalized).isPresent()) {
          return error(400, "user is already a member of this organization");
        }
        for (Invite invite : invitesBySlug.values()) {
          if (invite.status().equals(PENDING) && normalize(invite.email()).equals(normalized)) {
            return error(400, "invite already exists for this email");
          }
        }
        created = store(new Invite(freshSlug(), UUID.randomUUID().toString(), email.asText(), accessLevel.get(),
            now(), PENDING, SandboxFixtures.WAPIKIT_ORG_NAME, 0));
        createdSlugs.add(created.slug());
      }
      outbox.deliverWapikitInvite(created.email(), created.slug(), created.organizationName());
      return Reply.of(200, created.wrapped());
    }

    private Reply getInvite(String slug) {
      synchronized (lock) {
        Invite invite = invitesBySlug.get(slug);
        return invite == null ? error(404, "invite not found") : Reply.of(200, invite.wrapped());
      }
    }

    // ------------------------------------------------------------------ members

    /** The member with its roles expanded; the caller holds {@link #lock}. */
    private ObjectNode memberJson(Member member) {
      ObjectNode json = Json.object();
      json.put("uniqueId", member.uniqueId);
      json.put("createdAt", Json.dateTime(member.createdAt));
      json.put("accessLevel", member.accessLevel);
      json.put("name", member.name);
      json.put("email", member.email);
      ArrayNode roles = json.putArray("roles");
      for (String roleId : member.roleIds) {
        Role role = rolesById.get(roleId);
        if (role != null) {
          roles.add(role.toJson());
        }
      }
      return json;
    }

    private Reply listMembers(HttpCall call) {
      synchronized (lock) {
        List<Member> all = new ArrayList<>(membersById.values());
        all.sort(Comparator.comparing((Member m) -> m.createdAt.toInstant()).thenComparingLong(m -> m.sequence));
        return page(call, "members", all, this::memberJson);
      }
    }

    private Reply getMember(String id) {
      synchronized (lock) {
        Member member = membersById.get(id);
        return member == null ? error(404, "member not found") : Reply.of(200, wrap("member", memberJson(member)));
      }
    }

    private Reply updateMember(String id, HttpCall call) {
      Optional<String> accessLevel =
          object(call).flatMap(body -> text(body, "accessLevel")).filter(ACCESS_LEVELS::contains);
      if (accessLevel.isEmpty()) {
        return error(400, "accessLevel must be Owner or Member");
      }
      synchronized (lock) {
        Member member = membersById.get(id);
        if (member == null) {
          return error(404, "member not found");
        }
        member.accessLevel = accessLevel.get();
        return Reply.of(200, wrap("data", wrap("member", memberJson(member))));
      }
    }

    private Reply removeMember(String id) {
      synchronized (lock) {
        Member member = membersById.get(id);
        if (member == null) {
          return error(404, "member not found");
        }
        if (id.equals(orgsById.get(SandboxFixtures.WAPIKIT_ORG_ID).ownerId)) {
          return error(400, "the organization's owner cannot be removed; transfer ownership first");
        }
        membersById.remove(id);
      }
      return Reply.of(200, flag("data", true));
    }

    private Reply setRoles(String id, HttpCall call) {
      JsonNode ids = object(call).map(body -> body.get("updatedRoleIds")).orElse(null);
      if (ids == null || !ids.isArray()) {
        return error(400, "updatedRoleIds must be a list of role ids");
      }
      Set<String> roleIds = new LinkedHashSet<>();
      ids.forEach(roleId -> roleIds.add(roleId.asText()));
      synchronized (lock) {
        Member member = membersById.get(id);
        if (member == null) {
          return error(404, "member not found");
        }
        for (String roleId : roleIds) {
          if (!rolesById.containsKey(roleId)) {
            return error(404, "role not found: " + roleId);
          }
        }
        member.roleIds.clear();
        member.roleIds.addAll(roleIds);
      }
      return Reply.of(200, flag("isRoleUpdated", true));
    }

    // ------------------------------------------------------------------ roles

    private List<Role> rolesOldestFirst() {
      List<Role> all = new ArrayList<>(rolesById.values());
      all.sort(Comparator.comparing((Role r) -> r.createdAt().toInstant()).thenComparingLong(Role::sequence));
      return all;
    }

    private Reply listRoles(HttpCall call) {
      synchronized (lock) {
        return page(call, "roles", rolesOldestFirst(), Role::toJson);
      }
    }

    private Reply getRole(String id) {
      synchronized (lock) {
        Role role = rolesById.get(id);
        return role == null ? error(404, "role not found") : Reply.of(200, wrap("role", role.toJson()));
      }
    }

    /** A role definition from the body, or the 400 explaining what is wrong with it; the caller holds the lock. */
    private Object definition(HttpCall call, String id) {
      Optional<JsonNode> body = object(call);
      Optional<String> name = body.flatMap(b -> text(b, "name"));
      if (name.isEmpty()) {
        return error(400, "name must not be blank");
      }
      JsonNode permissions = body.get().get("permissions");
      if (permissions == null || !permissions.isArray()) {
        return error(400, "permissions must be a list");
      }
      List<String> values = new ArrayList<>();
      for (JsonNode permission : permissions) {
        String value = permission.asText();
        if (!PERMISSIONS.contains(value) || retiredPermissions.contains(value)) {
          return error(400, "unknown permission: " + value);
        }
        if (!values.contains(value)) {
          values.add(value);
        }
      }
      for (Role other : rolesById.values()) {
        if (!other.uniqueId().equals(id) && other.name().equalsIgnoreCase(name.get())) {
          return error(400, "a role named " + name.get() + " already exists");
        }
      }
      return new Role(id, name.get(), optionalText(body.get(), "description"), List.copyOf(values), now(),
          ++sequence);
    }

    private Reply createRole(HttpCall call) {
      synchronized (lock) {
        Object role = definition(call, freshId("role_", rolesById));
        if (role instanceof Reply refused) {
          return refused;
        }
        Role created = (Role) role;
        rolesById.put(created.uniqueId(), created);
        return Reply.of(200, wrap("role", created.toJson()));
      }
    }

    private Reply updateRole(String id, HttpCall call) {
      synchronized (lock) {
        Role existing = rolesById.get(id);
        if (existing == null) {
          return error(404, "role not found");
        }
        Object role = definition(call, id);
        if (role instanceof Reply refused) {
          return refused;
        }
        Role changed = (Role) role;
        // Keeps its place in the list: created when it was.
        Role updated = new Role(id, changed.name(), changed.description(), changed.permissions(),
            existing.createdAt(), existing.sequence());
        rolesById.put(id, updated);
        return Reply.of(200, wrap("role", updated.toJson()));
      }
    }

    private Reply deleteRole(String id) {
      synchronized (lock) {
        if (!rolesById.containsKey(id)) {
          return error(404, "role not found");
        }
        long holders = membersById.values().stream().filter(m -> m.roleIds.contains(id)).count();
        if (holders > 0) {
          return error(400, "role is still assigned to " + holders + " member(s)");
        }
        rolesById.remove(id);
      }
      return Reply.of(200, flag("data", true));
    }

    // ------------------------------------------------------------------ tags

    private Reply listTags(HttpCall call) {
      synchronized (lock) {
        List<Tag> all = new ArrayList<>(tagsById.values());
        all.sort(Comparator.comparingLong(Tag::sequence));
        return page(call, "tags", all, Tag::toJson);
      }
    }

    private Reply createTag(HttpCall call) {
      Optional<String> label = object(call).flatMap(body -> text(body, "label"));
      if (label.isEmpty()) {
        return error(400, "label must not be blank");
      }
      synchronized (lock) {
        for (Tag tag : tagsById.values()) {
          if (tag.label().equalsIgnoreCase(label.get())) {
            return error(400, "a tag labelled " + label.get() + " already exists");
          }
        }
        Tag created = new Tag(freshId("tag_", tagsById), label.get(), ++sequence);
        tagsById.put(created.uniqueId(), created);
        return Reply.of(200, wrap("tag", created.toJson()));
      }
    }

    // ------------------------------------------------------------------ organizations

    private Reply listOrganizations(HttpCall call) {
      synchronized (lock) {
        List<Org> all = new ArrayList<>(orgsById.values());
        all.sort(Comparator.comparingLong((Org o) -> o.sequence));
        return page(call, "organizations", all, Org::toJson);
      }
    }

    private Reply createOrganization(HttpCall call) {
      Optional<JsonNode> body = object(call);
      Optional<String> name = body.flatMap(b -> text(b, "name"));
      if (name.isEmpty()) {
        return error(400, "name must not be blank");
      }
      synchronized (lock) {
        Org created = new Org(freshId("org_", orgsById), name.get(), now(), ++sequence);
        created.description = optionalText(body.get(), "description");
        created.ownerId = orgsById.get(SandboxFixtures.WAPIKIT_ORG_ID).ownerId;
        orgsById.put(created.uniqueId, created);
        return Reply.of(200, wrap("organization", created.toJson()));
      }
    }

    private Reply getOrganization(String id) {
      synchronized (lock) {
        Org org = orgsById.get(id);
        return org == null ? error(404, "organization not found") : Reply.of(200, wrap("organization", org.toJson()));
      }
    }

    private Reply updateOrganization(String id, HttpCall call) {
      Optional<JsonNode> body = object(call);
      Optional<String> name = body.flatMap(b -> text(b, "name"));
      if (name.isEmpty()) {
        return error(400, "name must not be blank");
      }
      JsonNode changes = body.get();
      synchronized (lock) {
        Org org = orgsById.get(id);
        if (org == null) {
          return error(404, "organization not found");
        }
        org.name = name.get();
        org.description = optionalText(changes, "description");
        if (changes.hasNonNull("slackNotificationConfiguration")) {
          org.slack = changes.get("slackNotificationConfiguration").deepCopy();
        }
        if (changes.hasNonNull("emailNotificationConfiguration")) {
          org.email = changes.get("emailNotificationConfiguration").deepCopy();
        }
        JsonNode ai = changes.get("aiConfiguration");
        if (ai != null && ai.isObject()) {
          org.aiModel = optionalText(ai, "model");
          org.aiApiKey = optionalText(ai, "apiKey");
          org.aiEnabled = ai.has("isEnabled") ? ai.get("isEnabled").asBoolean() : org.aiEnabled;
        }
      }
      return Reply.of(200, flag("isUpdated", true));
    }

    private Reply transfer(String id, HttpCall call) {
      Optional<String> newOwnerId = object(call).flatMap(body -> text(body, "newOwnerId"));
      if (newOwnerId.isEmpty()) {
        return error(400, "newOwnerId is required");
      }
      synchronized (lock) {
        Org org = orgsById.get(id);
        if (org == null) {
          return error(404, "organization not found");
        }
        // Only the sandbox organization has members besides its owner.
        boolean member = id.equals(SandboxFixtures.WAPIKIT_ORG_ID)
            ? membersById.containsKey(newOwnerId.get())
            : newOwnerId.get().equals(org.ownerId);
        if (!member) {
          return error(400, "new owner is not a member of this organization");
        }
        if (id.equals(SandboxFixtures.WAPIKIT_ORG_ID)) {
          Member previous = membersById.get(org.ownerId);
          if (previous != null && !previous.uniqueId.equals(newOwnerId.get())) {
            previous.accessLevel = MEMBER;
          }
          membersById.get(newOwnerId.get()).accessLevel = OWNER;
        }
        org.ownerId = newOwnerId.get();
      }
      return Reply.of(200, flag("isTransferred", true));
    }

    private Reply aiConfiguration() {
      synchronized (lock) {
        Org org = orgsById.get(SandboxFixtures.WAPIKIT_ORG_ID);
        if (org.aiModel == null || org.aiApiKey == null) {
          return error(404, "AI configuration not found");
        }
        ObjectNode ai = Json.object();
        ai.put("apiKey", org.aiApiKey);
        ai.put("model", org.aiModel);
        ai.put("isEnabled", Boolean.TRUE.equals(org.aiEnabled));
        return Reply.of(200, wrap("aiConfiguration", ai));
      }
    }

    // ------------------------------------------------------------------ WhatsApp

    private Reply updateWhatsApp(HttpCall call) {
      Optional<JsonNode> body = object(call);
      Optional<String> accountId = body.flatMap(b -> text(b, "businessAccountId"));
      Optional<String> accessToken = body.flatMap(b -> text(b, "accessToken"));
      if (accountId.isEmpty() || accessToken.isEmpty()) {
        return error(400, "businessAccountId and accessToken are required");
      }
      synchronized (lock) {
        Org org = orgsById.get(SandboxFixtures.WAPIKIT_ORG_ID);
        org.businessAccountId = accountId.get();
        org.whatsappAccessToken = accessToken.get();
        org.webhookSecret = "whsec_" + Checks.randomHex(24);
        return Reply.of(200, org.whatsappJson());
      }
    }

    private Reply getTemplate(String id) {
      for (JsonNode template : WhatsAppFixtures.templates()) {
        if (template.get("id").asText().equals(id)) {
          return Reply.of(200, wrap("template", template));
        }
      }
      return error(404, "template not found");
    }

    private Reply getPhoneNumber(String id) {
      for (JsonNode phoneNumber : WhatsAppFixtures.phoneNumbers()) {
        if (phoneNumber.get("id").asText().equals(id)) {
          return Reply.of(200, phoneNumber);
        }
      }
      return error(404, "phone number not found");
    }

    // ------------------------------------------------------------------ the pipeline's hooks

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
        if (!apiKeys.contains(key.get()) && !sessionTokens.contains(key.get())) {
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
