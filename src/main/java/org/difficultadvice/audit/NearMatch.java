package org.difficultadvice.audit;

/**
 * An earlier record that a new one nearly duplicates.
 *
 * @param earlier the earlier record's index, in the order records were offered
 * @param similarity estimated Jaccard similarity of their shingles, 0 to 1
 */
public record NearMatch(int earlier, double similarity) {
  public NearMatch {
    if (earlier < 0 || similarity < 0 || similarity > 1) {
      throw new IllegalArgumentException("bad near match: " + earlier + ", " + similarity);
    }
  }
}
