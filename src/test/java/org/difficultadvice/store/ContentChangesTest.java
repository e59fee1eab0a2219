package org.difficultadvice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a run's stored content hashes compare with the content now (issue 15). */
class ContentChangesTest {
  private final ObjectMapper json = new ObjectMapper();

  private ObjectNode config(String... fileAndHash) {
    ObjectNode config = json.createObjectNode().put("seed", 1);
    ObjectNode content = config.putObject(ConfigDiff.CONTENT);
    for (int i = 0; i < fileAndHash.length; i += 2) {
      content.put(fileAndHash[i], fileAndHash[i + 1]);
    }
    return config;
  }

  @Test
  void namesEditedAddedAndRemovedFiles() {
    ObjectNode before = config("templates/a.ftl", "1", "templates/b.ftl", "2");
    ObjectNode after = config("templates/a.ftl", "9", "templates/c.ftl", "3");

    assertEquals(List.of(
            "templates/a.ftl: edited since this run started",
            "templates/b.ftl: removed since this run started",
            "templates/c.ftl: added since this run started"),
        ConfigDiff.between(before, after));
  }

  @Test
  void unchangedContentIsNoChange() {
    assertEquals(List.of(),
        ConfigDiff.between(config("prompts/x.ftl", "1"), config("prompts/x.ftl", "1")));
  }

  @Test
  void aRunStartedBeforeContentWasHashedStillResumes() {
    ObjectNode before = json.createObjectNode().put("seed", 1);

    assertEquals(List.of(), ConfigDiff.between(before, config("templates/a.ftl", "1")));
  }
}
