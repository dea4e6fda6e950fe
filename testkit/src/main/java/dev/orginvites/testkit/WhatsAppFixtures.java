package dev.orginvites.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The WhatsApp side of the sandbox organization, read-only: message templates and phone numbers as WhatsApp
 * describes them (WhatsApp's snake_case names, components with examples and buttons). WapiKit relays them; the
 * fake serves these from {@code GET /organization/templates} and {@code GET /organization/phone-numbers}.
 */
final class WhatsAppFixtures {
  /** One template per category and status, with every kind of component and button the spec describes. */
  private static final String TEMPLATES = """
      [
        {
          "id": "%s",
          "name": "order_shipped",
          "language": "en_US",
          "category": "UTILITY",
          "status": "APPROVED",
          "message_send_ttl_seconds": 86400,
          "cta_url_link_tracking_opted_out": false,
          "quality_score": {"score": 3, "date": 1764547200, "reasons": []},
          "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Order {{1}} is on its way",
             "example": {"header_text": ["#10452"]}},
            {"type": "BODY",
             "text": "Hi {{1}}, your order ships today and arrives by {{2}}.",
             "example": {"body_text": [["Ann", "Tuesday"]]}},
            {"type": "FOOTER", "text": "Reply STOP to opt out"},
            {"type": "BUTTONS", "buttons": [
              {"type": "URL", "text": "Track order", "url": "https://shop.example.com/track/{{1}}",
               "example": ["https://shop.example.com/track/10452"]},
              {"type": "QUICK_REPLY", "text": "Talk to support"}
            ]}
          ]
        },
        {
          "id": "%s",
          "name": "spring_sale",
          "language": "en_GB",
          "category": "MARKETING",
          "status": "PENDING",
          "library_template_name": "limited_time_offer_v2",
          "components": [
            {"type": "HEADER", "format": "IMAGE",
             "example": {"header_handle": ["https://media.example.com/spring-sale.jpg"]}},
            {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"offer_code": "SPRING25", "expiry_minutes": 4320}},
            {"type": "BODY", "text": "{{first_name}}, take 25%% off everything this week.",
             "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Ann"}]}},
            {"type": "BUTTONS", "buttons": [
              {"type": "COPY_CODE", "example": ["SPRING25"]},
              {"type": "PHONE_NUMBER", "text": "Call the shop", "phone_number": "+15550100199"}
            ]}
          ]
        },
        {
          "id": "%s",
          "name": "login_code",
          "language": "en_US",
          "category": "AUTHENTICATION",
          "status": "REJECTED",
          "previous_category": "UTILITY",
          "correct_category": "AUTHENTICATION",
          "rejected_reason": "INVALID_FORMAT",
          "components": [
            {"type": "BODY", "add_security_recommendation": true},
            {"type": "FOOTER", "code_expiration_minutes": 10},
            {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "text": "Copy code"}]}
          ]
        }
      ]
      """;

  private static final String PHONE_NUMBERS = """
      [
        {"id": "%s", "display_phone_number": "+1 555-010-0199", "verified_name": "Sandbox Org Support",
         "quality_rating": "GREEN", "code_verification_status": {"status": "VERIFIED"}, "platform_type": "CLOUD_API"},
        {"id": "%s", "display_phone_number": "+44 7700 900123", "verified_name": "Sandbox Org UK",
         "quality_rating": "YELLOW", "code_verification_status": {"status": "NOT_VERIFIED"},
         "platform_type": "CLOUD_API"}
      ]
      """;

  private WhatsAppFixtures() {}

  /** A fresh copy of the templates, so that no caller can change the fixtures. */
  static ArrayNode templates() {
    return parse(TEMPLATES.formatted(
        SandboxFixtures.DEMO_TEMPLATE_ID, SandboxFixtures.MARKETING_TEMPLATE_ID,
        SandboxFixtures.AUTHENTICATION_TEMPLATE_ID));
  }

  /** A fresh copy of the phone numbers. */
  static ArrayNode phoneNumbers() {
    return parse(PHONE_NUMBERS.formatted(SandboxFixtures.DEMO_PHONE_NUMBER_ID, SandboxFixtures.UK_PHONE_NUMBER_ID));
  }

  private static ArrayNode parse(String json) {
    JsonNode parsed = Json.parse(json).orElseThrow(() -> new IllegalStateException("fixture JSON is broken"));
    return (ArrayNode) parsed;
  }
}
