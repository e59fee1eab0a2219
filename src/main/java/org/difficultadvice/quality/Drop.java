package org.difficultadvice.quality;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one example left the pipeline.
 *
 * @param stage {@code filter}, {@code decontam}, {@code dedup}, {@code style} or {@code judge}
 * @param reason a short machine-friendly reason ({@code refusal}, {@code near-duplicate-user})
 * @param detail what was found, for a person reading the report (a matched phrase, a score)
 * @param duplicateOf for duplicates, the spec id (or earlier-release record) that survived
 */
public record Drop(
    String stage, String reason, String specId, String detail, Optional<String> duplicateOf) {
  public Drop {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }

  public static Drop of(String stage, String reason, String specId, String detail) {
    return new Drop(stage, reason, specId, detail, Optional.empty());
  }
}
