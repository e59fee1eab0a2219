package org.difficultadvice.audit;

import java.util.Objects;

/**
 * How complete the near-duplicate search was.
 *
 * @param compared records with words, each compared with the kept records before it
 * @param kept records kept for the later ones to be compared with; fewer than {@code compared}
 *     when the index ran out of room, after which later records were compared with the first
 *     {@code kept} only (so the near-duplicate count is a lower bound)
 * @param limit why the index stopped keeping records, or empty when it kept them all
 */
public record NearCoverage(long compared, long kept, String limit) {
  public NearCoverage {
    Objects.requireNonNull(limit, "limit");
    if (kept > compared) {
      throw new IllegalArgumentException("kept " + kept + " of " + compared + " compared");
    }
  }

  public static NearCoverage complete(long compared) {
    return new NearCoverage(compared, compared, "");
  }

  public boolean isComplete() {
    return kept == compared;
  }

  /** One sentence for the report and the command's output; empty when complete. */
  public String note() {
    if (isComplete()) {
      return "";
    }
    return String.format(java.util.Locale.ROOT,
        "near duplicates are a lower bound: %s, so the index kept the first %,d of %,d records"
            + " and the %,d after them were compared with those only",
        limit, kept, compared, compared - kept);
  }
}
