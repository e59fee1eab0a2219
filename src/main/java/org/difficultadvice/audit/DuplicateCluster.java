package org.difficultadvice.audit;

import java.util.List;
import java.util.Objects;

/**
 * A group of records that duplicate each other, exactly or nearly.
 *
 * @param first the earliest record, which the others point to
 * @param members the first few members, {@code first} included
 */
public record DuplicateCluster(RecordRef first, int size, List<RecordRef> members) {
  public DuplicateCluster {
    Objects.requireNonNull(first, "first");
    members = List.copyOf(members);
  }
}
