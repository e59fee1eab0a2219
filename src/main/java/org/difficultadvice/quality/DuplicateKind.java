package org.difficultadvice.quality;

/** How a record duplicates its survivor. */
public enum DuplicateKind {
  /** Identical after normalisation (case, whitespace, punctuation). */
  EXACT,
  /** Shingle sets at or above the Jaccard threshold. */
  NEAR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
