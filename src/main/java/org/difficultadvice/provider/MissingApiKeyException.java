package org.difficultadvice.provider;

/**
 * No usable API key: the environment variable that should hold it is unset or blank, or holds
 * something no HTTP header can carry. The message names the variable and how to set it, never the
 * value.
 */
public final class MissingApiKeyException extends Exception {
  private final String variable;

  private MissingApiKeyException(String variable, String message) {
    super(message);
    this.variable = variable;
  }

  static MissingApiKeyException unset(String variable) {
    return new MissingApiKeyException(
        variable,
        variable
            + " is not set; export "
            + variable
            + "=<your key> or name another variable with --api-key-env");
  }

  static MissingApiKeyException unusable(String variable) {
    return new MissingApiKeyException(
        variable,
        variable
            + " holds a character an HTTP header cannot carry (a key is printable ASCII without"
            + " spaces); export "
            + variable
            + "=<your key> again, copied without stray characters");
  }

  /** The variable that was read. */
  public String variable() {
    return variable;
  }
}
