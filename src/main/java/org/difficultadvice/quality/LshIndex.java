package org.difficultadvice.quality;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Locality-sensitive hashing over MinHash signatures: each signature is cut into {@code bands}
 * bands of {@code rows} values; two signatures are candidates when any band is identical. A
 * pair of Jaccard similarity {@code s} becomes a candidate with probability
 * {@code 1 - (1 - s^rows)^bands}. Candidates still have to be verified.
 *
 * @param <K> what a caller identifies its records by (a spec id, a line number)
 */
final class LshIndex<K> {
  private final int bands;
  private final int rows;
  private final LongIntMultimap buckets = new LongIntMultimap();
  private final List<K> keys = new ArrayList<>();
  private final List<MinHashSignature> signatures = new ArrayList<>();

  public LshIndex(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive: " + bands + "x" + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  /**
   * {@code {bands, rows}} for a similarity threshold: the most rows per band whose S-curve
   * midpoint {@code (1/bands)^(1/rows)} stays at least 0.1 below the threshold, so that pairs at
   * the threshold are candidates with high probability (128 permutations, 0.8: 32 x 4, which
   * finds a pair at 0.8 with probability above 0.9999 and one at 0.3 with about 0.23).
   */
  public static int[] bandsAndRows(int permutations, double threshold) {
    int bestRows = 1;
    for (int r = 1; r <= permutations; r++) {
      if (permutations % r != 0) {
        continue;
      }
      int b = permutations / r;
      double midpoint = Math.pow(1.0 / b, 1.0 / r);
      if (midpoint <= threshold - 0.1) {
        bestRows = r;
      }
    }
    return new int[] {permutations / bestRows, bestRows};
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  public int size() {
    return keys.size();
  }

  public K key(int id) {
    return keys.get(id);
  }

  public MinHashSignature signature(int id) {
    return signatures.get(id);
  }

  /** Adds a record and returns its id in this index (0, 1, 2... in order of adding). */
  public int add(K key, MinHashSignature signature) {
    checkLength(signature);
    int id = keys.size();
    keys.add(key);
    signatures.add(signature);
    for (int band = 0; band < bands; band++) {
      buckets.put(signature.bandKey(band * rows, rows), id);
    }
    return id;
  }

  /** Ids of the records sharing at least one band with {@code signature}, ascending. */
  public int[] candidates(MinHashSignature signature) {
    checkLength(signature);
    BitSet found = new BitSet();
    for (int band = 0; band < bands; band++) {
      buckets.forEach(signature.bandKey(band * rows, rows), found::set);
    }
    return found.stream().toArray();
  }

  private void checkLength(MinHashSignature signature) {
    if (signature.length() != bands * rows) {
      throw new IllegalArgumentException(
          "signature has " + signature.length() + " values, index expects " + bands * rows);
    }
  }
}
