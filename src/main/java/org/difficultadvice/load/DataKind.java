package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * What a job makes (the config's {@code kind:}): the recipe's difficult-advice chats, or one of
 * its two text kinds, exported as {@code {"text": ...}} records.
 */
public enum DataKind {
  /** Single-turn chats: a person's dilemma and principled advice (the default). */
  @JsonProperty("chats") CHATS,
  /** Pretraining-style texts that explain and apply the constitution's clauses. */
  @JsonProperty("documents") DOCUMENTS,
  /** Short fiction in which an AI assistant or agent acts well and its reasons are visible. */
  @JsonProperty("stories") STORIES;

  /** The name in configs, folders and manifests. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether records are plain texts rather than chats. */
  public boolean isText() {
    return this != CHATS;
  }
}
