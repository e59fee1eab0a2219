package org.difficultadvice.quality;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.util.Arrays;

/** A MinHash signature: the minimum of each 64-bit permutation over a shingle set. */
public final class MinHashSignature {
  private static final HashFunction BAND_HASH = Hashing.murmur3_128(0xba4d);

  private final long[] values;

  private MinHashSignature(long[] values) {
    this.values = values;
  }

  public static MinHashSignature of(long[] values) {
    return new MinHashSignature(values.clone());
  }

  static MinHashSignature wrap(long[] values) {
    return new MinHashSignature(values);
  }

  public int length() {
    return values.length;
  }

  long valueAt(int i) {
    return values[i];
  }

  /** The share of permutations on which the two agree: an unbiased estimate of Jaccard. */
  public double estimatedJaccard(MinHashSignature other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException(
          "signatures of different lengths: " + values.length + " and " + other.values.length);
    }
    int same = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return (double) same / values.length;
  }

  /**
   * The bucket keys of the LSH bands {@code [0, bands)} of {@code rows} values each: what an index
   * that keeps no signatures stores instead.
   */
  public long[] bandKeys(int bands, int rows) {
    if ((long) bands * rows > values.length) {
      throw new IllegalArgumentException(
          bands + " bands of " + rows + " rows need more than " + values.length + " values");
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      keys[band] = bandKey(band * rows, rows);
    }
    return keys;
  }

  /** Hash of rows {@code [from, from + rows)}: the bucket key of one LSH band. */
  long bandKey(int from, int rows) {
    Hasher hasher = BAND_HASH.newHasher().putInt(from);
    for (int i = from; i < from + rows; i++) {
      hasher.putLong(values[i]);
    }
    return hasher.hash().asLong();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
