package org.difficultadvice.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A request for structured output: the answer must be one JSON object valid against {@code
 * schema}. Each provider maps it onto its API's own feature (OpenAI {@code response_format}
 * json_schema, an Anthropic forced tool call, a JSON grammar for the local model) and returns
 * the JSON object's text as the completion's text.
 *
 * @param name a short identifier ({@code [a-zA-Z0-9_-]+}), used as the schema or tool name
 */
public record OutputSchema(String name, ObjectNode schema) {
  public OutputSchema {
    Objects.requireNonNull(schema, "schema");
    if (name == null || !name.matches("[a-zA-Z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("schema name must match [a-zA-Z0-9_-]{1,64}: " + name);
    }
    schema = schema.deepCopy();
  }

  @Override
  public ObjectNode schema() {
    return schema.deepCopy();
  }
}
