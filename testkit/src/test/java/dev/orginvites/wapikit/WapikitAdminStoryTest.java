package dev.orginvites.wapikit;

import static dev.orginvites.wapikit.WapikitTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.core.BadRequestException;
import dev.orginvites.core.ErrorReason;
import dev.orginvites.core.InviteApiException;
import dev.orginvites.core.InviteNotFoundException;
import dev.orginvites.core.NotFoundException;
import dev.orginvites.core.Page;
import dev.orginvites.core.UnauthorizedException;
import dev.orginvites.testkit.Sandbox;
import dev.orginvites.testkit.SandboxFixtures;
import dev.orginvites.wapikit.model.AccessLevel;
import dev.orginvites.wapikit.model.AiConfiguration;
import dev.orginvites.wapikit.model.AiConfigurationUpdate;
import dev.orginvites.wapikit.model.AiModel;
import dev.orginvites.wapikit.model.MessageTemplate;
import dev.orginvites.wapikit.model.Organization;
import dev.orginvites.wapikit.model.OrganizationMember;
import dev.orginvites.wapikit.model.OrganizationRole;
import dev.orginvites.wapikit.model.OrganizationTag;
import dev.orginvites.wapikit.model.PhoneNumber;
import dev.orginvites.wapikit.model.RolePermission;
import dev.orginvites.wapikit.model.SortOrder;
import dev.orginvites.wapikit.model.TemplateButtonType;
import dev.orginvites.wapikit.model.TemplateCategory;
import dev.orginvites.wapikit.model.TemplateComponent;
import dev.orginvites.wapikit.model.TemplateComponentType;
import dev.orginvites.wapikit.model.UpdateOrganizationRequest;
import dev.orginvites.wapikit.model.WhatsAppBusinessAccount;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An admin's day against the testkit's stateful WapiKit organization, end to end: every request and every answer
 * must conform to the spec.
 */
class WapikitAdminStoryTest {
  private static final String ANN = "ann@example.com";

