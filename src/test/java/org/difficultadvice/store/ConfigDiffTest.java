package org.difficultadvice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigDiffTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aLongReadBackAsAnIntIsNoChange() throws Exception {
    ObjectNode written = json.createObjectNode().put("tokens", 3_000_000L).put("seed", 7L);
    assertEquals(List.of(), ConfigDiff.between(json.readTree(written.toString()), written));
  }

  @Test
  void namesEveryChangedLeaf() {
    ObjectNode before = json.createObjectNode();
    before.putObject("provider").put("model", "a").put("temperature", 0.8);
    ObjectNode after = before.deepCopy();
    ((ObjectNode) after.get("provider")).put("model", "b");
    after.put("seed", 1);
    assertEquals(List.of("provider.model: \"a\" -> \"b\"", "seed: (absent) -> 1"),
        ConfigDiff.between(before, after));
  }

  @Test
  void aBaseUrlStoredByAnEarlierVersionIsNoChange() {
    ObjectNode before = json.createObjectNode();
    before.putObject("provider").put("model", "a").put("base_url", "http://10.0.0.5:8000/v1");
    ObjectNode after = json.createObjectNode();
    after.putObject("provider").put("model", "a");
    assertEquals(List.of(), ConfigDiff.between(before, after));
  }
}
