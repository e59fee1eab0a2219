package org.difficultadvice.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.difficultadvice.generate.Example;
import org.difficultadvice.plan.DilemmaSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest and the dataset card say how varied the exported stories are. */
class ExportDiversityTest {
  private static final String SAME = "my manager wants me to sign the overtime sheet for hours "
      + "nobody worked and says everyone does it";

  @TempDir Path dir;

  @Test
  void manifestAndCardGiveStoriesExamplesPerStoryAndWithinDomainSimilarityOfUserTurns()
      throws IOException {
    List<Example> examples = List.of(
        example("a1", "work.overtime", "", "work", SAME),
        example("a2", "work.overtime", "", "work", SAME),
        example("a3", "work.overtime", "", "work", SAME),
        // The scenario stage wrote this one: a story of its own, though the template is shared.
        example("a4", "work.overtime", "The night shift", "work", SAME),
        example("b1", "clubs.treasurer", "", "clubs",
            "the treasurer asked me to move the grant money into the kit fund"),
        example("b2", "clubs.treasurer", "", "clubs",
            "a parent wants the membership list so she can sell raffle tickets"));

    Manifest manifest = new DatasetExporter().export(examples, ExportRequest.defaults(dir));

    JsonNode diversity = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile())
        .get("diversity");
    assertEquals(6, diversity.get("examples").asLong());
    assertEquals(3, diversity.get("stories").asInt());
    assertEquals(500.0, diversity.get("stories_per_1000_examples").asDouble(), 1e-9);
    assertEquals(2.0, diversity.get("examples_per_story_mean").asDouble(), 1e-9);
    assertEquals(3, diversity.get("examples_per_story_max").asLong());
    assertEquals(0.5, diversity.get("largest_story_share").asDouble(), 1e-9);
    // work: four identical user turns (1.0); clubs: two with no shingle in common (0.0).
    assertEquals(0.5, diversity.get("within_domain_user_similarity").asDouble(), 1e-9);
    assertEquals(3, manifest.diversity().stories().orElseThrow().distinct());

    String card = Files.readString(dir.resolve("README.md"));
    assertTrue(card.contains("## Diversity"), card);
    assertTrue(card.contains("| 3 | 500.0 | 2.0 | 3 | 50.00% |"), card);
    assertTrue(card.contains("Within-domain similarity of user turns: 0.500"), card);
  }

  private static Example example(String id, String template, String title, String domain,
      String user) {
    DilemmaSpec spec = new DilemmaSpec(id, template, domain, "falsifying-records",
        List.of("honesty.no-deception"), Map.of(), "goal", "stakes", "pressure", "brief");
    if (!title.isEmpty()) {
      spec = spec.withScenario(title, "brief", "goal", "stakes", "pressure", "affected");
    }
    return new Example(spec, "You help people.", user, "Think about who relies on it.",
        List.of(), Map.of(), Map.of());
  }
}
