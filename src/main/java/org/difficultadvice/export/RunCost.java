package org.difficultadvice.export;

/**
 * What generating the dataset consumed, for the manifest.
 *
 * @param calls model calls made (cache hits included)
 * @param costUsd estimated cost in US dollars, 0 when unknown or free (a local model)
 * @param cachedInputTokens input tokens the servers read from their prompt caches
 */
public record RunCost(long calls, long inputTokens, long outputTokens, double costUsd,
    long cachedInputTokens) {
  public static final RunCost NONE = new RunCost(0, 0, 0, 0);

  public RunCost {
    if (calls < 0 || inputTokens < 0 || outputTokens < 0 || costUsd < 0
        || cachedInputTokens < 0 || cachedInputTokens > inputTokens) {
      throw new IllegalArgumentException("usage figures cannot be negative");
    }
  }

  public RunCost(long calls, long inputTokens, long outputTokens, double costUsd) {
    this(calls, inputTokens, outputTokens, costUsd, 0);
  }

  /** Input tokens read from the servers' prompt caches, as a share of all input tokens. */
  public double cachedShare() {
    return inputTokens == 0 ? 0 : cachedInputTokens / (double) inputTokens;
  }

  /** What the release cost per thing it holds: the figures that compare two ways of making it. */
  public Efficiency per(long exportedRecords, long exportedTokens) {
    return new Efficiency(
        exportedTokens == 0 ? 0 : costUsd * 1e6 / exportedTokens,
        exportedRecords == 0 ? 0 : calls / (double) exportedRecords,
        exportedTokens == 0 ? 0 : (inputTokens + outputTokens) / (double) exportedTokens);
  }

  /**
   * @param usdPerMillionExportedTokens what a million tokens of the dataset cost
   * @param callsPerExportedExample model calls per example in the shards (3 at best without
   *     the judge: every call beyond was spent on examples the quality stages or the budget
   *     discarded)
   * @param paidTokensPerExportedToken model tokens (input and output) per token in the shards
   */
  public record Efficiency(double usdPerMillionExportedTokens, double callsPerExportedExample,
      double paidTokensPerExportedToken) {}
}
