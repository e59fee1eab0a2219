package org.difficultadvice.audit;

/** How a record duplicates an earlier one. */
public enum DuplicateKind {
  /** Same text after normalisation. */
  EXACT,
  /** Similar shingles above the near-duplicate threshold. */
  NEAR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
