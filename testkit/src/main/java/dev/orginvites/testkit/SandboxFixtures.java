package dev.orginvites.testkit;

import java.util.List;

/**
 * The values {@link Sandbox#seedDemoFixtures()} seeds, and the WapiKit organization every sandbox starts with
 * (its id, owner, WhatsApp account and AI configuration, templates and phone numbers), for tests, docs and the
 * CLI's demo to refer to.
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

  /**
   * Email of the demo member: the member the fixtures add to WEGnology's {@link #DEMO_ORG_ID} and WapiKit's
   * {@link #DEMO_MEMBER_ID} alike.
   */
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

  /** Organization name of every WapiKit invite in the sandbox: the sandbox organization's name. */
  public static final String WAPIKIT_ORG_NAME = "Sandbox Org";

  /** The WapiKit sandbox organization's id (always there, with or without the fixtures). */
  public static final String WAPIKIT_ORG_ID = "org_sandbox";

  /** Member id of the sandbox organization's owner (always there until ownership moves or a reset). */
  public static final String WAPIKIT_OWNER_ID = "mem_owner";

  /** Email of the sandbox organization's owner. */
  public static final String WAPIKIT_OWNER_EMAIL = "owner+sandbox@example.com";

  /** Name of the sandbox organization's owner. */
  public static final String WAPIKIT_OWNER_NAME = "Sandbox Owner";

  /** Member id of the demo member (a Member without roles). */
  public static final String DEMO_MEMBER_ID = "mem_demo";

  /** Name of the demo member. */
  public static final String DEMO_MEMBER_NAME = "Demo Member";

  /** Id of the demo role, assigned to nobody (so it can be deleted). */
  public static final String DEMO_ROLE_ID = "role_demo";

  /** Name of the demo role. */
  public static final String DEMO_ROLE_NAME = "Support agent";

  /** The demo role's permissions, as sent on the wire. */
  public static final List<String> DEMO_ROLE_PERMISSIONS =
      List.of("Get:Conversation", "Update:Conversation", "Assign:Conversation");

  /** Id of the demo tag. */
  public static final String DEMO_TAG_ID = "tag_demo";

  /** Label of the demo tag. */
  public static final String DEMO_TAG_LABEL = "vip";

  /**
   * Id of the approved UTILITY message template {@code order_shipped} (header, body, footer, URL and quick-reply
   * buttons).
   */
  public static final String DEMO_TEMPLATE_ID = "1302845592041673";

  /**
   * Id of the pending MARKETING template {@code spring_sale} (image header, limited-time offer, copy-code and phone
   * buttons).
   */
  public static final String MARKETING_TEMPLATE_ID = "1987340218841650";

  /** Id of the rejected AUTHENTICATION template {@code login_code}. */
  public static final String AUTHENTICATION_TEMPLATE_ID = "877263098421339";

  /** Id of the verified US phone number of the WhatsApp Business account. */
  public static final String DEMO_PHONE_NUMBER_ID = "109876543210987";

  /** Id of the unverified UK phone number. */
  public static final String UK_PHONE_NUMBER_ID = "109876543210988";

  /** The WhatsApp Business account linked to the sandbox organization. */
  public static final String WHATSAPP_BUSINESS_ACCOUNT_ID = "104996245678901";

  /** The linked account's WhatsApp access token: a secret, which no SDK output may show. */
  public static final String WHATSAPP_ACCESS_TOKEN = "sandbox-whatsapp-access-token-7f3a";

  /** The linked account's webhook secret: a secret, which no SDK output may show. */
  public static final String WHATSAPP_WEBHOOK_SECRET = "sandbox-webhook-secret-91c2";

  /** The AI configuration's model, as sent on the wire. */
  public static final String AI_MODEL = "Gpt4oMini";

  /** The AI configuration's provider API key: a secret, which no SDK output may show. */
  public static final String AI_API_KEY = "sandbox-ai-provider-key-5d0e";

  private SandboxFixtures() {}

  static void seed(Sandbox sandbox) {
    WnologyFake wnology = sandbox.wnology();
    wnology.newInvite(DEMO_TOKEN, DEMO_EMAIL).orgName(DEMO_ORG_NAME).orgId(DEMO_ORG_ID).id(DEMO_INVITE_ID)
        .role(DEMO_ROLE).seed();
    wnology.newInvite(EXPIRED_TOKEN, DEMO_EMAIL).orgName(DEMO_ORG_NAME).orgId(DEMO_ORG_ID).id(EXPIRED_INVITE_ID)
        .role(DEMO_ROLE).expired().seed();
    wnology.seedMember(DEMO_ORG_ID, DEMO_MEMBER_USER_ID, DEMO_MEMBER_EMAIL, DEMO_MEMBER_ROLE);
    WapikitFake wapikit = sandbox.wapikit();
    wapikit.seedInvite(DEMO_SLUG, DEMO_SLUG_EMAIL, DEMO_ACCESS_LEVEL);
    wapikit.newMember(DEMO_MEMBER_EMAIL).id(DEMO_MEMBER_ID).name(DEMO_MEMBER_NAME).seed();
    wapikit.newRole(DEMO_ROLE_NAME).id(DEMO_ROLE_ID).description("Answers and assigns conversations")
        .permissions(DEMO_ROLE_PERMISSIONS.toArray(String[]::new)).seed();
    wapikit.seedTag(DEMO_TAG_ID, DEMO_TAG_LABEL);
  }
}
