package dev.orginvites.testkit;

/**
 * The values {@link Sandbox#seedDemoFixtures()} seeds, for tests, docs and the CLI's demo to refer to.
 */
public final class SandboxFixtures {
  /** Token of the valid (pending, unexpired) WEGnology invite. */
  public static final String DEMO_TOKEN = "demo-token";

  /** Token of the expired WEGnology invite (same email): looking it up or answering it is a 410. */
  public static final String EXPIRED_TOKEN = "expired-token";

  /**
   * Email of both WEGnology invites. The {@code +} is deliberate: it must be percent-encoded in a query
   * string, and the fake decodes an unencoded one as a space, as the real service does.
   */
  public static final String DEMO_EMAIL = "new.user+demo@example.com";

  /**
   * Name of the WEGnology organization {@link #DEMO_ORG_ID}, which always exists in the sandbox (not only with the
   * fixtures), and of the WEGnology demo invites.
   */
  public static final String DEMO_ORG_NAME = "Demo Org";

  /**
   * Id of the WEGnology organization that always exists in the sandbox; returned when the WEGnology demo invite is
   * accepted or rejected, and managed with {@link #API_TOKEN}.
   */
  public static final String DEMO_ORG_ID = "5e8f8c1b2a3d4e5f6a7b8c9d";

  /** Role of the WEGnology demo invite. */
  public static final String DEMO_ROLE = "edit";

  /**
   * The WEGnology API token the sandbox accepts in {@code Authorization: Bearer} on the organization's calls
   * (always, not only with fixtures).
   */
  public static final String API_TOKEN = "sandbox-token";

  /** User id of the admin of {@link #DEMO_ORG_ID}, a member from start (not only with fixtures). */
  public static final String DEMO_ADMIN_USER_ID = "5e8f8c1b2a3d4e5f6a7b8c01";

  /** Email of the admin of {@link #DEMO_ORG_ID}. */
  public static final String DEMO_ADMIN_EMAIL = "admin@example.com";

  /** Id of the valid WEGnology demo invite in the pending list of {@link #DEMO_ORG_ID} (to revoke it). */
  public static final String DEMO_INVITE_ID = "5e8f8c1b2a3d4e5f6a7b8ca1";

  /** Id of the expired WEGnology demo invite in the pending list of {@link #DEMO_ORG_ID} (it shows hasExpired). */
  public static final String EXPIRED_INVITE_ID = "5e8f8c1b2a3d4e5f6a7b8ca2";

  /** User id of the member the fixtures add to {@link #DEMO_ORG_ID} (to change their role or remove them). */
  public static final String DEMO_MEMBER_USER_ID = "5e8f8c1b2a3d4e5f6a7b8cb1";

  /** Email of the member the fixtures add to {@link #DEMO_ORG_ID}. */
  public static final String DEMO_MEMBER_EMAIL = "member+demo@example.com";

  /** Organization role of the member the fixtures add to {@link #DEMO_ORG_ID}. */
  public static final String DEMO_MEMBER_ROLE = "view";

  /** The WapiKit API key the sandbox accepts in {@code x-access-token} (always, not only with fixtures). */
  public static final String API_KEY = "sandbox-key";

  /** Slug of the pending WapiKit demo invite. */
  public static final String DEMO_SLUG = "demo-slug";

  /** Email of the pending WapiKit demo invite. */
  public static final String DEMO_SLUG_EMAIL = "invitee+demo@example.com";

  /** Access level of the pending WapiKit demo invite. */
  public static final String DEMO_ACCESS_LEVEL = "Member";

  /** Organization name of every WapiKit invite in the sandbox. */
  public static final String WAPIKIT_ORG_NAME = "Sandbox Org";

  private SandboxFixtures() {}

  static void seed(Sandbox sandbox) {
    sandbox
        .wnology()
        .newInvite(DEMO_TOKEN, DEMO_EMAIL)
        .orgName(DEMO_ORG_NAME)
        .orgId(DEMO_ORG_ID)
        .id(DEMO_INVITE_ID)
        .role(DEMO_ROLE)
        .seed()
        .newInvite(EXPIRED_TOKEN, DEMO_EMAIL)
        .orgName(DEMO_ORG_NAME)
        .orgId(DEMO_ORG_ID)
        .id(EXPIRED_INVITE_ID)
        .role(DEMO_ROLE)
        .expired()
        .seed()
        .seedMember(DEMO_ORG_ID, DEMO_MEMBER_USER_ID, DEMO_MEMBER_EMAIL, DEMO_MEMBER_ROLE);
    sandbox.wapikit().seedInvite(DEMO_SLUG, DEMO_SLUG_EMAIL, DEMO_ACCESS_LEVEL);
  }
}
