package dev.orginvites.wapikit;

/** Canned bodies of the organization calls, as the documentation shapes them. */
final class OrgJson {
  static final String ROLE = "{\"uniqueId\":\"role_1\",\"name\":\"Campaigns\",\"description\":\"Runs campaigns\","
      + "\"permissions\":[\"Get:Campaign\",\"Create:Campaign\"]}";
  static final String MEMBER = "{\"uniqueId\":\"mem_1\",\"createdAt\":\"2024-05-01T08:00:00+02:00\","
      + "\"accessLevel\":\"Member\",\"name\":\"Ann\",\"email\":\"ann@example.com\",\"roles\":[" + ROLE + "]}";
  static final String ORGANIZATION = "{\"uniqueId\":\"org_1\",\"name\":\"Acme\",\"description\":\"Support\","
      + "\"createdAt\":\"2024-01-02T03:04:05Z\",\"websiteUrl\":\"https://acme.example\","
      + "\"aiConfiguration\":{\"isEnabled\":true,\"model\":\"Gpt4o\"}}";
  static final String TAG = "{\"uniqueId\":\"tag_1\",\"label\":\"vip\"}";
  static final String TEMPLATE = "{\"id\":\"123\",\"name\":\"order_shipped\",\"language\":\"en_US\","
      + "\"category\":\"UTILITY\",\"status\":\"APPROVED\",\"components\":["
      + "{\"type\":\"BODY\",\"text\":\"Hi {{1}}\",\"example\":{\"body_text\":[[\"Ann\"]]}},"
      + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\",\"text\":\"Track\",\"url\":\"https://x/{{1}}\","
      + "\"example\":[\"https://x/1\"]}]}]}";
  static final String PHONE_NUMBER = "{\"id\":\"555\",\"display_phone_number\":\"+1 555-010-0199\","
      + "\"verified_name\":\"Acme\",\"quality_rating\":\"GREEN\",\"code_verification_status\":{\"status\":\"VERIFIED\"},"
      + "\"platform_type\":\"CLOUD_API\"}";

  private OrgJson() {}

  /** A list response: {@code {"name": [items], "paginationMeta": {...}}}. */
  static String page(String name, int page, int perPage, long total, String... items) {
    return "{\"" + name + "\":[" + String.join(",", items) + "],\"paginationMeta\":{\"page\":" + page
        + ",\"per_page\":" + perPage + ",\"total\":" + total + "}}";
  }

  /** {@code {"name": value}}. */
  static String wrap(String name, String value) {
    return "{\"" + name + "\":" + value + "}";
  }
}
