package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.difficultadvice.load.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path dir;

  private ContentFixture content() {
    return ContentFixture.copyInto(dir.resolve("content"));
  }

  private static List<JsonNode> readJsonl(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  @Test
  void plansTheConfigsNumberOfSpecsAndPrintsCountsPerDomainAndTemptationAndDiversity() {
    CommandRun run = CommandRun.of("plan", "--config", content().config().toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("""
        planned 30 specs (seed 42)
        by domain:
          healthcare                   12
          housing                      6
          workplace                    12
        by temptation:
          breaching-confidentiality    6
          deception                    12
          falsifying-records           12
        diversity: 5 distinct stories (templates); specs per story: mean 6.0, max 6; largest \
        share of one story: 20.00%; mean within-domain similarity of briefs: 0.317 (MinHash over \
        5-word shingles)
        generating them: estimate: 90 calls, about """), run.out());
    assertTrue(run.out().contains(" output tokens, at most $0.00\n"), run.out());
  }

  @Test
  void writesOneJsonObjectPerSpecWithTheDocumentedFields() throws Exception {
    Path out = dir.resolve("plans/plan.jsonl");
    CommandRun run = CommandRun.of("plan", "-c", content().config().toString(),
        "--limit", "12", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().endsWith("wrote 12 specs to " + out + "\n"), run.out());
    List<JsonNode> specs = readJsonl(out);
    assertEquals(12, specs.size());
    Set<String> ids = new HashSet<>();
    for (JsonNode spec : specs) {
      List<String> fields = new ArrayList<>();
      spec.fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("id", "template", "domain", "temptation", "clauses", "bindings",
          "goal", "stakes", "pressure", "brief"), fields);
      assertTrue(ids.add(spec.get("id").asText()));
      assertTrue(spec.get("clauses").isArray());
      assertTrue(spec.get("brief").asText().contains(spec.get("bindings").get("person.name")
          .asText()), spec.toString());
    }
    try (var files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList(), "temporary files left behind");
    }
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedDifferentOnes() throws Exception {
    ContentFixture content = content();
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    Path other = dir.resolve("other.jsonl");
    String config = content.config().toString();
    assertEquals(0, CommandRun.of("plan", "-c", config, "--out", first.toString()).exitCode());
    assertEquals(0, CommandRun.of("plan", "-c", config, "--out", second.toString()).exitCode());
    assertEquals(0, CommandRun.of("plan", "-c", config, "--seed", "43", "--out",
        other.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    assertNotEquals(Files.readString(first), Files.readString(other));
  }

  @Test
  void replacesAnExistingFileWhole() throws Exception {
    Path out = Files.writeString(dir.resolve("plan.jsonl"), "old\nold\nold\n".repeat(100));
    CommandRun run = CommandRun.of("plan", "-c", content().config().toString(),
        "--limit", "2", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(2, Files.readAllLines(out).size());
    assertFalse(Files.readString(out).contains("old"));
  }

  @Test
  void warnsWhenTheAxesCannotGiveAsManySpecsAsAskedFor() {
    CommandRun run = CommandRun.of("plan", "-c", content().config().toString(),
        "--limit", "5000");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("warning: 5000 specs were asked for"), run.err());
  }

  @Test
  void rejectsANegativeLimit() {
    CommandRun run = CommandRun.of("plan", "-c", content().config().toString(),
        "--limit", "-1");
    assertEquals(1, run.exitCode(), "bad input, as in the config (issue 15)");
    assertTrue(run.err().contains("--limit must be 0 or more"), run.err());
  }

  @Test
  void rejectsANegativeSpecsCountInTheConfig() {
    ContentFixture content = content();
    content.edit("generator/job.yaml", "specs: 30", "specs: -3");
    CommandRun run = CommandRun.of("plan", "-c", content.config().toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("job.yaml:2: error: invalid value: specs must be at least 1,"
        + " was -3"), run.err());
  }

  @Test
  void explainsItselfInHelp() {
    CommandRun run = CommandRun.of("plan", "--help");
    assertEquals(0, run.exitCode());
    for (String option : List.of("--config", "--limit", "--seed", "--out")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
    assertTrue(run.out().contains("deterministic"), run.out());
  }
}
