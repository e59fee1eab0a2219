package org.difficultadvice.quality;

/**
 * How near-duplicates are found.
 *
 * @param shingleWords words per shingle
 * @param permutations MinHash permutations (signature length)
 * @param bands LSH bands; {@code permutations} must be a multiple of it
 * @param threshold Jaccard similarity (of shingle sets) at or above which two texts are
 *     near-duplicates
 * @param scaffoldShare a shingle found in more than this share of one group's texts is treated
 *     as the group's scaffolding and left out of its texts' comparison; 1 turns this off
 * @param scaffoldMinGroup groups smaller than this keep all their shingles (too few texts to
 *     tell scaffolding from chance)
 * @param seed seeds the MinHash permutations
 */
public record DedupParameters(
    int shingleWords,
    int permutations,
    int bands,
    double threshold,
    double scaffoldShare,
    int scaffoldMinGroup,
    long seed) {

  public DedupParameters {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingle words must be at least 1, was " + shingleWords);
    }
    if (permutations < 1 || bands < 1 || permutations % bands != 0) {
      throw new IllegalArgumentException(
          "permutations (" + permutations + ") must be a positive multiple of bands (" + bands + ")");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    if (!(scaffoldShare > 0 && scaffoldShare <= 1)) {
      throw new IllegalArgumentException("scaffold share must be in (0, 1], was " + scaffoldShare);
    }
    if (scaffoldMinGroup < 2) {
      throw new IllegalArgumentException("scaffold min group must be at least 2");
    }
  }

  /** 5-word shingles, 128 permutations, Jaccard 0.8, bands chosen for recall, scaffolding off. */
  public static DedupParameters defaults() {
    return forThreshold(5, 128, 0.8);
  }

  /** Parameters with the LSH shape chosen by {@link LshIndex#bandsAndRows} and scaffolding off. */
  public static DedupParameters forThreshold(int shingleWords, int permutations, double threshold) {
    int bands = LshIndex.bandsAndRows(permutations, threshold)[0];
    return new DedupParameters(
        shingleWords, permutations, bands, threshold, 1.0, 20, MinHasher.DEFAULT_SEED);
  }

  public DedupParameters withScaffolding(double share, int minGroup) {
    return new DedupParameters(
        shingleWords, permutations, bands, threshold, share, minGroup, seed);
  }

  public int rows() {
    return permutations / bands;
  }
}
