package org.difficultadvice.quality;

import java.util.Optional;

/**
 * Finds, among the stories added so far, the one most like a new story: MinHash over word
 * shingles of the (already masked) text, candidates from LSH bands tuned to the threshold, each
 * verified by its full-signature estimate. Not thread-safe: the scenario stage adds and asks in
 * plan order, on one thread, so that what is accepted never depends on timing.
 */
public final class StorySimilarityIndex {
  /** Three-word shingles: a paraphrased retelling keeps many, different stories share few. */
  public static final int SHINGLE_WORDS = 3;
  private static final int PERMUTATIONS = 128;

  private final MinHasher hasher = new MinHasher(PERMUTATIONS);
  private final LshIndex<String> index;
  private final double threshold;

  /** @param threshold the estimated Jaccard similarity from which two stories are one */
  public StorySimilarityIndex(double threshold) {
    int[] shape = LshIndex.bandsAndRows(PERMUTATIONS, threshold);
    this.index = new LshIndex<>(shape[0], shape[1]);
    this.threshold = threshold;
  }

  /** A story's fingerprint, computed once and used to ask and then to add. */
  public MinHashSignature signature(String maskedText) {
    return hasher.signature(Shingles.of(maskedText, SHINGLE_WORDS));
  }

  public void add(String key, MinHashSignature signature) {
    index.add(key, signature);
  }

  /** The most similar story at or above the threshold, if any. */
  public Optional<Match> closest(MinHashSignature signature) {
    Match best = null;
    for (int id : index.candidates(signature)) {
      double similarity = signature.estimatedJaccard(index.signature(id));
      if (similarity >= threshold && (best == null || similarity > best.similarity())) {
        best = new Match(index.key(id), similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  public int size() {
    return index.size();
  }

  /** @param key what the matched story was added as */
  public record Match(String key, double similarity) {}
}
