package org.difficultadvice.provider.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The parts of a chat completion we read; any field may be missing (null) and is checked. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChatCompletionResponse(String id, String model, List<Choice> choices, Usage usage) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Choice(Message message, @JsonProperty("finish_reason") String finishReason) {}

  /**
   * {@code refusal} is set instead of {@code content} when the model declines a schema'd answer.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Message(String content, String refusal) {}

  /**
   * {@code prompt_tokens} includes {@code prompt_tokens_details.cached_tokens};
   * {@code completion_tokens} includes {@code completion_tokens_details.reasoning_tokens}.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Usage(
      @JsonProperty("prompt_tokens") Long promptTokens,
      @JsonProperty("completion_tokens") Long completionTokens,
      @JsonProperty("prompt_tokens_details") PromptDetails promptDetails,
      @JsonProperty("completion_tokens_details") CompletionDetails completionDetails) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PromptDetails(@JsonProperty("cached_tokens") Long cachedTokens) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CompletionDetails(@JsonProperty("reasoning_tokens") Long reasoningTokens) {}
}
