package org.difficultadvice.load;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input found before any model call: every problem found, each with file, line and fix. */
public final class InvalidInputException extends Exception {
  private final List<Diagnostic> diagnostics;

  public InvalidInputException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public InvalidInputException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
