package org.difficultadvice.provider.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The body of {@code POST /chat/completions}; absent (null) fields are not sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChatCompletionRequest(
    String model,
    List<Message> messages,
    Double temperature,
    @JsonProperty("top_p") Double topP,
    @JsonProperty("max_tokens") Integer maxTokens,
    @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
    Long seed,
    @JsonProperty("response_format") ResponseFormat responseFormat) {

  record Message(String role, String content) {}

  /** {@code {"type": "json_schema", "json_schema": {...}}}: structured output. */
  record ResponseFormat(String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {
    static ResponseFormat of(String name, ObjectNode schema) {
      return new ResponseFormat("json_schema", new JsonSchema(name, true, schema));
    }
  }

  /**
   * With {@code strict: true} the model's answer is guaranteed to match the schema, which OpenAI
   * accepts only for schemas whose objects set {@code additionalProperties: false} and list every
   * property as required.
   */
  record JsonSchema(String name, boolean strict, ObjectNode schema) {}
}
