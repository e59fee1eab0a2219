package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which model backend answers, and how it is sampled.
 *
 * @param name {@code local}, {@code openai} or {@code anthropic}
 * @param baseUrl the API root; {@code null} means the provider's public default
 * @param apiKeyEnv the environment variable holding the key; {@code null} means the provider's
 *     usual one ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY})
 */
public record ProviderSettings(
    @JsonProperty("name") String name,
    @JsonProperty("model") String model,
    @JsonProperty("base_url") String baseUrl,
    @JsonProperty("api_key_env") String apiKeyEnv,
    @JsonProperty("temperature") Double temperature,
    @JsonProperty("top_p") Double topP,
    @JsonProperty("max_tokens") Integer maxTokens) {

  public ProviderSettings {
    name = name == null ? "local" : name;
    model = model == null ? "qwen2.5-0.5b-instruct-q4_k_m" : model;
    temperature = temperature == null ? 0.8 : temperature;
    topP = topP == null ? 0.95 : topP;
    maxTokens = maxTokens == null ? 1024 : maxTokens;
    // The same bounds every request's Sampling enforces, checked here so that validate and the
    // config's line report them instead of the first model call.
    if (!(temperature >= 0 && temperature <= 2)) {
      throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
    }
    if (!(topP > 0 && topP <= 1)) {
      throw new IllegalArgumentException("top_p must be in (0, 1], was " + topP);
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("max_tokens must be at least 1, was " + maxTokens);
    }
  }

  public static ProviderSettings defaults() {
    return new ProviderSettings(null, null, null, null, null, null, null);
  }
}
