package org.difficultadvice.provider.anthropic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The body of {@code POST /v1/messages}; absent (null) fields are not sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MessagesRequest(
    String model,
    @JsonProperty("max_tokens") int maxTokens,
    String system,
    List<Message> messages,
    double temperature,
    List<Tool> tools,
    @JsonProperty("tool_choice") ToolChoice toolChoice) {

  /** {@code role} is {@code user} or {@code assistant}; the system prompt is top-level. */
  record Message(String role, String content) {}

  record Tool(
      String name, String description, @JsonProperty("input_schema") ObjectNode inputSchema) {}

  /** {@code {"type": "tool", "name": ...}} forces the model to call that tool. */
  record ToolChoice(String type, String name) {
    static ToolChoice force(String name) {
      return new ToolChoice("tool", name);
    }
  }
}
