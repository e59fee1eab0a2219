package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.difficultadvice.provider.Reasoning;

/**
 * Which model backend answers, and how it is sampled.
 *
 * @param name {@code local}, {@code openai} or {@code anthropic}
 * @param baseUrl the API root; {@code null} means the provider's public default
 * @param apiKeyEnv the environment variable holding the key; {@code null} means the provider's
 *     usual one ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY})
 * @param reasoning whether the model is a reasoning model; {@code null} means {@code auto} (by the
 *     model's name). Left out of the canonical config when unset, so run directories made before
 *     the setting existed still resume.
 * @param reasoningAllowance tokens a reasoning model may spend thinking, on top of each stage's
 *     answer limit; {@code null} means {@link #DEFAULT_REASONING_ALLOWANCE}
 * @param baseUrls more API roots serving the same model (replicas of one server); calls are
 *     spread over {@code baseUrl} and these. Empty when unset, and then left out of the
 *     canonical config
 */
public record ProviderSettings(
    @JsonProperty("name") String name,
    @JsonProperty("model") String model,
    @JsonProperty("base_url") String baseUrl,
    @JsonProperty("api_key_env") String apiKeyEnv,
    @JsonProperty("temperature") Double temperature,
    @JsonProperty("top_p") Double topP,
    @JsonProperty("max_tokens") Integer maxTokens,
    @JsonProperty("reasoning") @JsonInclude(JsonInclude.Include.NON_NULL) Reasoning reasoning,
    @JsonProperty("reasoning_allowance") @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer reasoningAllowance,
    @JsonProperty("base_urls") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> baseUrls) {

  /**
   * Room for medium-effort reasoning before a one-page answer: OpenAI's reasoning models
   * typically think for hundreds to a few thousand tokens on a writing task. A limit is only a
   * ceiling (billing counts what is used), but OpenAI counts it against tokens per minute when it
   * admits a request, so a larger one slows a run that is held by that limit. Raise it when the
   * quality report shows answers dropped as truncated.
   */
  public static final int DEFAULT_REASONING_ALLOWANCE = 4096;

  public ProviderSettings {
    name = name == null ? "local" : name;
    model = model == null ? "qwen2.5-0.5b-instruct-q4_k_m" : model;
    temperature = temperature == null ? 0.8 : temperature;
    topP = topP == null ? 0.95 : topP;
    maxTokens = maxTokens == null ? 1024 : maxTokens;
    if (baseUrls != null && baseUrls.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("base_urls must list URLs, and one entry is empty");
    }
    baseUrls = baseUrls == null ? List.of() : List.copyOf(baseUrls);
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
    if (reasoningAllowance != null && reasoningAllowance < 0) {
      throw new IllegalArgumentException(
          "reasoning_allowance must be 0 or more tokens, was " + reasoningAllowance);
    }
  }

  /** Settings with a single base URL, as before {@code base_urls} existed. */
  public ProviderSettings(String name, String model, String baseUrl, String apiKeyEnv,
      Double temperature, Double topP, Integer maxTokens, Reasoning reasoning,
      Integer reasoningAllowance) {
    this(name, model, baseUrl, apiKeyEnv, temperature, topP, maxTokens, reasoning,
        reasoningAllowance, List.of());
  }

  public static ProviderSettings defaults() {
    return new ProviderSettings(null, null, null, null, null, null, null, null, null);
  }

  /** The same settings served from {@code urls} instead of the configured base URLs. */
  public ProviderSettings withBaseUrls(List<String> urls) {
    return new ProviderSettings(name, model, urls.isEmpty() ? null : urls.get(0), apiKeyEnv,
        temperature, topP, maxTokens, reasoning, reasoningAllowance,
        urls.size() <= 1 ? List.of() : urls.subList(1, urls.size()));
  }

  /**
   * Every configured API root, {@code base_url} first, each once; empty means the provider's
   * public default.
   */
  @JsonIgnore
  public List<String> endpoints() {
    List<String> all = new ArrayList<>();
    if (baseUrl != null) {
      all.add(baseUrl);
    }
    for (String url : baseUrls) {
      if (!all.contains(url)) {
        all.add(url);
      }
    }
    return List.copyOf(all);
  }

  /** The reasoning setting, {@code auto} when unset. */
  @JsonIgnore
  public Reasoning reasoningMode() {
    return reasoning == null ? Reasoning.AUTO : reasoning;
  }

  /** Whether this job's model reasons before it answers. */
  @JsonIgnore
  public boolean reasoningModel() {
    return name.equals("openai") && reasoningMode().appliesTo(model);
  }

  /**
   * The token limit to send for an answer of at most {@code answerTokens}: for a reasoning model,
   * the answer plus the reasoning allowance, so thinking does not cut the answer short.
   */
  public int tokenLimit(int answerTokens) {
    if (!reasoningModel()) {
      return answerTokens;
    }
    return answerTokens
        + (reasoningAllowance == null ? DEFAULT_REASONING_ALLOWANCE : reasoningAllowance);
  }
}
