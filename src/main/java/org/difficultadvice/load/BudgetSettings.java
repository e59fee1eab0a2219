package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The token budget of the exported dataset. */
public record BudgetSettings(
    @JsonProperty("tokens") Long tokens,
    @JsonProperty("tokenizer") String tokenizer) {

  public BudgetSettings {
    tokens = tokens == null ? 3_000_000L : tokens;
    tokenizer = tokenizer == null ? "o200k_base" : tokenizer;
  }

  public static BudgetSettings defaults() {
    return new BudgetSettings(null, null);
  }
}
