package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Exact and near-duplicate removal, on the user turn and on the whole example.
 *
 * @param bands LSH bands; {@code null} chooses them for the threshold (32 x 4 at 0.8)
 * @param scaffoldShare shingles in more than this share of one template's examples are its
 *     scaffolding and are not compared; 1 turns this off
 */
public record DedupSettings(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("shingle_words") Integer shingleWords,
    @JsonProperty("permutations") Integer permutations,
    @JsonProperty("bands") Integer bands,
    @JsonProperty("threshold") Double threshold,
    @JsonProperty("scaffold_share") Double scaffoldShare,
    @JsonProperty("scaffold_min_group") Integer scaffoldMinGroup) {

  public DedupSettings {
    enabled = enabled == null || enabled;
    shingleWords = shingleWords == null ? 5 : shingleWords;
    permutations = permutations == null ? 128 : permutations;
    threshold = threshold == null ? 0.8 : threshold;
    scaffoldShare = scaffoldShare == null ? 0.5 : scaffoldShare;
    scaffoldMinGroup = scaffoldMinGroup == null ? 20 : scaffoldMinGroup;
  }

  public static DedupSettings defaults() {
    return new DedupSettings(null, null, null, null, null, null, null);
  }
}
