package org.difficultadvice.provider.anthropic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The parts of a Messages answer we read; any field may be missing (null) and is checked. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MessagesResponse(
    String id,
    String model,
    List<ContentBlock> content,
    @JsonProperty("stop_reason") String stopReason,
    Usage usage) {

  /**
   * A {@code text} block carries {@code text}; a {@code tool_use} block {@code name} and {@code
   * input}.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ContentBlock(String type, String text, String name, JsonNode input) {}

  /**
   * {@code input_tokens} counts only the input after the last cache mark: cache reads and writes
   * are reported beside it, not in it.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Usage(
      @JsonProperty("input_tokens") Long inputTokens,
      @JsonProperty("output_tokens") Long outputTokens,
      @JsonProperty("cache_read_input_tokens") Long cacheReadInputTokens,
      @JsonProperty("cache_creation_input_tokens") Long cacheCreationInputTokens) {}
}
