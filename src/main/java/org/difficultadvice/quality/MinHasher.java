package org.difficultadvice.quality;

import java.util.SplittableRandom;

/**
 * MinHash over shingle sets. Permutation {@code i} is {@code h_i(x) = fmix64(a_i * x + b_i)}
 * over the full 64-bit hash of a shingle, with odd {@code a_i} and any {@code b_i} drawn from a
 * seeded generator, so the same seed always gives the same signatures (across runs, machines
 * and releases). Both steps are bijections of the 64-bit values, so two different shingle hashes
 * never share a value under any permutation. (Until 2026-11 only the low 32 bits of a shingle
 * were permuted: on a million short records about a hundred pairs of different records
 * collided on every permutation and were reported as near duplicates with similarity 1.0.)
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
    long[] mins = new long[n];
    java.util.Arrays.fill(mins, Long.MAX_VALUE);
    for (int s = 0; s < shingles.size(); s++) {
      long x = shingles.hashAt(s);
      for (int i = 0; i < n; i++) {
        long h = mix(multipliers[i] * x + addends[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return MinHashSignature.wrap(mins);
  }

  /** MurmurHash3's 64-bit finaliser: a bijection that spreads every input bit. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
