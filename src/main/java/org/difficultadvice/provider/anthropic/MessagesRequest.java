package org.difficultadvice.provider.anthropic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The body of {@code POST /v1/messages}; absent (null) fields are not sent. {@code system} is a
 * plain string, or a list of {@link TextBlock}s when part of it is marked for the prompt cache.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MessagesRequest(
    String model,
    @JsonProperty("max_tokens") int maxTokens,
    Object system,
    List<Message> messages,
    double temperature,
    List<Tool> tools,
    @JsonProperty("tool_choice") ToolChoice toolChoice) {

  /** {@code role} is {@code user} or {@code assistant}; the system prompt is top-level. */
  record Message(String role, String content) {}

  /** A part of the system prompt; {@code cache_control} marks the end of a cached prefix. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TextBlock(
      String type, String text, @JsonProperty("cache_control") CacheControl cacheControl) {
    static TextBlock plain(String text) {
      return new TextBlock("text", text, null);
    }

    static TextBlock cached(String text) {
      return new TextBlock("text", text, CacheControl.EPHEMERAL);
    }
  }

  /** {@code {"type": "ephemeral"}}: the cache's default five-minute lifetime. */
  record CacheControl(String type) {
    static final CacheControl EPHEMERAL = new CacheControl("ephemeral");
  }

  record Tool(
      String name, String description, @JsonProperty("input_schema") ObjectNode inputSchema) {}

  /** {@code {"type": "tool", "name": ...}} forces the model to call that tool. */
  record ToolChoice(String type, String name) {
    static ToolChoice force(String name) {
      return new ToolChoice("tool", name);
    }
  }
}
