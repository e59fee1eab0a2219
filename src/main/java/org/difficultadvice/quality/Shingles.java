package org.difficultadvice.quality;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The set of word shingles (runs of {@code k} consecutive normalised words) of a text, each
 * hashed to 64 bits and kept sorted and distinct, so Jaccard similarity is a merge of two
 * arrays. A text shorter than {@code k} words has one shingle: all of it.
 */
public final class Shingles {
  private static final HashFunction HASH = Hashing.murmur3_128(0x5417);
  private static final HashFunction WORD_HASH = Hashing.murmur3_128(0x3047d);
  private static final long[] EMPTY = new long[0];

  private final long[] hashes;

  private Shingles(long[] sortedDistinct) {
    this.hashes = sortedDistinct;
  }

  public static Shingles of(String text, int k) {
    return ofWords(TextNormalizer.words(text), k);
  }

  public static Shingles ofWords(List<String> words, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, was " + k);
    }
    if (words.isEmpty()) {
      return new Shingles(EMPTY);
    }
    // Each word is hashed once; a shingle hashes its words' hashes.
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = WORD_HASH.hashString(words.get(i), StandardCharsets.UTF_8).asLong();
    }
    int count = Math.max(1, words.size() - k + 1);
    long[] out = new long[count];
    for (int start = 0; start < count; start++) {
      Hasher hasher = HASH.newHasher();
      int end = Math.min(words.size(), start + k);
      for (int i = start; i < end; i++) {
        hasher.putLong(wordHashes[i]);
      }
      out[start] = hasher.hash().asLong();
    }
    return fromUnsorted(out);
  }

  /** A set from arbitrary hashes (sorted and de-duplicated here). */
  public static Shingles fromUnsorted(long[] hashes) {
    long[] copy = hashes.clone();
    Arrays.sort(copy);
    int n = 0;
    for (int i = 0; i < copy.length; i++) {
      if (i == 0 || copy[i] != copy[i - 1]) {
        copy[n++] = copy[i];
      }
    }
    return new Shingles(n == copy.length ? copy : Arrays.copyOf(copy, n));
  }

  public int size() {
    return hashes.length;
  }

  public boolean isEmpty() {
    return hashes.length == 0;
  }

  /** The sorted, distinct hashes (a copy). */
  public long[] hashes() {
    return hashes.clone();
  }

  long hashAt(int i) {
    return hashes[i];
  }

  public boolean contains(long hash) {
    return Arrays.binarySearch(hashes, hash) >= 0;
  }

  /** This set without the given hashes. */
  public Shingles minus(java.util.Set<Long> removed) {
    if (removed.isEmpty()) {
      return this;
    }
    return new Shingles(Arrays.stream(hashes).filter(h -> !removed.contains(h)).toArray());
  }

  /** Exact Jaccard similarity |A n B| / |A u B|; two empty sets are identical (1.0). */
  public double jaccard(Shingles other) {
    return jaccard(hashes, other.hashes);
  }

  /**
   * Exact Jaccard similarity of two sorted, distinct arrays of shingle hashes (as {@link
   * #hashes()} gives them); two empty sets are identical (1.0).
   */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }
}
