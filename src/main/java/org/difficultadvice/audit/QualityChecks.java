package org.difficultadvice.audit;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The pipeline stages the audit reuses, behind the audit's own seams so it can be wired (and
 * tested) independently of how each stage is built.
 *
 * @param nearDuplicates a fresh index per audited dataset
 */
public record QualityChecks(
    TokenMeasure tokens,
    ContentNormaliser normaliser,
    Supplier<NearDuplicateIndex> nearDuplicates,
    ContentFlagger flagger,
    ContaminationCheck contamination) {
  public QualityChecks {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(normaliser, "normaliser");
    Objects.requireNonNull(nearDuplicates, "nearDuplicates");
    Objects.requireNonNull(flagger, "flagger");
    Objects.requireNonNull(contamination, "contamination");
  }
}
