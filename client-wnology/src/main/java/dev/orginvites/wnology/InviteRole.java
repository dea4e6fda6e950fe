package dev.orginvites.wnology;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.orginvites.core.ApiEnum;

/**
 * The organization role an invite grants. A role WEGnology adds later is read without failing:
 * {@link #isKnown()} is false and {@link #value()} holds the raw string.
 */
public final class InviteRole extends ApiEnum {
  public static final InviteRole ADMIN = new InviteRole("admin", true);
  public static final InviteRole EDIT = new InviteRole("edit", true);
  public static final InviteRole COLLABORATE = new InviteRole("collaborate", true);
  public static final InviteRole VIEW = new InviteRole("view", true);
  public static final InviteRole NONE = new InviteRole("none", true);

  private static final Values<InviteRole> VALUES = 
      new Values<>(value -> new InviteRole(value, false), ADMIN, EDIT, COLLABORATE, VIEW, NONE);

  private InviteRole(String value, boolean known) {
    super(value, known);
  }

  /** The value named {@code value}: a constant when the spec lists it, otherwise one that keeps the string. */
  @JsonCreator
  public static InviteRole of(String value) {
    return VALUES.of(value);
  }
}
