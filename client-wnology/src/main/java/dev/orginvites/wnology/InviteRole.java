package dev.orginvites.wnology;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.orginvites.core.ApiEnum;
import java.util.Map;
import java.util.Objects;

/**
 * The organization role an invite grants. A role WEGnology adds later is read without failing:
 * {@link #isKnown()} is false and {@link #value()} holds the raw string.
 */
public final class InviteRole extends ApiEnum {
  public static final InviteRole ADMIN = new InviteRole("admin");
  public static final InviteRole EDIT = new InviteRole("edit");
  public static final InviteRole COLLABORATE = new InviteRole("collaborate");
  public static final InviteRole VIEW = new InviteRole("view");
  public static final InviteRole NONE = new InviteRole("none");

  private static final Map<String, InviteRole> KNOWN = index(ADMIN, EDIT, COLLABORATE, VIEW, NONE);

  private InviteRole(String value) {
    super(value);
  }

  /** The role named {@code value}: a constant when the spec lists it, otherwise a value that keeps the string. */
  @JsonCreator
  public static InviteRole of(String value) {
    Objects.requireNonNull(value, "value must not be null");
    InviteRole known = KNOWN.get(value);
    return known != null ? known : new InviteRole(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}
