package org.difficultadvice.export;

/**
 * What generating the dataset consumed, for the manifest.
 *
 * @param calls model calls made (cache hits included)
 * @param costUsd estimated cost in US dollars, 0 when unknown or free (a local model)
 */
public record RunCost(long calls, long inputTokens, long outputTokens, double costUsd) {
  public static final RunCost NONE = new RunCost(0, 0, 0, 0);

  public RunCost {
    if (calls < 0 || inputTokens < 0 || outputTokens < 0 || costUsd < 0) {
      throw new IllegalArgumentException("usage figures cannot be negative");
    }
  }
}
