package org.difficultadvice.audit;

import java.util.Objects;

/**
 * One schema problem found on one line.
 *
 * @param file the file as the report names it (relative to the audited directory)
 * @param line 1-based line within that file
 * @param detail what exactly was found, e.g. the unknown role or the JSON parser's message
 */
public record SchemaError(String file, long line, SchemaProblem problem, String detail)
    implements java.io.Serializable {
  public SchemaError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(detail, "detail");
    if (line < 1) {
      throw new IllegalArgumentException("line is 1-based: " + line);
    }
  }

  /** {@code file:line: error: problem (detail); fix}. */
  @Override
  public String toString() {
    String what = detail.isEmpty() ? problem.description() : problem.description() + " (" + detail + ")";
    return file + ":" + line + ": error: " + what + "; " + problem.fix();
  }
}
