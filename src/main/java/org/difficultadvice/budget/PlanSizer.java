package org.difficultadvice.budget;

/**
 * How many specs to plan so that, after drops, the kept examples exceed the token target with
 * room to spare for balancing domains.
 */
public final class PlanSizer {
  /**
   * Extra specs beyond the bare estimate: selection needs a surplus to choose from to land
   * within 0.5% of the target and keep every domain near its share, and tokens per example
   * vary from one run to the next.
   */
  public static final double DEFAULT_HEADROOM = 0.15;

  private PlanSizer() {}

  /**
   * @param tokensPerExample estimated mean tokens of one exported example (after augmentation)
   * @param dropRate expected share of generated examples dropped by filters, dedup and judge
   */
  public static int specsFor(long targetTokens, double tokensPerExample, double dropRate,
      double headroom) {
    if (targetTokens <= 0 || !(tokensPerExample > 0)) {
      throw new IllegalArgumentException("target and tokens per example must be positive");
    }
    if (!(dropRate >= 0 && dropRate < 1) || !(headroom >= 0)) {
      throw new IllegalArgumentException(
          "drop rate must be in [0, 1) and headroom not negative, got " + dropRate + ", "
              + headroom);
    }
    double kept = targetTokens / tokensPerExample * (1 + headroom);
    double planned = Math.ceil(kept / (1 - dropRate));
    if (planned > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("more than 2^31 specs needed: " + planned);
    }
    return (int) planned;
  }

  public static int specsFor(long targetTokens, double tokensPerExample, double dropRate) {
    return specsFor(targetTokens, tokensPerExample, dropRate, DEFAULT_HEADROOM);
  }
}
