package dev.orginvites.wapikit;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The organization's new API key, from {@link WapikitApiKey#regenerate()}. From the moment it was issued the old
 * key is refused: build a new {@link WapikitClient} with {@link #key()}. The key is a credential:
 * {@link #toString()} never shows it, and the SDK never logs it.
 */
public final class RegeneratedApiKey {
  private final String uniqueId;
  private final String key;
  private final OffsetDateTime createdAt;

  RegeneratedApiKey(String uniqueId, String key, OffsetDateTime createdAt) {
    this.uniqueId = uniqueId;
    this.key = Objects.requireNonNull(key, "key");
    this.createdAt = createdAt;
  }

  /**
   * The key's id, as the service reports it; null when it left it out.
   *
   * @return the key's id, or null
   */
  public String uniqueId() {
    return uniqueId;
  }

  /**
   * The new API key; send it as {@code x-access-token} (for example {@code WapikitClient.create(key)}).
   *
   * @return the key, never empty; a secret, never shown by {@link #toString()}
   */
  public String key() {
    return key;
  }

  /**
   * When the key was issued, at the offset the service sent; null when it left it out.
   *
   * @return when the key was issued, or null
   */
  public OffsetDateTime createdAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "RegeneratedApiKey{uniqueId=" + uniqueId + ", key=***, createdAt=" + createdAt + '}';
  }
}
