package dev.orginvites.wnology;

import dev.orginvites.core.internal.Args;
import dev.orginvites.wnology.model.ResourceRole;
import dev.orginvites.wnology.model.ResourceRoleGrant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles of one kind of resource (applications or dashboards) an options builder collects: one role per
 * resource id, in the order first given, at most {@value #MAX} of them (the service's limit).
 */
final class ResourceRoles {
  /** The service's limit on the entries of {@code applicationRoles} and {@code dashboardRoles}. */
  static final int MAX = 1000;

  private final String listName;
  private final Map<String, ResourceRole> roles = new LinkedHashMap<>();

  ResourceRoles(String listName) {
    this.listName = listName;
  }

  /** Sets the role on {@code resourceId}, replacing one set before for the same resource. */
  void put(String resourceId, ResourceRole role) {
    WnologyIds.check(resourceId, "resourceId");
    Args.known(role, "role");
    if (!roles.containsKey(resourceId) && roles.size() == MAX) {
      throw new IllegalArgumentException(listName + " must have at most " + MAX + " entries");
    }
    roles.put(resourceId, role);
  }

  /** An unmodifiable copy, in the order the resources were first given. */
  Map<String, ResourceRole> snapshot() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /** {@code roles} as the request's list; null when empty, so that the request leaves the list out. */
  static List<ResourceRoleGrant> toGrants(Map<String, ResourceRole> roles) {
    if (roles.isEmpty()) {
      return null;
    }
    List<ResourceRoleGrant> grants = new ArrayList<>(roles.size());
    roles.forEach((resourceId, role) -> grants.add(new ResourceRoleGrant().resourceId(resourceId).role(role)));
    return grants;
  }
}
