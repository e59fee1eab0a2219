package org.difficultadvice.provider;

/** The environment variable that should hold an API key is unset or blank. */
public final class MissingApiKeyException extends Exception {
  private final String variable;

  public MissingApiKeyException(String variable) {
    super(
        variable
            + " is not set; export "
            + variable
            + "=<your key> or name another variable with --api-key-env");
    this.variable = variable;
  }

  /** The variable that was read. */
  public String variable() {
    return variable;
  }
}
