package org.difficultadvice.generate;

/** One spec could not become an example: which stage gave up, and why. */
public final class GenerationFailedException extends Exception {
  private final String stage;
  private final String reason;

  public GenerationFailedException(String stage, String reason, Throwable cause) {
    super(stage + ": " + reason, cause);
    this.stage = stage;
    this.reason = reason;
  }

  public String stage() {
    return stage;
  }

  /** A short machine-friendly reason such as {@code malformed-json} or {@code truncated}. */
  public String reason() {
    return reason;
  }
}