  private Sandbox sandbox;
  private WapikitClient client;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    client = clientWithKey(SandboxFixtures.API_KEY);
  }

  @AfterEach
  void stop() {
    try {
      sandbox.assertNoViolations();
    } finally {
      client.close();
      sandbox.close();
    }
  }

  private WapikitClient clientWithKey(String key) {
    return WapikitClient.builder().baseUrl(sandbox.wapikitBaseUrl()).apiKey(key).build();
  }

  @Test
  void roleInviteAcceptMemberRolesAccessOwnershipRemovalAndANewKey() {
    // A role with permissions.
    OrganizationRole campaigns = client.roles().create("Campaign manager", "Runs campaigns",
        List.of(RolePermission.GET_CAMPAIGN, RolePermission.CREATE_CAMPAIGN, RolePermission.UPDATE_CAMPAIGN));
    assertThat(campaigns.getPermissions()).containsExactly(RolePermission.GET_CAMPAIGN,
        RolePermission.CREATE_CAMPAIGN, RolePermission.UPDATE_CAMPAIGN);

    // Invite; the invited person accepts with the slug from their email.
    client.invites().create(ANN, AccessLevel.MEMBER);
    String slug = sandbox.outbox().latestFor(ANN).orElseThrow().slug();
    AcceptedInvite accepted = client.invites().accept(slug);
    assertThat(accepted.sessionToken()).isNotBlank();

    // The new member shows up.
    OrganizationMember ann = client.members().listAll()
        .filter(member -> ANN.equals(member.getEmail())).findFirst().orElseThrow();
    assertThat(ann.getAccessLevel()).isEqualTo(AccessLevel.MEMBER);
    assertThat(ann.getRoles()).isEmpty();

    // Give the role; change the access level.
    assertThat(client.members().setRoles(ann.getUniqueId(), List.of(campaigns.getUniqueId()))).isTrue();
    assertThat(client.members().updateAccessLevel(ann.getUniqueId(), AccessLevel.OWNER))
        .map(OrganizationMember::getAccessLevel).contains(AccessLevel.OWNER);
    OrganizationMember updated = client.members().get(ann.getUniqueId());
    assertThat(updated.getRoles()).extracting(OrganizationRole::getName).containsExactly("Campaign manager");
    assertThat(updated.getAccessLevel()).isEqualTo(AccessLevel.OWNER);

    // The role cannot go while Ann has it.
    assertThatThrownBy(() -> client.roles().delete(campaigns.getUniqueId()))
        .isInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(((InviteApiException) e).reason()).isEqualTo(ErrorReason.ROLE_IN_USE));

    // Ownership moves to Ann, then the old owner is no longer the owner.
    assertThat(client.organizations().transferOwnership(SandboxFixtures.WAPIKIT_ORG_ID, ann.getUniqueId())).isTrue();
    assertThat(client.members().get(SandboxFixtures.WAPIKIT_OWNER_ID).getAccessLevel()).isEqualTo(AccessLevel.MEMBER);
    assertThat(sandbox.wapikit().ownerId()).isEqualTo(ann.getUniqueId());

    // The old owner is removed; gone for later calls.
    assertThat(client.members().remove(SandboxFixtures.WAPIKIT_OWNER_ID)).isTrue();
    assertThatThrownBy(() -> client.members().get(SandboxFixtures.WAPIKIT_OWNER_ID))
        .isExactlyInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((InviteApiException) e).reason()).isEqualTo(ErrorReason.MEMBER_NOT_FOUND));
    assertThat(client.members().listAll().map(OrganizationMember::getEmail)).containsExactly(ANN);

    // Ann gives up the role; now it can be deleted.
    assertThat(client.members().setRoles(ann.getUniqueId(), List.of())).isTrue();
    assertThat(client.roles().delete(campaigns.getUniqueId())).isTrue();
    assertThat(client.roles().list(1, 10).items()).isEmpty();

    // A new API key: the old one is refused, the new one works.
    RegeneratedApiKey fresh = client.apiKey().regenerate();
    assertThatThrownBy(() -> client.members().list(1, 10))
        .isExactlyInstanceOf(UnauthorizedException.class)
        .satisfies(e -> assertThat(((InviteApiException) e).reason()).isEqualTo(ErrorReason.INVALID_CREDENTIALS));
    try (WapikitClient renewed = clientWithKey(fresh.key())) {
      assertThat(renewed.members().get(ann.getUniqueId()).getEmail()).isEqualTo(ANN);
    }
  }

  @Test
  void theSameStoryAsynchronously() {
    OrganizationRole role = await(client.roles().createAsync("Viewer", null, List.of(RolePermission.GET_CONTACT)));
    await(client.invites().createAsync(ANN, AccessLevel.MEMBER));
    AcceptedInvite joined = await(client.invites().joinAsync(sandbox.outbox().latestFor(ANN).orElseThrow().slug()));
    String annId = sandbox.wapikit().memberIdFor(ANN).orElseThrow();

    assertThat(joined.sessionToken()).isNotBlank();
    assertThat(await(client.members().listAllAsync())).extracting(OrganizationMember::getEmail)
        .containsExactly(SandboxFixtures.WAPIKIT_OWNER_EMAIL, ANN);
    assertThat(await(client.members().setRolesAsync(annId, List.of(role.getUniqueId())))).isTrue();
    assertThat(await(client.members().updateAccessLevelAsync(annId, AccessLevel.OWNER))).isPresent();
    assertThat(await(client.organizations().transferOwnershipAsync(SandboxFixtures.WAPIKIT_ORG_ID, annId))).isTrue();
    assertThat(await(client.members().setRolesAsync(annId, List.of()))).isTrue();
    assertThat(await(client.roles().deleteAsync(role.getUniqueId()))).isTrue();
    assertThat(await(client.members().removeAsync(SandboxFixtures.WAPIKIT_OWNER_ID))).isTrue();
    RegeneratedApiKey fresh = await(client.apiKey().regenerateAsync());
    assertThatThrownBy(() -> await(client.tags().listAsync(1, 1))).isInstanceOf(UnauthorizedException.class);
    try (WapikitClient renewed = clientWithKey(fresh.key())) {
      assertThat(await(renewed.members().getAsync(annId)).getAccessLevel()).isEqualTo(AccessLevel.OWNER);
    }
  }

  @Test
  void joiningWithTheSlugFromTheOutboxMakesAMemberAndItsTokenWorks() {
    client.invites().create(ANN, AccessLevel.OWNER);
    String slug = sandbox.outbox().latestFor(ANN).orElseThrow().slug();

    AcceptedInvite joined = client.invites().join(slug);

    assertThat(joined.slug()).isEqualTo(slug);
    try (WapikitClient asAnn = clientWithKey(joined.sessionToken())) {
      assertThat(asAnn.members().listAll().map(OrganizationMember::getEmail).collect(Collectors.toList()))
          .contains(ANN);
    }
    assertThatThrownBy(() -> client.invites().join(slug)).isInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(((InviteApiException) e).reason()).isEqualTo(ErrorReason.INVITE_NOT_PENDING));
    assertThatThrownBy(() -> client.invites().join("ghost")).isInstanceOf(InviteNotFoundException.class);
  }

  @Test
  void refusalsHaveTheirReasons() {
    sandbox.wapikit().retirePermission("Get:PhoneNumbers");
    String roleId = sandbox.wapikit().seedRole("Assigned", "Get:Tag");
    String memberId = sandbox.wapikit().newMember("dan@example.com").roles(roleId).seed();

    assertThat(reason(() -> client.roles().delete(roleId))).isEqualTo(ErrorReason.ROLE_IN_USE);
    assertThat(reason(() -> client.roles().create("Phones", null, List.of(RolePermission.GET_PHONE_NUMBERS))))
        .isEqualTo(ErrorReason.UNKNOWN_PERMISSION);
    assertThat(reason(() -> client.roles().update(roleId, "Assigned", null, List.of(RolePermission.GET_PHONE_NUMBERS))))
        .isEqualTo(ErrorReason.UNKNOWN_PERMISSION);
    assertThat(reason(() -> client.organizations().transferOwnership(SandboxFixtures.WAPIKIT_ORG_ID, "mem_ghost")))
        .isEqualTo(ErrorReason.NOT_A_MEMBER);
    assertThat(reason(() -> client.members().setRoles(memberId, List.of("role_ghost"))))
        .isEqualTo(ErrorReason.ROLE_NOT_FOUND);
    assertThat(reason(() -> client.members().get("mem_ghost"))).isEqualTo(ErrorReason.MEMBER_NOT_FOUND);
    assertThat(reason(() -> client.roles().get("role_ghost"))).isEqualTo(ErrorReason.ROLE_NOT_FOUND);
    assertThat(reason(() -> client.organizations().get("org_ghost"))).isEqualTo(ErrorReason.ORGANIZATION_NOT_FOUND);
    assertThat(reason(() -> client.templates().get("404"))).isEqualTo(ErrorReason.TEMPLATE_NOT_FOUND);
    assertThat(reason(() -> client.phoneNumbers().get("404"))).isEqualTo(ErrorReason.PHONE_NUMBER_NOT_FOUND);
  }

  private static ErrorReason reason(Runnable call) {
    try {
      call.run();
    } catch (InviteApiException e) {
      return e.reason();
    }
    throw new AssertionError("the call succeeded");
  }

  @Test
  void organizationsAndTheirSettingsChangeForLaterCalls() {
    Organization created = client.organizations().create("Acme EU", "EU team");
    boolean updated = client.organizations().update(SandboxFixtures.WAPIKIT_ORG_ID, new UpdateOrganizationRequest()
        .name("Sandbox Org (renamed)")
        .aiConfiguration(new AiConfigurationUpdate().model(AiModel.CLAUDE3_5).isEnabled(false).apiKey("new-ai-key")));

    assertThat(updated).isTrue();
    assertThat(client.organizations().get(created.getUniqueId()).getDescription()).isEqualTo("EU team");
    Organization sandboxOrg = client.organizations().get(SandboxFixtures.WAPIKIT_ORG_ID);
    assertThat(sandboxOrg.getName()).isEqualTo("Sandbox Org (renamed)");
    assertThat(sandboxOrg.getAiConfiguration().getModel()).isEqualTo(AiModel.CLAUDE3_5);
    AiConfiguration ai = client.aiConfiguration().get();
    assertThat(ai.getApiKey()).isEqualTo("new-ai-key");
    assertThat(ai.getIsEnabled()).isFalse();
    Page<Organization> newestFirst = client.organizations().list(1, 1, SortOrder.DESC);
    assertThat(newestFirst.items()).extracting(Organization::getUniqueId).containsExactly(created.getUniqueId());
    assertThat(newestFirst.total()).hasValue(2);
    assertThat(client.organizations().listAll().count()).isEqualTo(2);
  }

  @Test
  void tagsAreCreatedAndListed() {
    OrganizationTag vip = client.tags().create("vip");
    client.tags().create("churn-risk");

    assertThat(vip.getUniqueId()).isNotBlank();
    assertThat(client.tags().listAll(1, SortOrder.DESC).map(OrganizationTag::getLabel))
        .containsExactly("churn-risk", "vip");
  }

  @Test
  void theWhatsAppPartsComeFromTheFixtures() {
    List<MessageTemplate> templates = client.templates().list();
    MessageTemplate shipped = client.templates().get(SandboxFixtures.DEMO_TEMPLATE_ID);
    List<PhoneNumber> numbers = client.phoneNumbers().list();
    PhoneNumber us = client.phoneNumbers().get(SandboxFixtures.DEMO_PHONE_NUMBER_ID);
    AiConfiguration ai = client.aiConfiguration().get();
    WhatsAppBusinessAccount account = client.whatsappBusinessAccount().update("222", "EAAG-rotated-token");

    assertThat(templates).extracting(MessageTemplate::getCategory)
        .containsExactly(TemplateCategory.UTILITY, TemplateCategory.MARKETING, TemplateCategory.AUTHENTICATION);
    assertThat(shipped.getComponents()).extracting(TemplateComponent::getType)
        .containsExactly(TemplateComponentType.HEADER, TemplateComponentType.BODY, TemplateComponentType.FOOTER,
            TemplateComponentType.BUTTONS);
    assertThat(shipped.getComponents().get(3).getButtons()).extracting(b -> b.getType())
        .containsExactly(TemplateButtonType.URL, TemplateButtonType.QUICK_REPLY);
    assertThat(shipped.getComponents().get(1).getExample().getBodyText()).containsExactly(List.of("Ann", "Tuesday"));
    assertThat(numbers).extracting(PhoneNumber::getId)
        .containsExactly(SandboxFixtures.DEMO_PHONE_NUMBER_ID, SandboxFixtures.UK_PHONE_NUMBER_ID);
    assertThat(us.getVerifiedName()).isEqualTo("Sandbox Org Support");
    assertThat(ai.getModelRaw()).isEqualTo(SandboxFixtures.AI_MODEL);
    assertThat(ai.getApiKey()).isEqualTo(SandboxFixtures.AI_API_KEY);
    assertThat(account.getBusinessAccountId()).isEqualTo("222");
    assertThat(account.getWebhookSecret()).isNotBlank().isNotEqualTo(SandboxFixtures.WHATSAPP_WEBHOOK_SECRET);
    assertThat(client.organizations().get(SandboxFixtures.WAPIKIT_ORG_ID).getBusinessAccountId()).isEqualTo("222");
  }
}
