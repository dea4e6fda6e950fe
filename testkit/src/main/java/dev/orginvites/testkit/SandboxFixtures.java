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

  /** Organization name of the WEGnology demo invites. */
  public static final String DEMO_ORG_NAME = "Demo Org";

  /** Organization id returned when the WEGnology demo invite is accepted or rejected. */
  public static final String DEMO_ORG_ID = "5e8f8c1b2a3d4e5f6a7b8c9d";

  /** Role of the WEGnology demo invite. */
  public static final String DEMO_ROLE = "edit";

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
        .role(DEMO_ROLE)
        .seed()
        .newInvite(EXPIRED_TOKEN, DEMO_EMAIL)
        .orgName(DEMO_ORG_NAME)
        .orgId(DEMO_ORG_ID)
        .role(DEMO_ROLE)
        .expired()
        .seed();
    sandbox.wapikit().seedInvite(DEMO_SLUG, DEMO_SLUG_EMAIL, DEMO_ACCESS_LEVEL);
  }
}
