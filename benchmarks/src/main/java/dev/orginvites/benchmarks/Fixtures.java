package dev.orginvites.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The requests and canned responses every benchmark uses, shaped like the documented examples. Both sides parse
 * exactly these bytes, so any difference is the code around the parse.
 */
final class Fixtures {
  static final String TOKEN = "a1b2c3d4e5f6-invite-token";
  static final String EMAIL = "invited.person@example.com";
  static final String API_KEY = "sandbox-api-key-0123456789";
  static final int PAGE_SIZE = 50;

  /** Paths relative to each service's base URL, as the canned interceptor and the loopback server route them. */
  static final String WNOLOGY_INVITES_PATH = "/wnology/invites";
  static final String WAPIKIT_LIST_PATH = "/wapikit/api/organization/invites";

  static final byte[] INVITE_INFO = utf8("{\"orgName\":\"Example Org\",\"email\":\"" + EMAIL + "\",\"role\":\"edit\","
      + "\"inviteDate\":\"2026-11-01T12:00:00.000Z\",\"ttl\":604800000,\"disallowTransfer\":false}");

  static final byte[] INVITE_RESULT = utf8("{\"accepted\":true,\"orgId\":\"5b9f1d2c3e4a5b6c7d8e9f00\"}");

  static final byte[] NOT_FOUND = utf8("{\"type\":\"NotFound\",\"message\":\"Invite was not found\"}");

  /** Page 1 of 3: fifty invites, all fields set, about 9 KB. */
  static final byte[] INVITE_PAGE = utf8(invitePage());

  private Fixtures() {}

  private static String invitePage() {
    StringBuilder json = new StringBuilder("{\"invites\":[");
    for (int i = 0; i < PAGE_SIZE; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"uniqueId\":\"inv_").append(String.format("%08d", i))
          .append("\",\"email\":\"member").append(i).append("@example.com\"")
          .append(",\"accessLevel\":\"").append(i % 5 == 0 ? "Owner" : "Member").append('"')
          .append(",\"createdAt\":\"2026-0").append(1 + i % 9).append("-1").append(i % 10)
          .append("T05:31:56Z\"")
          .append(",\"status\":\"").append(i % 3 == 0 ? "Redeemed" : "Pending").append('"')
          .append(",\"organizationName\":\"Example Org\"}");
    }
    json.append("],\"paginationMeta\":{\"page\":1,\"per_page\":").append(PAGE_SIZE).append(",\"total\":120}}");
    return json.toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
