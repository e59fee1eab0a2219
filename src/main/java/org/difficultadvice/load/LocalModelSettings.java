package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The embedded model used by the {@code local} provider.
 *
 * @param path a GGUF file; {@code null} means search the usual places, then download {@code url}
 * @param url where to download the model from when no file is found
 * @param threads CPU threads; {@code null} or 0 means all cores
 * @param contextSize context window in tokens
 * @param specs how many specs a job run on the embedded model plans when neither the config's
 *     {@code specs} nor {@code --specs} nor {@code --budget-tokens} says: a 0.5B model on a CPU
 *     shows the pipeline end to end, it does not make a release; {@code null}: sized from the
 *     budget like any job
 * @param budgetTokens the token target of such a job, likewise; {@code null}: {@code
 *     budget.tokens}
 */
public record LocalModelSettings(
    @JsonProperty("path") String path,
    @JsonProperty("url") String url,
    @JsonProperty("threads") Integer threads,
    @JsonProperty("context_size") Integer contextSize,
    @JsonProperty("specs") Integer specs,
    @JsonProperty("budget_tokens") Long budgetTokens) {

  public LocalModelSettings {
    url = url == null
        ? "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/"
            + "qwen2.5-0.5b-instruct-q4_k_m.gguf"
        : url;
    threads = threads == null ? 0 : threads;
    contextSize = contextSize == null ? 4096 : contextSize;
    if (specs != null && specs < 1) {
      throw new IllegalArgumentException("specs must be at least 1, was " + specs);
    }
    if (budgetTokens != null && budgetTokens < 1) {
      throw new IllegalArgumentException("budget_tokens must be at least 1, was " + budgetTokens);
    }
  }

  public LocalModelSettings(String path, String url, Integer threads, Integer contextSize) {
    this(path, url, threads, contextSize, null, null);
  }

  public static LocalModelSettings defaults() {
    return new LocalModelSettings(null, null, null, null);
  }
}
