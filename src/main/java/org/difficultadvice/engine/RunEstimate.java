package org.difficultadvice.engine;

import java.util.Locale;
import org.difficultadvice.load.ModelPrice;

/**
 * What a whole run will take before any call is made: calls, tokens and an upper bound on cost
 * (every answer at its max tokens; retries not counted), direct and through batches.
 *
 * @param batchCostUsd the same bound at batch prices ({@code --batch})
 */
public record RunEstimate(long calls, long inputTokens, long outputTokens, double costUsd,
    double batchCostUsd) {

  /** Batch prices are half the listed ones at OpenAI and Anthropic. */
  public RunEstimate(long calls, long inputTokens, long outputTokens, double costUsd) {
    this(calls, inputTokens, outputTokens, costUsd, costUsd * 0.5);
  }

  /** This estimate with batch prices at {@code share} of the listed ones. */
  public RunEstimate withBatchShare(double share) {
    return new RunEstimate(calls, inputTokens, outputTokens, costUsd, costUsd * share);
  }

  /**
   * @param specs specs in the plan still to generate
   * @param callsPerSpec model calls per spec (3: realize, respond, revise; 4 with a judge)
   * @param inputTokensPerCall a typical prompt's tokens (prompt templates plus the spec)
   * @param maxOutputTokens the configured max tokens per answer
   */
  public static RunEstimate of(
      long specs, int callsPerSpec, long inputTokensPerCall, int maxOutputTokens,
      ModelPrice price) {
    long calls = specs * callsPerSpec;
    long input = calls * inputTokensPerCall;
    long output = calls * maxOutputTokens;
    return new RunEstimate(calls, input, output, price.costUsd(input, output));
  }

  /** One line; with a price, the cost both ways (direct, and with {@code --batch}). */
  public String describe() {
    String line = String.format(Locale.ROOT,
        "estimate: %,d calls, about %,d input + at most %,d output tokens, at most $%.2f",
        calls, inputTokens, outputTokens, costUsd);
    return costUsd > 0
        ? line + String.format(Locale.ROOT, " direct, at most $%.2f with --batch", batchCostUsd)
        : line;
  }
}
