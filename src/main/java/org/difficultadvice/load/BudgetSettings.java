package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The token budget of the exported dataset.
 *
 * @param tokens the target, counted as exported (default 3,000,000)
 * @param tokenizer {@code o200k_base} (default), {@code cl100k_base}, or the path of a Hugging
 *     Face {@code tokenizer.json} relative to the config's folder
 * @param tokensPerExample the estimate of one exported example's tokens used to size the plan
 *     before anything is generated (default 900: a system prompt, a short user message, an
 *     answer of some 500 words, and tools on some examples)
 * @param expectedDropRate the share of generated examples expected to be dropped by filters,
 *     dedup and the judge, used to size the plan (default 0.3)
 */
public record BudgetSettings(
    @JsonProperty("tokens") Long tokens,
    @JsonProperty("tokenizer") String tokenizer,
    @JsonProperty("tokens_per_example") Integer tokensPerExample,
    @JsonProperty("expected_drop_rate") Double expectedDropRate) {

  public BudgetSettings {
    tokens = tokens == null ? 3_000_000L : tokens;
    tokenizer = tokenizer == null ? "o200k_base" : tokenizer;
    tokensPerExample = tokensPerExample == null ? 900 : tokensPerExample;
    expectedDropRate = expectedDropRate == null ? 0.3 : expectedDropRate;
    if (tokens <= 0) {
      throw new IllegalArgumentException("budget.tokens must be positive, got " + tokens);
    }
    if (tokenizer.isBlank()) {
      throw new IllegalArgumentException("budget.tokenizer must name o200k_base, cl100k_base "
          + "or a tokenizer.json");
    }
    if (tokensPerExample <= 0) {
      throw new IllegalArgumentException(
          "budget.tokens_per_example must be positive, got " + tokensPerExample);
    }
    if (!(expectedDropRate >= 0 && expectedDropRate < 1)) {
      throw new IllegalArgumentException(
          "budget.expected_drop_rate must be at least 0 and below 1, got " + expectedDropRate);
    }
  }

  /** The target and tokenizer, with the plan estimates at their defaults. */
  public BudgetSettings(Long tokens, String tokenizer) {
    this(tokens, tokenizer, null, null);
  }

  /** These settings with another target (for {@code --budget-tokens}). */
  public BudgetSettings withTokens(long target) {
    return new BudgetSettings(target, tokenizer, tokensPerExample, expectedDropRate);
  }

  public static BudgetSettings defaults() {
    return new BudgetSettings(null, null, null, null);
  }
}
