package org.difficultadvice.provider;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An API key read from the environment, with the name of the variable it came from. The value never
 * appears in {@link #toString()}, and {@link #redact(String)} scrubs it from any text a server
 * sends back, so an exception message or a log line cannot leak it.
 */
public final class ApiKey {
  private static final String MASK = "***";

  private final String variable;
  private final String secret;

  private ApiKey(String variable, String secret) {
    this.variable = variable;
    this.secret = secret;
  }

  /**
   * Reads a key that the API requires.
   *
   * @param environment {@code System.getenv()} in production, a plain map in tests
   * @throws MissingApiKeyException the variable is unset or blank; the message says how to set it
   */
  public static ApiKey fromEnvironment(String variable, Map<String, String> environment)
      throws MissingApiKeyException {
    return optionalFromEnvironment(variable, environment)
        .orElseThrow(() -> MissingApiKeyException.unset(variable));
  }

  /**
   * Reads a key that the server may not need (a local vLLM, llama.cpp or Ollama server): an unset
   * or blank variable gives an empty optional and the request goes without a key.
   *
   * @throws MissingApiKeyException the variable is set but holds a character an HTTP header cannot
   *     carry, so no request could send it
   */
  public static Optional<ApiKey> optionalFromEnvironment(
      String variable, Map<String, String> environment) throws MissingApiKeyException {
    checkVariableName(variable);
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String secret = value.strip();
    // Checked here because OkHttp's own check would quote the value in its message for any
    // header but Authorization (x-api-key included).
    if (!secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw MissingApiKeyException.unusable(variable);
    }
    return Optional.of(new ApiKey(variable, secret));
  }

  /** The environment variable the key was read from, for messages such as a 401's. */
  public String variable() {
    return variable;
  }

  /** The key itself, for the one header that carries it. Never log or store what this returns. */
  public String secret() {
    return secret;
  }

  /** {@code text} with every occurrence of the key replaced by {@code ***}. */
  public String redact(String text) {
    return text.replace(secret, MASK);
  }

  @Override
  public String toString() {
    return "ApiKey[" + variable + "=" + MASK + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey that
        && variable.equals(that.variable)
        && secret.equals(that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(variable, secret);
  }

  private static void checkVariableName(String variable) {
    if (variable == null || !variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "an environment variable name is letters, digits and '_', not starting with a digit: "
              + variable);
    }
  }
}
