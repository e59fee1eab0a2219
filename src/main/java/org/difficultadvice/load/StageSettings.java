package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code stages:} switches of the model stages, and the matched twins a run exports. They
 * decide which calls a run makes, so a run directory is bound to them. The judge keeps its own
 * {@code judge.enabled}.
 *
 * @param review the recipe's optional second pass over the drafted system prompt and user
 *     message (off: the recipe found it barely mattered)
 * @param inject the constitution clauses in respond's system turn
 * @param revise the fresh rewrite of the first answer; off, the first answer is exported
 * @param twins the matched twins to export besides the run's own dataset; empty for none
 */
public record StageSettings(
    @JsonProperty("review") Boolean review,
    @JsonProperty("inject") Boolean inject,
    @JsonProperty("revise") Boolean revise,
    @JsonProperty("twins") List<Twin> twins) {

  public StageSettings {
    review = review != null && review;
    inject = inject == null || inject;
    revise = revise == null || revise;
    // Sorted and without repeats, so that the same set binds a run the same way.
    twins = twins == null || twins.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(twins));
    if (!twins.isEmpty() && !(inject && revise)) {
      throw new IllegalArgumentException("twins need the full recipe: stages.inject and"
          + " stages.revise must be true when stages.twins is set (each twin switches one of"
          + " them off for itself)");
    }
  }

  public static StageSettings defaults() {
    return new StageSettings(null, null, null, null);
  }

  /** The twins to export; empty when the run makes none. */
  public Set<Twin> twinSet() {
    return twins.isEmpty() ? EnumSet.noneOf(Twin.class) : EnumSet.copyOf(twins);
  }

  public StageSettings withTwins(List<Twin> newTwins) {
    return new StageSettings(review, inject, revise, newTwins);
  }
}
