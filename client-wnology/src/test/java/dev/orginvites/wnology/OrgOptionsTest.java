package dev.orginvites.wnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orginvites.wnology.model.ResourceRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SendOptions} and {@link RoleOptions}: checked as they are built, immutable once built. */
class OrgOptionsTest {
  private static final String APP = OrgCall.APP;
  private static final String DASHBOARD = OrgCall.DASHBOARD;

  @Test
  void noneSetsNothing() {
    assertThat(SendOptions.none().applicationRoles()).isEmpty();
    assertThat(SendOptions.none().dashboardRoles()).isEmpty();
    assertThat(SendOptions.none().disallowTransfer()).isEmpty();
    assertThat(SendOptions.none()).isEqualTo(SendOptions.builder().build());
    assertThat(RoleOptions.none()).isEqualTo(RoleOptions.builder().build());
    assertThat(RoleOptions.none().applicationRoles()).isEmpty();
  }

  @Test
  void aResourceGivenAgainKeepsItsPlaceAndTakesTheNewRole() {
    SendOptions options = SendOptions.builder()
        .applicationRole(APP, ResourceRole.VIEW)
        .applicationRole(DASHBOARD, ResourceRole.NONE)
        .applicationRole(APP, ResourceRole.COLLABORATE)
        .disallowTransfer(false)
        .build();

    assertThat(options.applicationRoles()).containsExactly(
        Map.entry(APP, ResourceRole.COLLABORATE), Map.entry(DASHBOARD, ResourceRole.NONE));
    assertThat(options.disallowTransfer()).contains(false);
    assertThat(options.toString()).contains(APP).contains("collaborate");
  }

  @Test
  void builtOptionsDoNotChangeWithTheBuilderAndCannotBeChanged() {
    SendOptions.Builder builder = SendOptions.builder().dashboardRole(DASHBOARD, ResourceRole.VIEW);
    SendOptions first = builder.build();
    builder.dashboardRole(APP, ResourceRole.VIEW).disallowTransfer(true);
    RoleOptions roles = RoleOptions.builder().applicationRole(APP, ResourceRole.VIEW).build();

    assertThat(first.dashboardRoles()).containsOnlyKeys(DASHBOARD);
    assertThat(first.disallowTransfer()).isEmpty();
    assertThat(builder.build()).isNotEqualTo(first);
    assertThat(builder.build().hashCode()).isEqualTo(builder.build().hashCode());
    assertThatThrownBy(() -> first.dashboardRoles().put(APP, ResourceRole.NONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> roles.applicationRoles().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(roles).isEqualTo(RoleOptions.builder().applicationRole(APP, ResourceRole.VIEW).build());
    assertThat(roles.hashCode())
        .isEqualTo(RoleOptions.builder().applicationRole(APP, ResourceRole.VIEW).build().hashCode());
  }

  @Test
  void resourceIdsAndRolesAreCheckedByName() {
    assertThatIllegalArgumentException().isThrownBy(() -> SendOptions.builder().applicationRole("app-1",
        ResourceRole.VIEW)).withMessageStartingWith("resourceId must be exactly 24 hexadecimal characters");
    assertThatIllegalArgumentException().isThrownBy(() -> RoleOptions.builder().dashboardRole(
        "5e8f8c1b2a3d4e5f6a7b8c9X", ResourceRole.VIEW)).withMessageStartingWith("resourceId must be");
    assertThatIllegalArgumentException().isThrownBy(() -> SendOptions.builder().dashboardRole(DASHBOARD,
        ResourceRole.UNKNOWN)).withMessageStartingWith("role must be a documented ResourceRole");
    assertThatNullPointerException().isThrownBy(() -> RoleOptions.builder().applicationRole(null,
        ResourceRole.VIEW)).withMessage("resourceId must not be null");
    assertThatNullPointerException().isThrownBy(() -> RoleOptions.builder().applicationRole(APP, null))
        .withMessage("role must not be null");
  }

  @Test
  void atMostAThousandResourcesOfAKind() {
    SendOptions.Builder builder = SendOptions.builder();
    for (int i = 0; i < 1000; i++) {
      builder.applicationRole(String.format("%024x", i), ResourceRole.VIEW);
    }
    builder.applicationRole(String.format("%024x", 5), ResourceRole.NONE); // replacing one is fine
    builder.dashboardRole(DASHBOARD, ResourceRole.VIEW);                 // the other kind has its own limit

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.applicationRole(String.format("%024x", 1000), ResourceRole.VIEW))
        .withMessage("applicationRoles must have at most 1000 entries");
    assertThat(builder.build().applicationRoles()).hasSize(1000);
  }
}
