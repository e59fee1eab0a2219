package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * A matched ablation twin: a dataset made from the same plan and run as the recipe's, differing
 * from it in one intervention only (see the README's "Matched twins").
 */
public enum Twin {
  /** The recipe: respond with the clauses injected, then revise. */
  @JsonProperty("full") FULL("the recipe: respond with the clauses injected, then revise"),
  /** The first answer as sampled with the clauses injected, not revised. */
  @JsonProperty("no-revise") NO_REVISE(
      "the first answer as sampled with the clauses injected; no revise"),
  /** The full answer's course of action, without the reasons for it. */
  @JsonProperty("no-reasons") NO_REASONS(
      "the full answer's recommended course of action, rewritten without explaining why"),
  /** Respond without the clauses, then revise (which sees them). */
  @JsonProperty("no-inject") NO_INJECT("respond without the clauses injected, then revise");

  private final String description;

  Twin(String description) {
    this.description = description;
  }

  /** The twin's name in the config, on the command line and as its folder's name. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What the twin's answers are, in a few words. */
  public String description() {
    return description;
  }

  /** The twin of {@code id}, or null when there is none. */
  public static Twin byId(String id) {
    for (Twin twin : values()) {
      if (twin.id().equals(id)) {
        return twin;
      }
    }
    return null;
  }
}
