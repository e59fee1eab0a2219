package org.difficultadvice.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit as the command line asked for it.
 *
 * @param name how the report titles the dataset (the path as given)
 * @param evalSet the evaluation set checked for contamination, when given
 * @param older the files of an earlier release to compare with, when given
 * @param olderName how the report names the earlier release
 * @param filterPatterns the {@code filters.yaml} the quality flags come from, empty when none
 *     was found (the flags are then reported as not checked)
 */
public record AuditRequest(
    String name,
    List<InputFile> files,
    Optional<Path> evalSet,
    Path outDir,
    Optional<List<InputFile>> older,
    String olderName,
    Optional<Path> filterPatterns) {
  public AuditRequest {
    Objects.requireNonNull(name, "name");
    files = List.copyOf(files);
    Objects.requireNonNull(evalSet, "evalSet");
    Objects.requireNonNull(outDir, "outDir");
    older = older.map(List::copyOf);
    Objects.requireNonNull(olderName, "olderName");
    Objects.requireNonNull(filterPatterns, "filterPatterns");
  }
}
