package dev.orginvites.wapikit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.AiConfigurationUpdate;
import dev.orginvites.wapikit.model.AiModel;
import dev.orginvites.wapikit.model.EmailNotificationConfiguration;
import dev.orginvites.wapikit.model.RolePermission;
import dev.orginvites.wapikit.model.SlackNotificationConfiguration;
import dev.orginvites.wapikit.model.SortOrder;
import dev.orginvites.wapikit.model.UpdateOrganizationRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every organization call checks its arguments before anything is sent: ids and slugs as one path segment,
 * required body fields present and not blank (named as in the JSON), enums documented, paging from 1. Sync and
 * async alike; secrets are never echoed.
 */
class WapikitOrganizationArgumentsTest extends WapikitTestSupport.ClientTest {
  private static final String SECRET = "s3cr3t-value with space\u0007";

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }

  private static Arguments refused(String label, Class<? extends Throwable> type, String message,
      Function<WapikitClient, Object> call) {
    return Arguments.of(label, type, message, call);
  }

  private static UpdateOrganizationRequest named() {
    return new UpdateOrganizationRequest().name("Acme");
  }

  static Stream<Arguments> badCalls() {
    Class<NullPointerException> npe = NullPointerException.class;
    Class<IllegalArgumentException> iae = IllegalArgumentException.class;
    return Stream.of(
        refused("org list page 0", iae, "page must be >= 1", c -> c.organizations().list(0, 10)),
        refused("org listAsync perPage 0", iae, "perPage must be >= 1", c -> c.organizations().listAsync(1, 0)),
        refused("org listAll perPage 0", iae, "perPage", c -> c.organizations().listAll(0, null)),
        refused("org listAllAsync UNKNOWN sort", iae, "sort must be a documented SortOrder",
            c -> c.organizations().listAllAsync(10, SortOrder.UNKNOWN)),
        refused("org create null name", npe, "name must not be null", c -> c.organizations().create(null)),
        refused("org createAsync blank name", iae, "name must not be blank",
            c -> c.organizations().createAsync(" ", "d")),
        refused("org get slash", iae, "organizationId must be a single path segment",
            c -> c.organizations().get("org/1")),
        refused("org getAsync ..", iae, "organizationId must not be '.' or '..'", c -> c.organizations().getAsync("..")),
        refused("org update null id", npe, "organizationId must not be null",
            c -> c.organizations().update(null, "Acme", null)),
        refused("org update null changes", npe, "changes must not be null",
            c -> c.organizations().update("org_1", (UpdateOrganizationRequest) null)),
        refused("org update no name", npe, "name must not be null",
            c -> c.organizations().update("org_1", new UpdateOrganizationRequest())),
        refused("org update slack without url", npe, "slackNotificationConfiguration.slackWebhookUrl must not be null",
            c -> c.organizations().update("org_1", named()
                .slackNotificationConfiguration(new SlackNotificationConfiguration().slackChannel("#a")))),
        refused("org update email without password", npe,
            "emailNotificationConfiguration.smtpPassword must not be null",
            c -> c.organizations().updateAsync("org_1", named().emailNotificationConfiguration(
                new EmailNotificationConfiguration().smtpHost("h").smtpPort("25").smtpUsername("u")))),
        refused("org update email blank port", iae, "emailNotificationConfiguration.smtpPort must not be blank",
            c -> c.organizations().update("org_1", named().emailNotificationConfiguration(
                new EmailNotificationConfiguration().smtpHost("h").smtpPort("").smtpUsername("u")
                    .smtpPassword("p")))),
        refused("org update ai without model", npe, "aiConfiguration.model must not be null",
            c -> c.organizations().update("org_1", named().aiConfiguration(new AiConfigurationUpdate().apiKey("k")))),
        refused("org update ai key with control characters", iae,
            "aiConfiguration.apiKey must not contain control characters",
            c -> c.organizations().update("org_1", named().aiConfiguration(
                new AiConfigurationUpdate().model(AiModel.MISTRAL).apiKey(SECRET)))),
        refused("org transfer blank owner", iae, "newOwnerId must not be blank",
            c -> c.organizations().transferOwnership("org_1", "")),
        refused("org transferAsync id with space", iae, "organizationId must be a single path segment",
            c -> c.organizations().transferOwnershipAsync("org 1", "mem_2")),
        refused("members list perPage -1", iae, "perPage", c -> c.members().list(1, -1)),
        refused("members listAll UNKNOWN sort", iae, "sort", c -> c.members().listAll(5, SortOrder.UNKNOWN)),
        refused("members get blank", iae, "memberId must not be blank", c -> c.members().get(" ")),
        refused("members getAsync null", npe, "memberId must not be null", c -> c.members().getAsync(null)),
        refused("members update null level", npe, "accessLevel must not be null",
            c -> c.members().updateAccessLevel("mem_1", null)),
        refused("members update UNKNOWN level", iae, "accessLevel must be a documented AccessLevel",
            c -> c.members().updateAccessLevelAsync("mem_1", AccessLevel.UNKNOWN)),
        refused("members setRoles null list", npe, "roleIds must not be null", c -> c.members().setRoles("mem_1", null)),
        refused("members setRoles null id", npe, "roleIds[1] must not be null",
            c -> c.members().setRoles("mem_1", Arrays.asList("role_1", null))),
        refused("members setRolesAsync blank id", iae, "roleIds[0] must not be blank",
            c -> c.members().setRolesAsync("mem_1", List.of(" "))),
        refused("members remove backslash", iae, "memberId must be a single path segment",
            c -> c.members().remove("a\\b")),
        refused("roles list page 0", iae, "page", c -> c.roles().listAsync(0, 1)),
        refused("roles create blank name", iae, "name must not be blank", c -> c.roles().create("", null, List.of())),
        refused("roles create null permissions", npe, "permissions must not be null",
            c -> c.roles().create("R", null, null)),
        refused("roles create UNKNOWN permission", iae, "permissions[1] must be a documented RolePermission",
            c -> c.roles().createAsync("R", null, List.of(RolePermission.GET_TAG, RolePermission.UNKNOWN))),
        refused("roles update null permission", npe, "permissions[0] must not be null",
            c -> c.roles().update("role_1", "R", null, Arrays.asList((RolePermission) null))),
        refused("roles update bad id", iae, "roleId must be a single path segment",
            c -> c.roles().updateAsync("role/1", "R", null, List.of())),
        refused("roles get null", npe, "roleId must not be null", c -> c.roles().get(null)),
        refused("roles delete control character", iae, "roleId must not contain control characters",
            c -> c.roles().deleteAsync("role\u00001")),
        refused("tags create null", npe, "label must not be null", c -> c.tags().create(null)),
        refused("tags createAsync blank", iae, "label must not be blank", c -> c.tags().createAsync("\t")),
        refused("tags listAll perPage 0", iae, "perPage", c -> c.tags().listAllAsync(0, SortOrder.ASC)),
        refused("join null slug", npe, "slug must not be null", c -> c.invites().join(null)),
        refused("joinAsync slug with slash", iae, "slug must be a single path segment",
            c -> c.invites().joinAsync("a/b")),
        refused("templates get blank", iae, "templateId must not be blank", c -> c.templates().get("")),
        refused("phone numbers getAsync dot", iae, "phoneNumberId must not be '.' or '..'",
            c -> c.phoneNumbers().getAsync(".")),
        refused("whatsapp null account", npe, "businessAccountId must not be null",
            c -> c.whatsappBusinessAccount().update(null, "tok")),
        refused("whatsapp blank token", iae, "accessToken must not be blank",
            c -> c.whatsappBusinessAccount().updateAsync("104", "  ")),
        refused("whatsapp token with control characters", iae, "accessToken must not contain control characters",
            c -> c.whatsappBusinessAccount().update("104", SECRET)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCalls")
  void badArgumentsAreRefusedBeforeAnythingIsSent(String label, Class<? extends Throwable> type, String message,
      Function<WapikitClient, Object> call) {
    Throwable thrown = catchThrowable(() -> call.apply(client));

    assertThat(thrown).as(label).isInstanceOf(type);
    assertThat(thrown.getMessage()).as(label).startsWith(message).doesNotContain("s3cr3t");
  }
}
