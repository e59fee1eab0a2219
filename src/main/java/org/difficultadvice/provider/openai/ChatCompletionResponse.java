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

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Usage(
      @JsonProperty("prompt_tokens") Long promptTokens,
      @JsonProperty("completion_tokens") Long completionTokens) {}
}
