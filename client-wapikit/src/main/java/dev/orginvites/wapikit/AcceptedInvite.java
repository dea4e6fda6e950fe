package dev.orginvites.wapikit;

import java.util.Objects;

/**
 * The result of accepting an invite, or of joining an organization with one: a session token for the organization
 * joined. The token is a credential: {@link #toString()} never shows it.
 */
public final class AcceptedInvite {
  private final String slug;
  private final String sessionToken;

  AcceptedInvite(String slug, String sessionToken) {
    this.slug = Objects.requireNonNull(slug, "slug");
    this.sessionToken = Objects.requireNonNull(sessionToken, "sessionToken");
  }

  /**
   * The slug of the invite that was accepted (or joined with).
   *
   * @return the slug, as given to {@link WapikitInvites#accept(String)} or {@link WapikitInvites#join(String)}
   */
  public String slug() {
    return slug;
  }

  /**
   * The session token for the organization joined; send it as {@code x-access-token}.
   *
   * @return the token; a secret, never shown by {@link #toString()}
   */
  public String sessionToken() {
    return sessionToken;
  }

  @Override
  public String toString() {
    return "AcceptedInvite{slug=" + slug + ", sessionToken=***}";
  }
}
