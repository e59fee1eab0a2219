package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.ScenarioContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} with the scenario stage on, against a loopback OpenAI-compatible server. */
class ScenarioStageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path config;

  @BeforeEach
  void setUp() throws IOException {
    config = ScenarioContent.copyTo(dir.resolve("content"));
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.shutdown();
  }

  private int generate(Path runDir, String... extra) {
    List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--provider", "openai", "--model", "test-model",
        "--base-url", server.url("/v1").toString()));
    args.addAll(List.of(extra));
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
            Map.of("OPENAI_API_KEY", "sk-test-scenario"))
        .execute(args.toArray(String[]::new));
  }

  private static List<JsonNode> records(Path runDir) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(runDir.resolve("data"))) {
      for (Path shard : files.sorted().toList()) {
        for (String line : Files.readAllLines(shard)) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }

  private static Map<String, String> shards(Path runDir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(runDir.resolve("data"))) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }

  @Test
  void everyExampleTellsTheSituationItsScenarioWrote() throws IOException {
    FakeModelApi api = new FakeModelApi(FakeModelApi.Api.OPENAI);
    server.setDispatcher(api);
    Path runDir = dir.resolve("run");

    assertEquals(0, generate(runDir, "--specs", "8"), err.toString());

    assertEquals(8, api.stage("scenario").size(), "one scenario call per spec");
    List<JsonNode> records = records(runDir);
    assertEquals(8, records.size(), out.toString());
    Set<String> stories = new HashSet<>();
    for (JsonNode record : records) {
      String story = record.at("/metadata/story").asText();
      assertTrue(story.startsWith("scenario:"), story);
      assertEquals("scenario:" + record.at("/metadata/title").asText(), story);
      stories.add(story);
    }
    assertEquals(8, stories.size(), "eight different stories");
    // Realize was given the scenario's brief, not the template's.
    for (FakeModelApi.Exchange realize : api.stage("realize")) {
      assertTrue(realize.body().toString().contains("is in a fix."), realize.body().toString());
    }
    // The structured output asked for is the scenario's schema.
    JsonNode first = api.stage("scenario").get(0).body();
    assertEquals("scenario", first.at("/response_format/json_schema/name").asText());
    assertTrue(err.toString().contains("wave 1 scenarios: 8 new situations"), err.toString());
  }

  @Test
  void nearCopiesOfAnAcceptedStoryAreAskedAgainThenDroppedWithTheirReason()
      throws IOException {
    FakeModelApi api = new FakeModelApi(FakeModelApi.Api.OPENAI,
        FakeModelApi.Scenarios.NEAR_COPIES);
    server.setDispatcher(api);
    Path runDir = dir.resolve("run");

    assertEquals(0, generate(runDir, "--specs", "6"), err.toString());

    // The first is new; each of the five others is asked three times in all (two re-asks).
    assertEquals(6 + 5 + 5, api.stage("scenario").size());
    assertEquals(1, records(runDir).size());
    JsonNode manifest = JSON.readTree(runDir.resolve("manifest.json").toFile());
    assertEquals(5, manifest.toString().contains("generate:scenario:not-novel:retelling")
        ? findCount(manifest, "generate:scenario:not-novel:retelling") : -1, manifest.toString());
    JsonNode report = JSON.readTree(runDir.resolve("quality-report.json").toFile());
    assertEquals(5, report.at("/generate/scenario/not-novel:retelling").asInt(),
        report.toString());
    assertEquals(10, report.at("/scenario/asked_again").asInt());
    assertEquals(15, report.at("/scenario/rejected/retelling").asInt());
  }

  @Test
  void theSameShardsAtConcurrencyOneAndSixtyFour() throws IOException {
    server.setDispatcher(new FakeModelApi(FakeModelApi.Api.OPENAI));

    assertEquals(0, generate(dir.resolve("one"), "--specs", "12", "--concurrency", "1"),
        err.toString());
    assertEquals(0, generate(dir.resolve("many"), "--specs", "12", "--concurrency", "64"),
        err.toString());

    assertEquals(shards(dir.resolve("one")), shards(dir.resolve("many")));
  }

  /** The count under {@code key} wherever the manifest keeps its drop counts. */
  private static int findCount(JsonNode node, String key) {
    if (node.has(key)) {
      return node.get(key).asInt();
    }
    for (JsonNode child : node) {
      int found = findCount(child, key);
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }
}
