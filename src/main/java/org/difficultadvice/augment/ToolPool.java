package org.difficultadvice.augment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;

/** Tool definitions in OpenAI {@code tools} form that augmentation attaches, in file order. */
public final class ToolPool {
  /** OpenAI's rule for function names. */
  static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  private final List<ObjectNode> tools;

  public ToolPool(List<ObjectNode> tools) {
    if (tools.isEmpty()) {
      throw new IllegalArgumentException("a tool pool needs at least one tool");
    }
    this.tools = tools.stream().map(ObjectNode::deepCopy).toList();
  }

  /**
   * Reads {@code tools.jsonl}: one {@code {"type":"function","function":{"name",
   * "description","parameters"}}} per line, names unique, {@code parameters} (when present) a
   * JSON schema of type object. Every problem is reported with its line.
   */
  public static ToolPool load(Path file) throws InvalidInputException {
    List<Diagnostic> problems = new ArrayList<>();
    List<ObjectNode> tools = new ArrayList<>();
    Map<String, Integer> firstLineOfName = new HashMap<>();
    for (JsonlPoolReader.Line line : JsonlPoolReader.read(file, "tools", problems)) {
      JsonNode node = line.node();
      String problem = problemOf(node);
      if (problem != null) {
        problems.add(Diagnostic.at(file, line.number(), problem,
            "write an OpenAI tool: {\"type\":\"function\",\"function\":{\"name\":...,"
                + "\"description\":...,\"parameters\":{\"type\":\"object\",...}}}"));
        continue;
      }
      String name = node.get("function").get("name").asText();
      Integer earlier = firstLineOfName.putIfAbsent(name, line.number());
      if (earlier != null) {
        problems.add(Diagnostic.at(file, line.number(),
            "duplicate tool name '" + name + "' (first on line " + earlier + ")",
            "give each tool its own name"));
        continue;
      }
      tools.add((ObjectNode) node);
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(Diagnostic::line));
      throw new InvalidInputException(problems);
    }
    return new ToolPool(tools);
  }

  private static String problemOf(JsonNode tool) {
    if (!"function".equals(tool.path("type").asText(null))) {
      return "\"type\" must be \"function\"";
    }
    JsonNode function = tool.get("function");
    if (function == null || !function.isObject()) {
      return "\"function\" must be an object";
    }
    JsonNode name = function.get("name");
    if (name == null || !name.isTextual() || !FUNCTION_NAME.matcher(name.asText()).matches()) {
      return "function.name must be 1-64 letters, digits, '_' or '-'";
    }
    JsonNode description = function.get("description");
    if (description != null && !description.isTextual()) {
      return "function.description must be a string";
    }
    JsonNode parameters = function.get("parameters");
    if (parameters != null
        && (!parameters.isObject() || !"object".equals(parameters.path("type").asText(null)))) {
      return "function.parameters must be a JSON schema with \"type\": \"object\"";
    }
    return null;
  }

  public int size() {
    return tools.size();
  }

  /** A copy of the tool at {@code index}. */
  public ObjectNode get(int index) {
    return tools.get(index).deepCopy();
  }
}
