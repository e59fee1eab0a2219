package org.difficultadvice.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documented rules of OpenAI chat fine-tuning files and of Hugging Face TRL's
 * conversational format, checked on one parsed record. Returns what is wrong, empty if nothing.
 */
final class OpenAiChatRules {
  private static final Set<String> ROLES = Set.of("system", "user", "assistant");
  private static final Pattern FUNCTION_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
  private static final Set<String> TOP_LEVEL = Set.of("messages", "tools", "metadata");

  private OpenAiChatRules() {}

  static List<String> violations(JsonNode record) {
    List<String> problems = new ArrayList<>();
    if (!record.isObject()) {
      return List.of("record is not a JSON object");
    }
    record.fieldNames().forEachRemaining(name -> {
      if (!TOP_LEVEL.contains(name)) {
        problems.add("unexpected top-level key " + name);
      }
    });
    JsonNode messages = record.get("messages");
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      problems.add("messages must be a non-empty list");
      return problems;
    }
    boolean sawAssistant = false;
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      if (!message.isObject()) {
        problems.add("messages[" + i + "] is not an object");
        continue;
      }
      JsonNode role = message.get("role");
      JsonNode content = message.get("content");
      if (role == null || !role.isTextual() || !ROLES.contains(role.asText())) {
        problems.add("messages[" + i + "].role must be system, user or assistant");
      } else if (role.asText().equals("system") && i != 0) {
        problems.add("messages[" + i + "] system message must come first");
      }
      if (content == null || !content.isTextual()) {
        problems.add("messages[" + i + "].content must be a string");
      } else if (content.asText().isBlank()) {
        problems.add("messages[" + i + "].content is empty");
      }
      if (message.size() != 2) {
        problems.add("messages[" + i + "] must hold only role and content");
      }
      sawAssistant |= role != null && "assistant".equals(role.asText());
    }
    JsonNode last = messages.get(messages.size() - 1);
    if (!sawAssistant || !"assistant".equals(last.path("role").asText())) {
      problems.add("the last message must be the assistant's");
    }
    JsonNode tools = record.get("tools");
    if (tools != null) {
      if (!tools.isArray() || tools.isEmpty()) {
        problems.add("tools, when present, must be a non-empty list");
      } else {
        for (int i = 0; i < tools.size(); i++) {
          problems.addAll(toolViolations(tools.get(i), "tools[" + i + "]"));
        }
      }
    }
    JsonNode metadata = record.get("metadata");
    if (metadata != null && !metadata.isObject()) {
      problems.add("metadata must be an object");
    }
    return problems;
  }

  private static List<String> toolViolations(JsonNode tool, String where) {
    List<String> problems = new ArrayList<>();
    if (!"function".equals(tool.path("type").asText())) {
      problems.add(where + ".type must be function");
    }
    JsonNode function = tool.path("function");
    if (!function.isObject()) {
      problems.add(where + ".function must be an object");
      return problems;
    }
    if (!FUNCTION_NAME.matcher(function.path("name").asText("")).matches()) {
      problems.add(where + ".function.name must match " + FUNCTION_NAME.pattern());
    }
    JsonNode description = function.get("description");
    if (description != null && !description.isTextual()) {
      problems.add(where + ".function.description must be a string");
    }
    JsonNode parameters = function.get("parameters");
    if (parameters != null
        && (!parameters.isObject() || !"object".equals(parameters.path("type").asText()))) {
      problems.add(where + ".function.parameters must be a JSON schema of type object");
    }
    return problems;
  }

  /**
   * TRL's conversational format: a {@code messages} list of dicts holding string
   * {@code role} and {@code content}, that a chat template can render.
   */
  static List<String> trlViolations(JsonNode record) {
    List<String> problems = new ArrayList<>();
    JsonNode messages = record.path("messages");
    if (!messages.isArray() || messages.isEmpty()) {
      return List.of("messages must be a non-empty list");
    }
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      if (!message.path("role").isTextual() || !message.path("content").isTextual()) {
        problems.add("messages[" + i + "] needs string role and content");
      }
    }
    return problems;
  }
}
