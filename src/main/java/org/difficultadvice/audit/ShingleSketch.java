package org.difficultadvice.audit;

import org.difficultadvice.quality.DedupParameters;
import org.difficultadvice.quality.MinHasher;
import org.difficultadvice.quality.Shingles;

/**
 * What near-duplicate detection keeps of a text: its sorted 64-bit shingle hashes (for the exact
 * Jaccard check) and its LSH band keys (for candidates), both empty for a text without words.
 * The one definition both the single-machine audit and the Spark job use.
 */
public record ShingleSketch(long[] shingles, long[] bandKeys) implements NearDuplicateIndex.Sketch {
  /** The sketch with the dedup stage's shingles, MinHash and banding. */
  public static ShingleSketch of(String text, DedupParameters parameters, MinHasher hasher) {
    Shingles shingles = Shingles.of(text, parameters.shingleWords());
    if (shingles.isEmpty()) {
      return new ShingleSketch(new long[0], new long[0]);
    }
    return new ShingleSketch(shingles.hashes(),
        hasher.signature(shingles).bandKeys(parameters.bands(), parameters.rows()));
  }

  public boolean isEmpty() {
    return shingles.length == 0;
  }
}
