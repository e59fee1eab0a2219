package org.difficultadvice.audit;

import java.util.Optional;

/**
 * Finds near duplicates in one pass: each record is compared with those offered before it and
 * then kept (as a compact sketch, never its text) for the ones after. The dedup stage's LSH
 * index, adapted.
 */
public interface NearDuplicateIndex {
  /**
   * @param index this record's index; indices are offered in increasing order
   * @return the most similar earlier record above the index's threshold, if any
   */
  Optional<NearMatch> offer(int index, String text);

  /** The similarity above which two records count as near duplicates. */
  double threshold();
}
