package org.difficultadvice.dedup;

import java.util.SplittableRandom;

/**
 * MinHash over shingle sets. Permutation {@code i} is the multiply-add-shift universal hash
 * {@code h_i(x) = (a_i * x + b_i) >>> 32} over the low 32 bits of a shingle's hash, with odd
 * {@code a_i} and any {@code b_i} drawn from a seeded generator, so the same seed always gives
 * the same signatures (across runs, machines and releases).
 */
public final class MinHasher {
  /** Signatures from different seeds are not comparable; this one is what releases share. */
  public static final long DEFAULT_SEED = 0x6d696e68617368L;

  private final long[] multipliers;
  private final long[] addends;

  public MinHasher(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be at least 1, was " + permutations);
    }
    SplittableRandom random = new SplittableRandom(seed);
    multipliers = new long[permutations];
    addends = new long[permutations];
    for (int i = 0; i < permutations; i++) {
      multipliers[i] = random.nextLong() | 1L;
      addends[i] = random.nextLong();
    }
  }

  public MinHasher(int permutations) {
    this(permutations, DEFAULT_SEED);
  }

  public int permutations() {
    return multipliers.length;
  }

  public MinHashSignature signature(Shingles shingles) {
    int n = multipliers.length;
    int[] mins = new int[n];
    java.util.Arrays.fill(mins, -1); // 0xffffffff: the largest unsigned value
    for (int s = 0; s < shingles.size(); s++) {
      long x = shingles.hashAt(s) & 0xffffffffL;
      for (int i = 0; i < n; i++) {
        int h = (int) ((multipliers[i] * x + addends[i]) >>> 32);
        if (Integer.compareUnsigned(h, mins[i]) < 0) {
          mins[i] = h;
        }
      }
    }
    return MinHashSignature.wrap(mins);
  }
}
