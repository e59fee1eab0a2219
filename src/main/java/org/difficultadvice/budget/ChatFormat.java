package org.difficultadvice.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.difficultadvice.generate.Example;

/**
 * How an example is laid out as a chat in each export format: the role label of each turn and
 * how tool definitions are written. Budgeting counts, and export writes, from this one layout,
 * so the tokens counted are the tokens exported.
 */
public enum ChatFormat {
  /**
   * OpenAI chat fine-tuning and Hugging Face TRL's conversational form: roles {@code system},
   * {@code user}, {@code assistant}; {@code tools} a JSON array of tool objects.
   */
  OPENAI("openai", "system", "user", "assistant"),
  /**
   * The common ShareGPT layout (LLaMA-Factory, Axolotl): {@code from} is {@code system},
   * {@code human} or {@code gpt}; {@code tools} is the JSON array written as a string.
   */
  SHAREGPT("sharegpt", "system", "human", "gpt"),
  /**
   * Plain text for the text kinds (documents, stories): {@code {"text": ...}}, one turn with
   * no framing; the text is the example's answer.
   */
  TEXT("text", "", "", "text");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String configName;
  private final String systemRole;
  private final String userRole;
  private final String assistantRole;

  ChatFormat(String configName, String systemRole, String userRole, String assistantRole) {
    this.configName = configName;
    this.systemRole = systemRole;
    this.userRole = userRole;
    this.assistantRole = assistantRole;
  }

  /** The format named in the config ({@code openai}, {@code sharegpt} or {@code text}). */
  public static ChatFormat fromConfig(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (ChatFormat format : values()) {
      if (format.configName.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '" + name + "'; use openai, sharegpt or text");
  }

  public String configName() {
    return configName;
  }

  /** The turns as exported: the system turn only when the prompt is not empty. */
  public List<Turn> turns(Example example) {
    if (this == TEXT) {
      return List.of(new Turn(assistantRole, example.assistantMessage()));
    }
    List<Turn> turns = new ArrayList<>(3);
    if (!example.systemPrompt().isEmpty()) {
      turns.add(new Turn(systemRole, example.systemPrompt()));
    }
    turns.add(new Turn(userRole, example.userMessage()));
    turns.add(new Turn(assistantRole, example.assistantMessage()));
    return turns;
  }

  /** The tool definitions as compact JSON, in the order given; empty when there are none. */
  public String toolsJson(List<ObjectNode> tools) {
    if (tools.isEmpty()) {
      return "";
    }
    try {
      return JSON.writeValueAsString(JSON.valueToTree(tools));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("tool definitions could not be written as JSON", e);
    }
  }

  /** One turn of the chat: its role label in this format and its text. */
  public record Turn(String role, String content) {
    public Turn {
      java.util.Objects.requireNonNull(role, "role");
      java.util.Objects.requireNonNull(content, "content");
    }
  }
}
