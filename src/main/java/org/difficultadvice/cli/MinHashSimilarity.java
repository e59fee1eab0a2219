package org.difficultadvice.cli;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.difficultadvice.quality.MinHashSignature;
import org.difficultadvice.quality.MinHasher;
import org.difficultadvice.quality.Shingles;

/**
 * The mean pairwise similarity of a group of texts, estimated with dedup's MinHash over word
 * shingles (the same normaliser, shingles and hash family as near-duplicate removal), for the
 * plan's diversity figures. Wiring: {@code plan} must not depend on the quality stages.
 */
final class MinHashSimilarity implements ToDoubleFunction<List<String>> {
  /** dedup's default shingle size, so the figure reads like its near-duplicate scores. */
  static final int SHINGLE_WORDS = 5;
  static final int PERMUTATIONS = 128;

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
