package dev.orginvites.wapikit;

/** The order in which {@link WapikitInvites#list(int, int, SortOrder)} returns invites. */
public enum SortOrder {
  ASC("asc"),
  DESC("desc");

  private final String value;

  SortOrder(String value) {
    this.value = value;
  }

  /** The query value the service expects. */
  public String value() {
    return value;
  }
}
