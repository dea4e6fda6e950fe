package dev.orginvites.wnology;

import dev.orginvites.wnology.model.ResourceRole;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional settings of an invite sent with {@link WnologyOrgInvites#send(String, dev.orginvites.wnology.model.InviteRole,
 * SendOptions)}: the roles the person gets on particular applications and dashboards, and whether they may later
 * be made the organization's owner. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <pre>{@code
 * SendOptions options = SendOptions.builder()
 *     .applicationRole("5e8f8c1b2a3d4e5f6a7b8c90", ResourceRole.VIEW)
 *     .disallowTransfer(true)
 *     .build();
 * }</pre>
 *
 * <p>Settings left unset are left out of the request, so the service's defaults apply.
 */
public final class SendOptions {
  private static final SendOptions NONE = builder().build();

  private final Map<String, ResourceRole> applicationRoles;
  private final Map<String, ResourceRole> dashboardRoles;
  private final Boolean disallowTransfer;

  private SendOptions(Builder builder) {
    this.applicationRoles = builder.applicationRoles.snapshot();
    this.dashboardRoles = builder.dashboardRoles.snapshot();
    this.disallowTransfer = builder.disallowTransfer;
  }

  /**
   * No optional settings: the organization role alone.
   *
   * @return the options that leave every optional setting out
   */
  public static SendOptions none() {
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

  /**
   * Whether the person may not be made the organization's owner later, when it was set.
   *
   * @return the {@code disallowTransfer} flag, empty when not set (the service's default applies)
   */
  public Optional<Boolean> disallowTransfer() {
    return Optional.ofNullable(disallowTransfer);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SendOptions)) {
      return false;
    }
    SendOptions that = (SendOptions) other;
    return applicationRoles.equals(that.applicationRoles) && dashboardRoles.equals(that.dashboardRoles)
        && Objects.equals(disallowTransfer, that.disallowTransfer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(applicationRoles, dashboardRoles, disallowTransfer);
  }

  @Override
  public String toString() {
    return "SendOptions{applicationRoles=" + applicationRoles + ", dashboardRoles=" + dashboardRoles
        + ", disallowTransfer=" + disallowTransfer + '}';
  }

  /** Collects the settings of {@link SendOptions}. Not thread-safe; each method checks its arguments at once. */
  public static final class Builder {
    private final ResourceRoles applicationRoles = new ResourceRoles("applicationRoles");
    private final ResourceRoles dashboardRoles = new ResourceRoles("dashboardRoles");
    private Boolean disallowTransfer;

    private Builder() {}

    /**
     * Gives the person {@code role} on the application {@code resourceId}, replacing a role set before for it.
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
     * Gives the person {@code role} on the dashboard {@code resourceId}, replacing a role set before for it.
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
     * Whether the person may not be made the organization's owner later ({@code disallowTransfer}).
     *
     * @param disallow true to forbid a later ownership transfer to them
     * @return this builder
     */
    public Builder disallowTransfer(boolean disallow) {
      this.disallowTransfer = disallow;
      return this;
    }

    /**
     * The options, immutable; the builder can go on to build others.
     *
     * @return the options set so far
     */
    public SendOptions build() {
      return new SendOptions(this);
    }
  }
}
