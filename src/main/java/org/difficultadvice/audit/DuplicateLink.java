package org.difficultadvice.audit;

import java.util.Objects;

/** One line of {@code duplicates.jsonl}: a record and the earlier one it duplicates. */
public record DuplicateLink(
    RecordRef record, RecordRef duplicateOf, DuplicateKind kind, double similarity) {
  public DuplicateLink {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    Objects.requireNonNull(kind, "kind");
  }
}
