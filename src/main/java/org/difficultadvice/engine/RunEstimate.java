package org.difficultadvice.engine;

import java.util.Locale;
import org.difficultadvice.load.ModelPrice;

/**
 * What a whole run will take before any call is made: calls, tokens and an upper bound on cost
 * (every answer at its max tokens; retries not counted).
 */
public record RunEstimate(long calls, long inputTokens, long outputTokens, double costUsd) {

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

  public String describe() {
    return String.format(Locale.ROOT,
        "estimate: %,d calls, about %,d input + at most %,d output tokens, at most $%.2f",
        calls, inputTokens, outputTokens, costUsd);
  }
}
