package org.difficultadvice.quality;

import java.util.Objects;

/**
 * One record found to duplicate another that is kept.
 *
 * @param key the duplicate, to drop
 * @param survivor the record it duplicates: a lower key, or a record of an earlier release
 * @param similarity Jaccard similarity of their (scaffolding-free) shingle sets; 1 for exact
 */
public record DuplicateMatch<K>(K key, K survivor, DuplicateKind kind, double similarity) {
  public DuplicateMatch {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(kind, "kind");
  }
}
