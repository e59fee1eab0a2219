package org.difficultadvice.generate;

/** A stage prompt failed to render for a spec (for example it names an unknown variable). */
public final class PromptRenderException extends Exception {
  public PromptRenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
