package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one model costs, in US dollars per million tokens.
 *
 * @param inputPerMillion USD per 1,000,000 prompt tokens
 * @param outputPerMillion USD per 1,000,000 completion tokens
 */
public record ModelPrice(
    @JsonProperty("input_per_million") Double inputPerMillion,
    @JsonProperty("output_per_million") Double outputPerMillion) {

  public static final ModelPrice FREE = new ModelPrice(0.0, 0.0);

  public ModelPrice {
    // Boxed so that a missing or misspelled key reads as "missing", not as a null primitive.
    if (inputPerMillion == null || outputPerMillion == null) {
      throw new IllegalArgumentException(
          "a price needs both input_per_million and output_per_million (USD per 1M tokens)");
    }
    if (inputPerMillion < 0 || outputPerMillion < 0 || Double.isNaN(inputPerMillion)
        || Double.isNaN(outputPerMillion)) {
      throw new IllegalArgumentException("prices cannot be negative");
    }
  }

  public double costUsd(long inputTokens, long outputTokens) {
    return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
  }
}
