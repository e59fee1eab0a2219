package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The augmentation pools parse line by line and are varied enough to be worth attaching. */
class PoolsTest {
  private static final Path POOLS = Path.of("generator", "pools");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> lines(String file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    List<String> raw = Files.readAllLines(POOLS.resolve(file));
    for (int i = 0; i < raw.size(); i++) {
      assertFalse(raw.get(i).isBlank(), file + ":" + (i + 1) + " is blank");
      nodes.add(JSON.readTree(raw.get(i)));
    }
    return nodes;
  }

  @Test
  void atLeast45DistinctSystemPromptsMostNotStartingYouAre() throws IOException {
    List<JsonNode> prompts = lines("system-prompts.jsonl");
    assertTrue(prompts.size() >= 45, "system prompts: " + prompts.size());
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    int notYouAre = 0;
    for (JsonNode p : prompts) {
      assertEquals(Set.of("id", "text"), fieldNames(p));
      assertTrue(ids.add(p.get("id").asText()), "duplicate id " + p.get("id"));
      String text = p.get("text").asText();
      assertFalse(text.isBlank());
      assertTrue(texts.add(text), "duplicate text " + p.get("id"));
      notYouAre += text.startsWith("You are") ? 0 : 1;
    }
    assertTrue(notYouAre >= prompts.size() * 3 / 4, "not starting 'You are': " + notYouAre);
    long longOnes = prompts.stream().filter(p -> p.get("text").asText().length() > 400).count();
    long shortOnes = prompts.stream().filter(p -> p.get("text").asText().length() < 80).count();
    assertTrue(longOnes >= 3 && shortOnes >= 3, "lengths vary: " + longOnes + " long, " + shortOnes + " short");
  }

  @Test
  void atLeast24ToolsInOpenAiFunctionForm() throws IOException {
    List<JsonNode> tools = lines("tools.jsonl");
    assertTrue(tools.size() >= 24, "tools: " + tools.size());
    Set<String> names = new HashSet<>();
    for (JsonNode tool : tools) {
      assertEquals("function", tool.path("type").asText());
      JsonNode function = tool.path("function");
      String name = function.path("name").asText();
      assertTrue(name.matches("[a-zA-Z0-9_-]{1,64}"), "tool name " + name);
      assertTrue(names.add(name), "duplicate tool " + name);
      assertFalse(function.path("description").asText().isBlank(), name + " description");
      JsonNode parameters = function.path("parameters");
      assertTrue(parameters.isObject(), name + " parameters");
      assertEquals("object", parameters.path("type").asText(), name + " parameters type");
      assertTrue(parameters.path("properties").isObject(), name + " properties");
      for (JsonNode required : parameters.path("required")) {
        assertTrue(parameters.path("properties").has(required.asText()),
            name + " requires undeclared " + required);
      }
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
