package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The embedded model used by the {@code local} provider.
 *
 * @param path a GGUF file; {@code null} means search the usual places, then download {@code url}
 * @param url where to download the model from when no file is found
 * @param threads CPU threads; {@code null} or 0 means all cores
 * @param contextSize context window in tokens
 */
public record LocalModelSettings(
    @JsonProperty("path") String path,
    @JsonProperty("url") String url,
    @JsonProperty("threads") Integer threads,
    @JsonProperty("context_size") Integer contextSize) {

  public LocalModelSettings {
    url = url == null
        ? "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/"
            + "qwen2.5-0.5b-instruct-q4_k_m.gguf"
        : url;
    threads = threads == null ? 0 : threads;
    contextSize = contextSize == null ? 4096 : contextSize;
  }

  public static LocalModelSettings defaults() {
    return new LocalModelSettings(null, null, null, null);
  }
}
