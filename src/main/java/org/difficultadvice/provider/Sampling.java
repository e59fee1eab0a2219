package org.difficultadvice.provider;

/**
 * Sampling settings sent with a request.
 *
 * @param seed a seed for backends that honour one (OpenAI-compatible servers, the local model);
 *     {@code null} sends none
 */
public record Sampling(double temperature, double topP, int maxTokens, Long seed) {
  public Sampling {
    if (temperature < 0 || temperature > 2) {
      throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
    }
    if (topP <= 0 || topP > 1) {
      throw new IllegalArgumentException("top_p must be in (0, 1], was " + topP);
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("max_tokens must be at least 1, was " + maxTokens);
    }
  }
}
