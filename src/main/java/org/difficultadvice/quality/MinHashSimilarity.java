package org.difficultadvice.quality;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The mean pairwise similarity of a group of texts, estimated with dedup's MinHash over word
 * shingles (the same normaliser, shingles and hash family as near-duplicate removal), for the
 * diversity figures of {@code plan}, the export and {@code audit}.
 */
public final class MinHashSimilarity implements ToDoubleFunction<List<String>> {
  /** dedup's default shingle size, so the figure reads like its near-duplicate scores. */
  public static final int SHINGLE_WORDS = 5;
  public static final int PERMUTATIONS = 128;

  /** How the figure was measured, for reports. */
  public static String definition(String texts, int sampledPerDomain) {
    return "mean over domains of the mean pairwise MinHash estimate of Jaccard similarity of "
        + SHINGLE_WORDS + "-word shingle sets of " + texts + "; the first " + sampledPerDomain
        + " of each domain";
  }

  private final MinHasher hasher = new MinHasher(PERMUTATIONS);

  @Override
  public double applyAsDouble(List<String> texts) {
    MinHashSignature[] signatures = texts.stream()
        .map(text -> hasher.signature(Shingles.of(text, SHINGLE_WORDS)))
        .toArray(MinHashSignature[]::new);
    double sum = 0;
    long pairs = 0;
    for (int i = 0; i < signatures.length; i++) {
      for (int j = i + 1; j < signatures.length; j++) {
        sum += signatures[i].estimatedJaccard(signatures[j]);
        pairs++;
      }
    }
    return pairs == 0 ? Double.NaN : sum / pairs;
  }
}
