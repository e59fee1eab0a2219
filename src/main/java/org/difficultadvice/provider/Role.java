package org.difficultadvice.provider;

/** Who speaks a chat turn. Lower-case names are the wire names of every supported API. */
public enum Role {
  SYSTEM,
  USER,
  ASSISTANT;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
