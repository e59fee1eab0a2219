package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Decontamination against an evaluation set ({@code --eval-set}) and the built-in themes.
 *
 * @param ngramWords an example sharing this many consecutive words with an evaluation item is
 *     dropped (13, as in GPT-3's contamination study: long enough to be beyond chance)
 * @param jaccard an example whose user turn reaches this shingle similarity to an item is dropped
 * @param themes flag the agentic-misalignment themes of the patterns file, with no eval set
 */
public record DecontamSettings(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("ngram_words") Integer ngramWords,
    @JsonProperty("jaccard") Double jaccard,
    @JsonProperty("themes") Boolean themes) {

  public DecontamSettings {
    enabled = enabled == null || enabled;
    ngramWords = ngramWords == null ? 13 : ngramWords;
    jaccard = jaccard == null ? 0.5 : jaccard;
    themes = themes == null || themes;
    if (ngramWords < 3) {
      throw new IllegalArgumentException("ngram_words must be at least 3, was " + ngramWords);
    }
    if (!(jaccard > 0 && jaccard <= 1)) {
      throw new IllegalArgumentException("jaccard must be in (0, 1], was " + jaccard);
    }
  }

  public static DecontamSettings defaults() {
    return new DecontamSettings(null, null, null, null);
  }
}
