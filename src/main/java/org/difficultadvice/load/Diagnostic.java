package org.difficultadvice.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem with an input file, located and with a fix a person can act on.
 *
 * @param line 1-based, or 0 when the problem concerns the whole file
 * @param column 1-based, or 0 when unknown
 */
public record Diagnostic(Path file, int line, int column, String message, String fix) {
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based or 0 for unknown");
    }
  }

  public static Diagnostic at(Path file, int line, String message, String fix) {
    return new Diagnostic(file, line, 0, message, fix);
  }

  /** {@code file:line:col: error: message; fix}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file.toString());
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": error: ").append(message);
    if (!fix.isEmpty()) {
      out.append("; ").append(fix);
    }
    return out.toString();
  }
}
