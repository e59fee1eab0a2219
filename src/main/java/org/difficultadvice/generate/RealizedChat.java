package org.difficultadvice.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.difficultadvice.provider.OutputSchema;

/** What the realize stage returns: a system prompt (possibly empty) and the user's message. */
record RealizedChat(String systemPrompt, String userMessage) {

  static final OutputSchema SCHEMA = schema();

  private static OutputSchema schema() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode properties = f.objectNode();
    properties.set("system_prompt", f.objectNode().put("type", "string"));
    properties.set("user_message", f.objectNode().put("type", "string"));
    ObjectNode schema = f.objectNode().put("type", "object");
    schema.set("properties", properties);
    schema.set("required", f.arrayNode().add("system_prompt").add("user_message"));
    schema.put("additionalProperties", false);
    return new OutputSchema("realized_chat", schema);
  }

  /**
   * Reads the answer defensively: models without strict structured output sometimes wrap the
   * object in prose or a code fence, so the outermost braces are taken. Anything else that is
   * off gives empty, which the caller counts as a failed attempt.
   */
  static Optional<RealizedChat> parse(String answer) {
    return JsonAnswer.object(answer).flatMap(node -> {
      JsonNode user = node.get("user_message");
      JsonNode system = node.get("system_prompt");
      if (user == null || !user.isTextual() || user.asText().isBlank()) {
        return Optional.empty();
      }
      String systemText = system != null && system.isTextual() ? system.asText().strip() : "";
      return Optional.of(new RealizedChat(systemText, user.asText().strip()));
    });
  }

}
