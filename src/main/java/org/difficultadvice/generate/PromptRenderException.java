package org.difficultadvice.generate;

import java.util.Optional;
import org.difficultadvice.load.Diagnostic;

/** A stage prompt failed to render for a spec. */
public final class PromptRenderException extends Exception {
  private final transient Diagnostic limit;

  public PromptRenderException(String message, Throwable cause) {
    this(message, cause, null);
  }

  PromptRenderException(String message, Throwable cause, Diagnostic limit) {
    super(message, cause);
    this.limit = limit;
  }

  /**
   * Where the prompt passed a render limit (a loop without end, a string that doubles...): a
   * fault of the prompt file whatever the spec, so bad input rather than one failed spec.
   */
  public Optional<Diagnostic> limit() {
    return Optional.ofNullable(limit);
  }
}
