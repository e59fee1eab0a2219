package org.difficultadvice.audit;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds near duplicates in one pass: each record is compared with those offered before it and
 * then kept (as a compact sketch, never its text) for the ones after. The dedup stage's LSH
 * index, adapted. Sketching is pure and may run on any thread; offering is sequential.
 */
public interface NearDuplicateIndex extends Closeable {
  /** What the index keeps of a text; computed off the reading thread. */
  interface Sketch {}

  /** The sketch of a text. Must be safe to call from several threads at once. */
  Sketch sketch(String text);

  /**
   * @param index this record's index; indices are offered in increasing order
   * @return the most similar earlier record above the index's threshold, if any
   */
  Optional<NearMatch> offer(int index, Sketch sketch) throws IOException;

  /** The similarity above which two records count as near duplicates. */
  double threshold();

  /** How many of the records offered the index could keep for later ones to be compared with. */
  NearCoverage coverage();

  /** Frees what the index holds outside the heap (a spill file); no-op by default. */
  @Override
  default void close() throws IOException {}
}
