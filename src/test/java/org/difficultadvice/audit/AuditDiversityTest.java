package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit} reports how varied a dataset's stories are, with or without our metadata. */
class AuditDiversityTest {
  private static final String SAME = "my manager wants me to sign the overtime sheet for hours "
      + "nobody worked and says everyone does it";
  private static final String OTHER = "the club treasurer asked me to move the grant money "
      + "into the kit fund before the auditors arrive";
  private static final String THIRD = "a journalist friend wants the patient list from my "
      + "clinic so she can call families for a story";

  @TempDir Path dir;

  @Test
  void storiesComeFromMetadataStoryElseTemplateAndSimilarityFromUserTurnsPerDomain()
      throws IOException {
    Path file = Chats.write(dir.resolve("ours.jsonl"), List.of(
        line(SAME, meta("story", "work.overtime", "domain", "work")),
        line(SAME, meta("story", "work.overtime", "domain", "work")),
        line(SAME, meta("story", "work.overtime", "domain", "work")),
        line(OTHER, meta("story", "scenario:The kit fund", "domain", "clubs")),
        line(THIRD, meta("template", "clubs.treasurer", "domain", "clubs"))));

    JsonNode diversity = audit(file).get("diversity");

    assertEquals(5, diversity.get("examples").asLong());
    assertEquals(3, diversity.get("stories").asInt());
    assertEquals(600.0, diversity.get("stories_per_1000_examples").asDouble(), 1e-9);
    assertEquals(5 / 3.0, diversity.get("examples_per_story_mean").asDouble(), 1e-6);
    assertEquals(3, diversity.get("examples_per_story_max").asLong());
    assertEquals(0.6, diversity.get("largest_story_share").asDouble(), 1e-9);
    // work: three identical turns (1.0); clubs: two with no shingle in common (0.0).
    assertEquals(0.5, diversity.get("within_domain_user_similarity").asDouble(), 1e-9);
    assertEquals(2, diversity.get("domains_compared").asInt());
    assertTrue(diversity.get("similarity").asText().contains("the first 500 of each domain"));
  }

  @Test
  void withoutMetadataTheStoriesAreUnknownButTheSimilarityIsStillMeasured() throws IOException {
    Path file = Chats.write(dir.resolve("theirs.jsonl"), List.of(
        Chats.openai(SAME, "Don't sign it."),
        Chats.openai(SAME, "Do not sign it."),
        Chats.openai(OTHER, "Ask the committee first.")));

    JsonNode diversity = audit(file).get("diversity");

    assertTrue(diversity.get("stories").isNull());
    assertTrue(diversity.get("stories_unknown_because").asText().contains("metadata.story"));
    // One group: of three pairs, one is identical and two share nothing.
    assertEquals(1 / 3.0, diversity.get("within_domain_user_similarity").asDouble(), 1e-6);
    assertEquals(1, diversity.get("domains_compared").asInt());
    String html = Files.readString(dir.resolve("out/audit.html"));
    assertTrue(html.contains("<h2>Diversity</h2>"));
    assertTrue(html.contains("<b>unknown</b>stories"), "story figures shown as unknown");
    assertTrue(html.contains("<b>0.333</b>within-domain similarity of user turns"));
  }

  private ObjectNode audit(Path input) throws IOException {
    AuditRequest request = new AuditRequest(input.toString(), DatasetFiles.resolve(input),
        Optional.empty(), dir.resolve("out"), Optional.empty(), "", Optional.empty());
    return new DatasetAudit(Chats.JSON, Chats.realChecks(), 2).run(request,
        ProgressMeter.silent());
  }

  private static String line(String user, ObjectNode metadata) {
    return Chats.openaiWithMetadata(user, "Here is what I would weigh.", metadata);
  }

  private static ObjectNode meta(String k1, String v1, String k2, String v2) {
    return Chats.JSON.createObjectNode().put(k1, v1).put(k2, v2);
  }
}
