package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The heuristic filters. Word bounds apply to the answer. */
public record FilterSettings(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("min_answer_words") Integer minAnswerWords,
    @JsonProperty("max_answer_words") Integer maxAnswerWords) {

  public FilterSettings {
    enabled = enabled == null || enabled;
    minAnswerWords = minAnswerWords == null ? 80 : minAnswerWords;
    maxAnswerWords = maxAnswerWords == null ? 1500 : maxAnswerWords;
    if (minAnswerWords < 0 || maxAnswerWords < minAnswerWords) {
      throw new IllegalArgumentException(
          "need 0 <= min_answer_words <= max_answer_words, got " + minAnswerWords + " and "
              + maxAnswerWords);
    }
  }

  public static FilterSettings defaults() {
    return new FilterSettings(null, null, null);
  }
}
