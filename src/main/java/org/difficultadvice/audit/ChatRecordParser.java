package org.difficultadvice.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSONL line as a chat in whichever known format it is written in, and names every
 * schema problem it has. Formats are detected per line, so a mixed file is audited too.
 */
public final class ChatRecordParser {
  /** ShareGPT's speaker names (and the OpenAI roles) mapped to the roles the audit counts. */
  private static final Map<String, String> ROLES =
      Map.ofEntries(
          Map.entry("system", "system"),
          Map.entry("developer", "system"),
          Map.entry("user", "user"),
          Map.entry("human", "user"),
          Map.entry("assistant", "assistant"),
          Map.entry("gpt", "assistant"),
          Map.entry("chatgpt", "assistant"),
          Map.entry("model", "assistant"),
          Map.entry("tool", "tool"),
          Map.entry("function", "tool"),
          Map.entry("observation", "tool"),
          Map.entry("function_call", "assistant"));

  private final ObjectMapper json;

  public ChatRecordParser(ObjectMapper json) {
    this.json = json;
  }

  public ParsedLine parse(String file, long line, String text) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      return notJson(file, line, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return notJson(file, line, node == null ? "blank line" : "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
    }
    ObjectNode object = (ObjectNode) node;
    Optional<ObjectNode> metadata =
        object.get("metadata") instanceof ObjectNode meta ? Optional.of(meta) : Optional.empty();
    if (object.get("messages") instanceof com.fasterxml.jackson.databind.node.ArrayNode messages) {
      return chat(file, line, ChatFormat.OPENAI, messages, "role", "content", metadata,
          toolsJson(object.get("tools")));
    }
    if (object.get("conversations") instanceof com.fasterxml.jackson.databind.node.ArrayNode turns) {
      return chat(file, line, ChatFormat.SHAREGPT, turns, "from", "value", metadata,
          toolsJson(object.get("tools")));
    }
    if (object.has("text") && object.get("text").isTextual()) {
      String content = object.get("text").asText();
      if (content.isBlank()) {
        return ParsedLine.bad(
            Optional.of(ChatFormat.TEXT),
            List.of(new SchemaError(file, line, SchemaProblem.EMPTY_CONTENT, "\"text\" is blank")));
      }
      return ParsedLine.good(
          new ChatRecord(ChatFormat.TEXT, List.of(new Turn("text", content)), metadata));
    }
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return ParsedLine.bad(
        Optional.empty(),
        List.of(new SchemaError(file, line, SchemaProblem.UNKNOWN_FORMAT, "keys " + keys)));
  }

  private static ParsedLine notJson(String file, long line, String why) {
    return ParsedLine.bad(
        Optional.empty(), List.of(new SchemaError(file, line, SchemaProblem.NOT_JSON, why)));
  }

  private static ParsedLine chat(
      String file,
      long line,
      ChatFormat format,
      JsonNode turnNodes,
      String roleKey,
      String contentKey,
      Optional<ObjectNode> metadata,
      String toolsJson) {
    List<SchemaError> errors = new ArrayList<>();
    List<Turn> turns = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    boolean hasAssistant = false;
    for (int i = 0; i < turnNodes.size(); i++) {
      JsonNode turn = turnNodes.get(i);
      String where = "turn " + (i + 1);
      JsonNode roleNode = turn.get(roleKey);
      if (roleNode == null || !roleNode.isTextual() || roleNode.asText().isBlank()) {
        errors.add(new SchemaError(file, line, SchemaProblem.MISSING_ROLE, where + " has no \"" + roleKey + "\""));
        continue;
      }
      String role = ROLES.get(roleNode.asText().toLowerCase(Locale.ROOT));
      if (role == null) {
        errors.add(new SchemaError(file, line, SchemaProblem.UNKNOWN_ROLE, where + ": \"" + roleNode.asText() + "\""));
        continue;
      }
      String content = contentOf(turn.get(contentKey));
      // An assistant turn that only calls tools has no text and is still well formed.
      boolean callsTools = turn.has("tool_calls") || turn.has("function_call");
      if (content.isBlank() && !callsTools) {
        errors.add(new SchemaError(file, line, SchemaProblem.EMPTY_CONTENT, where + " (" + role + ")"));
      }
      hasAssistant |= role.equals("assistant");
      turns.add(new Turn(role, content));
      labels.add(roleNode.asText());
    }
    if (turnNodes.size() == 0) {
      errors.add(new SchemaError(file, line, SchemaProblem.EMPTY_CONTENT, "no turns"));
    } else if (!hasAssistant && turns.size() == turnNodes.size()) {
      // Only when every role was readable: a missing or unknown role may have been the answer.
      errors.add(new SchemaError(file, line, SchemaProblem.NO_ASSISTANT_TURN, ""));
    }
    if (!errors.isEmpty()) {
      return ParsedLine.bad(Optional.of(format), errors);
    }
    return ParsedLine.good(new ChatRecord(format, turns, metadata, labels, toolsJson));
  }

  /**
   * Tool definitions as the token count sees them: an array (OpenAI) as compact JSON, a string
   * (ShareGPT writes the array as one) as it is; empty when absent or empty.
   */
  private static String toolsJson(JsonNode tools) {
    if (tools == null || tools.isNull() || (tools.isArray() && tools.isEmpty())) {
      return "";
    }
    return tools.isTextual() ? tools.asText() : tools.toString();
  }

  /** A string, or OpenAI's list of content parts of which the text parts are kept. */
  private static String contentOf(JsonNode content) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isTextual()) {
      return content.asText();
    }
    if (content.isArray()) {
      StringBuilder out = new StringBuilder();
      for (JsonNode part : content) {
        JsonNode text = part.isTextual() ? part : part.get("text");
        if (text != null && text.isTextual()) {
          out.append(text.asText());
        }
      }
      return out.toString();
    }
    return content.toString();
  }
}
