package dev.orginvites.examples;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.orginvites.wapikit.model.AiConfiguration;
import dev.orginvites.wapikit.model.MessageTemplate;
import dev.orginvites.wapikit.model.Organization;
import dev.orginvites.wapikit.model.OrganizationMember;
import dev.orginvites.wapikit.model.OrganizationRole;
import dev.orginvites.wapikit.model.OrganizationTag;
import dev.orginvites.wapikit.model.PhoneNumber;
import dev.orginvites.wapikit.model.TemplateComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the WapiKit organization commands show results. With {@code --json}, the service's object or list as the
 * SDK's model reads it (the exact strings it sent, unknown values included), with every secret field shown as
 * {@code ***}; otherwise short text. Secrets are never shown in either, except by the commands whose result a
 * secret is (a regenerated key, a session token), which build their JSON themselves.
 */
final class WapikitViews {
  private static final ObjectMapper MODELS = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .build();

  /** The fields of the Organization section that hold secrets. */
  static final Set<String> SECRET_FIELDS =
      Set.of("key", "apiKey", "accessToken", "webhookSecret", "smtpPassword", "slackWebhookUrl", "token");

  static final String HIDDEN = "***";

  private WapikitViews() {}

  /** A generated model as JSON, secret fields masked. */
  static ObjectNode json(Object model) {
    JsonNode tree = MODELS.valueToTree(model);
    mask(tree);
    return (ObjectNode) tree;
  }

  static ArrayNode json(List<?> models) {
    ArrayNode array = ServiceOptions.object().arrayNode();
    models.forEach(model -> array.add(json(model)));
    return array;
  }

