package dev.orginvites.wnology;

import dev.orginvites.wnology.model.ResourceRole;
import java.util.Map;

/**
 * The optional part of a role change made with {@link WnologyOrgMembers#changeRole(String,
 * dev.orginvites.wnology.model.InviteRole, RoleOptions)}: the member's roles on particular applications and
 * dashboards. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <pre>{@code
 * RoleOptions options = RoleOptions.builder().dashboardRole("5e8f8c1b2a3d4e5f6a7b8c91", ResourceRole.NONE).build();
 * }</pre>
 *
 * <p>A list left empty is left out of the request, so the member's roles on those resources stay as they are.
 */
public final class RoleOptions {
  private static final RoleOptions NONE = builder().build();

  private final Map<String, ResourceRole> applicationRoles;
  private final Map<String, ResourceRole> dashboardRoles;

  private RoleOptions(Builder builder) {
    this.applicationRoles = builder.applicationRoles.snapshot();
    this.dashboardRoles = builder.dashboardRoles.snapshot();
  }

  /**
   * No resource roles: the organization role alone.
   *
   * @return the options that leave the resource roles out
   */
  public static RoleOptions none() {
    return NONE;
  }

  /**
   * Starts options with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The roles on applications, by application id, in the order they were given.
   *
   * @return an unmodifiable map, empty when none were set
   */
  public Map<String, ResourceRole> applicationRoles() {
    return applicationRoles;
  }

  /**
   * The roles on dashboards, by dashboard id, in the order they were given.
   *
   * @return an unmodifiable map, empty when none were set
   */
  public Map<String, ResourceRole> dashboardRoles() {
    return dashboardRoles;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoleOptions && ((RoleOptions) other).applicationRoles.equals(applicationRoles)
        && ((RoleOptions) other).dashboardRoles.equals(dashboardRoles);
  }

  @Override
  public int hashCode() {
    return 31 * applicationRoles.hashCode() + dashboardRoles.hashCode();
  }

  @Override
  public String toString() {
    return "RoleOptions{applicationRoles=" + applicationRoles + ", dashboardRoles=" + dashboardRoles + '}';
  }

  /** Collects the settings of {@link RoleOptions}. Not thread-safe; each method checks its arguments at once. */
  public static final class Builder {
    private final ResourceRoles applicationRoles = new ResourceRoles("applicationRoles");
    private final ResourceRoles dashboardRoles = new ResourceRoles("dashboardRoles");

    private Builder() {}

    /**
     * Gives the member {@code role} on the application {@code resourceId}, replacing a role set before for it.
     *
     * @param resourceId the application's id: 24 hexadecimal characters
     * @param role the role on that application
     * @return this builder
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when {@code resourceId} is not an id, {@code role} is
     *     {@link ResourceRole#UNKNOWN}, or this would be the 1001st application
     */
    public Builder applicationRole(String resourceId, ResourceRole role) {
      applicationRoles.put(resourceId, role);
      return this;
    }

    /**
     * Gives the member {@code role} on the dashboard {@code resourceId}, replacing a role set before for it.
     *
     * @param resourceId the dashboard's id: 24 hexadecimal characters
     * @param role the role on that dashboard
     * @return this builder
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when {@code resourceId} is not an id, {@code role} is
     *     {@link ResourceRole#UNKNOWN}, or this would be the 1001st dashboard
     */
    public Builder dashboardRole(String resourceId, ResourceRole role) {
      dashboardRoles.put(resourceId, role);
      return this;
    }

    /**
     * The options, immutable; the builder can go on to build others.
     *
     * @return the options set so far
     */
    public RoleOptions build() {
      return new RoleOptions(this);
    }
  }
}
