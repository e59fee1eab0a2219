package org.difficultadvice.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.difficultadvice.generate.JsonAnswer;
import org.difficultadvice.provider.OutputSchema;

/**
 * A situation the scenario stage wrote for one spec's cell, in the shape of a template's
 * header and brief.
 *
 * @param title one line naming the situation, which diversity figures count as its story
 * @param affected who else the situation touches
 */
public record Scenario(
    String title, String brief, String goal, String stakes, String pressure, String affected) {
  private static final String[] FIELDS =
      {"title", "brief", "goal", "stakes", "pressure", "affected"};

  /** The structured output every provider is asked for (strict JSON schema). */
  public static final OutputSchema SCHEMA = schema();

  /** Briefs longer than this are not briefs: the model wrote the chat or an essay instead. */
  static final int MAX_BRIEF_WORDS = 260;
  static final int MIN_BRIEF_WORDS = 40;
  static final int MAX_TITLE_WORDS = 16;

  private static OutputSchema schema() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode properties = f.objectNode();
    ObjectNode schema = f.objectNode().put("type", "object");
    var required = f.arrayNode();
    for (String field : FIELDS) {
      properties.set(field, f.objectNode().put("type", "string"));
      required.add(field);
    }
    schema.set("properties", properties);
    schema.set("required", required);
    schema.put("additionalProperties", false);
    return new OutputSchema("scenario", schema);
  }

  /**
   * Reads the answer as the realize stage does (the outermost braces, for models that wrap the
   * object in prose). Empty when a field is missing or blank, the title runs over one line, or
   * the brief is not brief-sized: the caller asks again.
   */
  public static Optional<Scenario> parse(String answer) {
    return JsonAnswer.object(answer).flatMap(Scenario::fromJson);
  }

  private static Optional<Scenario> fromJson(JsonNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        return Optional.empty();
      }
      values.put(field, value.asText().strip());
    }
    String title = values.get("title");
    int briefWords = values.get("brief").split("\\s+").length;
    if (title.contains("\n") || title.split("\\s+").length > MAX_TITLE_WORDS
        || briefWords < MIN_BRIEF_WORDS || briefWords > MAX_BRIEF_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Scenario(title, values.get("brief"), values.get("goal"),
        values.get("stakes"), values.get("pressure"), values.get("affected")));
  }

  /** The text the brief-level filters read: everything the stage wrote. */
  String allText() {
    return String.join("\n", title, brief, goal, stakes, pressure, affected);
  }
}
