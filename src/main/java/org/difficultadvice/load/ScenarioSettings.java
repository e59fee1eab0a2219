package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The scenario stage: a model writes a fresh situation for each spec's cell, in place of the
 * template's, and a novelty gate keeps only situations unlike those already accepted.
 *
 * @param enabled {@code null} (the default) means on for API providers and off for the
 *     embedded local model, which is too small to invent well
 * @param seeds the seed lists (roles and organisations per domain, scales, vantages), relative
 *     to the config's folder
 * @param attempts scenarios asked per spec, each with a new seed, before the spec is dropped as
 *     not novel
 * @param similarity a brief whose masked story shares at least this Jaccard similarity (word
 *     shingles, MinHash estimate) with an accepted or library brief is a retelling
 * @param titleSimilarity a title sharing at least this share of its content words with an
 *     accepted title names the same story (titles are short, so the check is stricter)
 */
public record ScenarioSettings(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("seeds") String seeds,
    @JsonProperty("attempts") Integer attempts,
    @JsonProperty("similarity") Double similarity,
    @JsonProperty("title_similarity") Double titleSimilarity) {

  public ScenarioSettings {
    seeds = seeds == null ? "scenario/seeds.yaml" : seeds;
    attempts = attempts == null ? 3 : attempts;
    similarity = similarity == null ? 0.3 : similarity;
    titleSimilarity = titleSimilarity == null ? 0.6 : titleSimilarity;
    if (attempts < 1) {
      throw new IllegalArgumentException("scenario attempts must be at least 1, was " + attempts);
    }
    if (similarity <= 0 || similarity > 1) {
      throw new IllegalArgumentException(
          "scenario similarity must be in (0, 1], was " + similarity);
    }
    if (titleSimilarity <= 0 || titleSimilarity > 1) {
      throw new IllegalArgumentException(
          "scenario title_similarity must be in (0, 1], was " + titleSimilarity);
    }
  }

  public static ScenarioSettings defaults() {
    return new ScenarioSettings(null, null, null, null, null);
  }

  /** The switch as written; empty means the provider decides. */
  public Optional<Boolean> switchedOn() {
    return Optional.ofNullable(enabled);
  }

  /** Whether the stage runs for a job on this provider. */
  public boolean runsFor(String providerName) {
    return switchedOn().orElse(!"local".equals(providerName));
  }
}