  private static void mask(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (SECRET_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
          object.put(field.getKey(), HIDDEN);
        } else {
          mask(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(WapikitViews::mask);
    }
  }

  /** {@code {field: value}}: the service's answer to a change that only says whether it happened. */
  static ObjectNode flag(String field, boolean value) {
    ObjectNode json = ServiceOptions.object();
    json.put(field, value);
    return json;
  }

  // --------------------------------------------------------------- text

  static final String MEMBER_HEADER =
      String.format("%-32s %-8s %-24s %-30s %s", "EMAIL", "ACCESS", "NAME", "ROLES", "ID");

  static String row(OrganizationMember member) {
    return String.format("%-32s %-8s %-24s %-30s %s", member.getEmail(), member.getAccessLevelRaw(),
        member.getName(), roleNames(member), member.getUniqueId());
  }

  private static String roleNames(OrganizationMember member) {
    List<OrganizationRole> roles = member.getRoles();
    return roles == null || roles.isEmpty()
        ? "-"
        : roles.stream().map(OrganizationRole::getName).collect(Collectors.joining(", "));
  }

  static String text(OrganizationMember member) {
    return String.join(System.lineSeparator(),
        "Member        " + member.getName() + " <" + member.getEmail() + ">",
        "Id            " + member.getUniqueId(),
        "Access level  " + member.getAccessLevelRaw(),
        "Roles         " + roleNames(member),
        "Joined        " + member.getCreatedAt());
  }

  static final String ROLE_HEADER = String.format("%-28s %-11s %s", "NAME", "PERMISSIONS", "ID");

  static String row(OrganizationRole role) {
    List<String> permissions = role.getPermissionsRaw();
    return String.format("%-28s %-11s %s", role.getName(), permissions == null ? 0 : permissions.size(),
        role.getUniqueId());
  }

  static String text(OrganizationRole role) {
    List<String> permissions = role.getPermissionsRaw();
    return String.join(System.lineSeparator(),
        "Role          " + role.getName(),
        "Id            " + role.getUniqueId(),
        "Description   " + (role.getDescription() == null ? "-" : role.getDescription()),
        "Permissions   " + (permissions == null || permissions.isEmpty() ? "-" : String.join(", ", permissions)));
  }

  static final String TAG_HEADER = String.format("%-28s %s", "LABEL", "ID");

  static String row(OrganizationTag tag) {
    return String.format("%-28s %s", tag.getLabel(), tag.getUniqueId());
  }

  static final String ORGANIZATION_HEADER = String.format("%-28s %-30s %s", "NAME", "CREATED", "ID");

  static String row(Organization org) {
    return String.format("%-28s %-30s %s", org.getName(), org.getCreatedAt(), org.getUniqueId());
  }

  /** The organization without its secrets (WhatsApp token and webhook secret, Slack URL, SMTP password). */
  static String text(Organization org) {
    StringBuilder text = new StringBuilder()
        .append("Organization  ").append(org.getName()).append(System.lineSeparator())
        .append("Id            ").append(org.getUniqueId()).append(System.lineSeparator())
        .append("Description   ").append(org.getDescription() == null ? "-" : org.getDescription())
        .append(System.lineSeparator())
        .append("Created       ").append(org.getCreatedAt());
    if (org.getWebsiteUrl() != null) {
      text.append(System.lineSeparator()).append("Website       ").append(org.getWebsiteUrl());
    }
    if (org.getBusinessAccountId() != null) {
      text.append(System.lineSeparator()).append("WhatsApp      account ").append(org.getBusinessAccountId())
          .append(" (access token and webhook secret not shown)");
    }
    if (org.getSlackNotificationConfiguration() != null) {
      text.append(System.lineSeparator()).append("Slack         ")
          .append(org.getSlackNotificationConfiguration().getSlackChannel()).append(" (webhook URL not shown)");
    }
    if (org.getEmailNotificationConfiguration() != null) {
      text.append(System.lineSeparator()).append("Email         ")
          .append(org.getEmailNotificationConfiguration().getSmtpUsername()).append(" at ")
          .append(org.getEmailNotificationConfiguration().getSmtpHost()).append(':')
          .append(org.getEmailNotificationConfiguration().getSmtpPort()).append(" (password not shown)");
    }
    if (org.getAiConfiguration() != null) {
      text.append(System.lineSeparator()).append("AI            ").append(org.getAiConfiguration().getModelRaw())
          .append(Boolean.FALSE.equals(org.getAiConfiguration().getIsEnabled()) ? ", disabled" : ", enabled");
    }
    return text.toString();
  }

  static final String TEMPLATE_HEADER =
      String.format("%-24s %-15s %-9s %-7s %s", "NAME", "CATEGORY", "STATUS", "LANG", "ID");

  static String row(MessageTemplate template) {
    return String.format("%-24s %-15s %-9s %-7s %s", template.getName(), template.getCategoryRaw(),
        template.getStatusRaw(), template.getLanguage(), template.getId());
  }

  static String text(MessageTemplate template) {
    StringBuilder text = new StringBuilder()
        .append("Template      ").append(template.getName()).append(" (").append(template.getLanguage()).append(')')
        .append(System.lineSeparator())
        .append("Id            ").append(template.getId()).append(System.lineSeparator())
        .append("Category      ").append(template.getCategoryRaw()).append(System.lineSeparator())
        .append("Status        ").append(template.getStatusRaw());
    if (template.getRejectedReason() != null) {
      text.append(" (").append(template.getRejectedReason()).append(')');
    }
    List<TemplateComponent> components = template.getComponents();
    if (components != null) {
      for (TemplateComponent component : components) {
        text.append(System.lineSeparator()).append(String.format("  %-18s ", component.getTypeRaw()));
        if (component.getFormatRaw() != null) {
          text.append('[').append(component.getFormatRaw()).append("] ");
        }
        if (component.getText() != null) {
          text.append(component.getText());
        }
        if (component.getButtons() != null) {
          text.append(component.getButtons().stream()
              .map(b -> b.getTypeRaw() + (b.getText() == null ? "" : " \"" + b.getText() + "\""))
              .collect(Collectors.joining(", ")));
        }
      }
    }
    return text.toString();
  }

  static final String PHONE_HEADER =
      String.format("%-20s %-24s %-8s %-14s %s", "NUMBER", "VERIFIED NAME", "QUALITY", "VERIFICATION", "ID");

  static String row(PhoneNumber number) {
    String status = number.getCodeVerificationStatus() == null ? null
        : number.getCodeVerificationStatus().getStatus();
    return String.format("%-20s %-24s %-8s %-14s %s", number.getDisplayPhoneNumber(), number.getVerifiedName(),
        number.getQualityRating(), status, number.getId());
  }

  /** The AI configuration without the provider's key. */
  static String text(AiConfiguration ai) {
    return "AI model " + ai.getModelRaw() + ", " + (Boolean.TRUE.equals(ai.getIsEnabled()) ? "enabled" : "disabled")
        + "; provider API key " + (ai.getApiKey() == null ? "not set" : "set (not shown)");
  }

  // --------------------------------------------------------------- lists (after the headers they use)

  static final ListOptions.Listing<OrganizationMember> MEMBERS =
      new ListOptions.Listing<>("members", "member", MEMBER_HEADER, WapikitViews::row, WapikitViews::json);
  static final ListOptions.Listing<OrganizationRole> ROLES =
      new ListOptions.Listing<>("roles", "role", ROLE_HEADER, WapikitViews::row, WapikitViews::json);
  static final ListOptions.Listing<OrganizationTag> TAGS =
      new ListOptions.Listing<>("tags", "tag", TAG_HEADER, WapikitViews::row, WapikitViews::json);
  static final ListOptions.Listing<Organization> ORGANIZATIONS = new ListOptions.Listing<>(
      "organizations", "organization", ORGANIZATION_HEADER, WapikitViews::row, WapikitViews::json);
}
