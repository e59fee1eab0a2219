package org.difficultadvice.quality;

import java.util.Objects;

/**
 * How often a stock phrase appeared, before and after capping.
 *
 * @param before examples using it among those the style stage received
 * @param after examples using it among those it kept
 */
public record PhraseRate(String phrase, double maxShare, int before, int after, int total,
    int kept) {
  public PhraseRate {
    Objects.requireNonNull(phrase, "phrase");
  }

  public double shareBefore() {
    return total == 0 ? 0 : (double) before / total;
  }

  public double shareAfter() {
    return kept == 0 ? 0 : (double) after / kept;
  }
}
