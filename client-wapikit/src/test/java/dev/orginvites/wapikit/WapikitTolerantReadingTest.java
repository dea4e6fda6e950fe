package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.AiConfiguration;
import dev.orginvites.wapikit.model.AiModel;
import dev.orginvites.wapikit.model.MessageTemplate;
import dev.orginvites.wapikit.model.OrganizationMember;
import dev.orginvites.wapikit.model.PhoneNumber;
import dev.orginvites.wapikit.model.RolePermission;
import dev.orginvites.wapikit.model.TemplateButton;
import dev.orginvites.wapikit.model.TemplateButtonType;
import dev.orginvites.wapikit.model.TemplateCategory;
import dev.orginvites.wapikit.model.TemplateComponent;
import dev.orginvites.wapikit.model.TemplateComponentFormat;
import dev.orginvites.wapikit.model.TemplateComponentType;
import dev.orginvites.wapikit.model.TemplateStatus;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WhatsApp's large shapes and the organization's objects are read tolerantly: fields no spec names are ignored,
 * values no spec lists read as {@code UNKNOWN} with the exact string kept, offsets other than {@code Z} stay.
 */
class WapikitTolerantReadingTest extends WapikitTestSupport.ClientTest {
  @Test
  void aTemplateWithNewCategoriesComponentsAndButtonsIsReadWithTheExactStringsKept() {
    server.enqueue(json(200, "[{\"id\":\"9\",\"name\":\"promo\",\"language\":\"de\",\"category\":\"SERVICE\","
        + "\"status\":\"PAUSED\",\"sub_category\":\"ORDER_DETAILS\",\"parameter_format\":\"NAMED\","
        + "\"quality_score\":{\"score\":2,\"reasons\":[\"LOW_READ_RATE\"],\"trend\":\"DOWN\"},"
        + "\"components\":[{\"type\":\"HEADER\",\"format\":\"PRODUCT\",\"text\":\"x\"},"
        + "{\"type\":\"body\",\"text\":\"Hallo {{name}}\","
        + "\"example\":{\"body_text_named_params\":[{\"param_name\":\"name\",\"example\":\"Ann\",\"extra\":1}]}},"
        + "{\"type\":\"CALL_PERMISSION_REQUEST\"},"
        + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"FLOW\",\"text\":\"Start\",\"flow_id\":\"77\"},"
        + "{\"type\":\"copy_code\",\"example\":[\"X1\"]}]},"
        + "{\"type\":\"CAROUSEL\",\"cards\":[{\"components\":[{\"type\":\"HEADER\",\"format\":\"IMAGE\"}]}]}]},"
        + "{\"id\":\"10\",\"name\":\"plain\",\"language\":\"en\",\"category\":\"MARKETING\",\"status\":\"APPROVED\"}]"));

    List<MessageTemplate> templates = client.templates().list();

    MessageTemplate promo = templates.get(0);
    assertThat(promo.getCategory()).isEqualTo(TemplateCategory.UNKNOWN);
    assertThat(promo.getCategoryRaw()).isEqualTo("SERVICE");
    assertThat(promo.getStatus()).isEqualTo(TemplateStatus.UNKNOWN);
    assertThat(promo.getStatusRaw()).isEqualTo("PAUSED");
    assertThat(promo.getQualityScore().getReasons()).containsExactly("LOW_READ_RATE");
    List<TemplateComponent> components = promo.getComponents();
    assertThat(components).extracting(TemplateComponent::getType).containsExactly(TemplateComponentType.HEADER,
        TemplateComponentType.BODY, TemplateComponentType.UNKNOWN, TemplateComponentType.BUTTONS,
        TemplateComponentType.CAROUSEL);
    assertThat(components.get(0).getFormat()).isEqualTo(TemplateComponentFormat.UNKNOWN);
    assertThat(components.get(0).getFormatRaw()).isEqualTo("PRODUCT");
    assertThat(components.get(1).getTypeRaw()).as("matched ignoring case, kept as sent").isEqualTo("body");
    assertThat(components.get(1).getExample().getBodyTextNamedParams().get(0).getExample()).isEqualTo("Ann");
    assertThat(components.get(2).getTypeRaw()).isEqualTo("CALL_PERMISSION_REQUEST");
    List<TemplateButton> buttons = components.get(3).getButtons();
    assertThat(buttons).extracting(TemplateButton::getType)
        .containsExactly(TemplateButtonType.UNKNOWN, TemplateButtonType.COPY_CODE);
    assertThat(buttons.get(0).getTypeRaw()).isEqualTo("FLOW");
    assertThat(buttons.get(1).getExample()).containsExactly("X1");
    assertThat(components.get(4).getCards()).hasSize(1);
    assertThat(templates.get(1).getComponents()).as("a template may come without components").isNull();
  }

  @Test
  void aPhoneNumberWithFieldsNoSpecNamesIsRead() {
    server.enqueue(json(200, "{\"id\":\"555\",\"display_phone_number\":\"+1 555\",\"verified_name\":\"Acme\","
        + "\"quality_rating\":\"UNKNOWN\",\"code_verification_status\":{\"status\":\"EXPIRED\",\"at\":1},"
        + "\"platform_type\":\"ON_PREMISE\",\"throughput\":{\"level\":\"STANDARD\"},\"name_status\":\"APPROVED\"}"));

    PhoneNumber number = client.phoneNumbers().get("555");

    assertThat(number.getQualityRating()).isEqualTo("UNKNOWN");
    assertThat(number.getCodeVerificationStatus().getStatus()).isEqualTo("EXPIRED");
    assertThat(number.getPlatformType()).isEqualTo("ON_PREMISE");
  }

  @Test
  void aMemberWithAnUndocumentedLevelAndPermissionKeepsTheExactStrings() {
    server.enqueue(json(200, "{\"member\":{\"uniqueId\":\"mem_1\",\"createdAt\":\"2024-05-01T08:00:00-07:00\","
        + "\"accessLevel\":\"Admin\",\"name\":\"Ann\",\"email\":\"ann@example.com\",\"avatar\":null,"
        + "\"roles\":[{\"uniqueId\":\"r\",\"name\":\"R\",\"permissions\":[\"Get:Campaign\",\"Launch:Rocket\"]}]}}"));

    OrganizationMember member = client.members().get("mem_1");

    assertThat(member.getAccessLevel()).isEqualTo(AccessLevel.UNKNOWN);
    assertThat(member.getAccessLevelRaw()).isEqualTo("Admin");
    assertThat(member.getCreatedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
    assertThat(member.getRoles().get(0).getPermissions())
        .containsExactly(RolePermission.GET_CAMPAIGN, RolePermission.UNKNOWN);
    assertThat(member.getRoles().get(0).getPermissionsRaw()).containsExactly("Get:Campaign", "Launch:Rocket");
  }

  @Test
  void anAiModelNewerThanTheSdkIsUnknownWithItsName() {
    server.enqueue(json(200, "{\"aiConfiguration\":{\"apiKey\":\"k-123456\",\"model\":\"Gpt5\",\"isEnabled\":true,"
        + "\"temperature\":0.2}}"));

    AiConfiguration ai = client.aiConfiguration().get();

    assertThat(ai.getModel()).isEqualTo(AiModel.UNKNOWN);
    assertThat(ai.getModelRaw()).isEqualTo("Gpt5");
  }
}
