package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.MiniContent;
import org.difficultadvice.testing.StageLogServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --twins}: one plan and one run against a loopback server that logs every
 * request, exported as four matched datasets.
 */
class GenerateTwinsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TWINS = List.of("full", "no-revise", "no-reasons",
      "no-inject");
  /** Clause texts of the mini content set: what respond's system turn carries when injected. */
  private static final List<String> CLAUSES = List.of(
      "Do not lead people to believe something false, by words or by silence.",
      "Records others rely on must say what happened.",
      "Raise a problem with the people whose job it is to hear it");

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final StageLogServer api = new StageLogServer();
  private Path config;
  private Path runDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    config = MiniContent.copyTo(dir);
    runDir = dir.resolve("run");
    server.setDispatcher(api);
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.shutdown();
  }

  private int generate(String... extra) {
    List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--concurrency", "4",
        "--base-url", server.url("/v1").toString()));
    args.addAll(List.of(extra));
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
            Map.of("OPENAI_API_KEY", "sk-test"))
        .execute(args.toArray(String[]::new));
  }

  /** Spec id to the exported record, of the dataset in {@code folder}. */
  private static Map<String, JsonNode> records(Path folder) throws IOException {
    Map<String, JsonNode> records = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder.resolve("data"))) {
      for (Path shard : files.sorted().toList()) {
        for (String line : Files.readAllLines(shard)) {
          JsonNode record = JSON.readTree(line);
          records.put(record.path("metadata").path("spec_id").asText(), record);
        }
      }
    }
    return records;
  }

  private static String turn(JsonNode record, String role) {
    for (JsonNode message : record.get("messages")) {
      if (message.get("role").asText().equals(role)) {
        return message.get("content").asText();
      }
    }
    return "";
  }

  private static boolean injected(StageLogServer.Call respond) {
    return CLAUSES.stream().anyMatch(respond.system()::contains);
  }

  @Test
  void fourTwinsHoldTheSameSpecIdsFromOneRunWithEverySharedCallMadeOnce() throws IOException {
    assertEquals(0, generate("--twins", "full,no-revise,no-reasons,no-inject"), out + "\n" + err);

    Map<String, Map<String, JsonNode>> twins = new TreeMap<>();
    for (String twin : TWINS) {
      Path folder = runDir.resolve("twins").resolve(twin);
      assertTrue(Files.isRegularFile(folder.resolve("manifest.json")), twin);
      assertTrue(Files.isRegularFile(folder.resolve("README.md")), twin);
      twins.put(twin, records(folder));
    }
    Set<String> specIds = twins.get("full").keySet();
    assertEquals(4, specIds.size(), err.toString());
    for (String twin : TWINS) {
      assertEquals(specIds, twins.get(twin).keySet(), twin + " holds other specs");
    }
    assertEquals(specIds, records(runDir).keySet(), "the run's own export is the full twin");

    // Realize once per spec for all twins; respond with the clauses once for full, no-revise
    // and no-reasons; respond without them and its revise for no-inject; no-reasons once.
    assertEquals(Map.of("realize", 4L, "respond", 8L, "revise", 8L, "no-reasons", 4L),
        api.countsByStage());
    assertTrue(api.countsByContent().values().stream().allMatch(n -> n == 1),
        "a request was sent twice: " + api.countsByContent());
    assertEquals(4, api.stage("respond").stream().filter(GenerateTwinsTest::injected).count());

    Map<String, String> answers = api.calls().stream()
        .collect(Collectors.toMap(StageLogServer.Call::answer, StageLogServer.Call::stage));
    for (String id : specIds) {
      JsonNode full = twins.get("full").get(id);
      // The same realized chat in every twin: the user's message and the system prompt.
      for (String twin : TWINS) {
        JsonNode record = twins.get(twin).get(id);
        assertEquals(turn(full, "user"), turn(record, "user"), twin);
        assertEquals(turn(full, "system"), turn(record, "system"), twin);
      }
      assertEquals("revise", answers.get(turn(full, "assistant")));
      String draft = turn(twins.get("no-revise").get(id), "assistant");
      assertTrue(api.stage("respond").stream()
          .anyMatch(r -> r.answer().equals(draft) && injected(r)),
          "no-revise exports the first answer sampled with the clauses");
      String bare = turn(twins.get("no-reasons").get(id), "assistant");
      StageLogServer.Call noReasons = api.stage("no-reasons").stream()
          .filter(c -> c.answer().equals(bare)).findFirst().orElseThrow();
      assertTrue(noReasons.system().startsWith("Give the same course of action"),
          "the no-reasons answer came from its own prompt");
      assertTrue(noReasons.user().contains(turn(full, "assistant")),
          "the no-reasons prompt is given the full answer");
      String uninjected = turn(twins.get("no-inject").get(id), "assistant");
      StageLogServer.Call revise = api.stage("revise").stream()
          .filter(c -> c.answer().equals(uninjected)).findFirst().orElseThrow();
      assertTrue(api.stage("respond").stream().anyMatch(
          r -> !injected(r) && revise.user().contains(r.answer())),
          "no-inject revises an answer sampled without the clauses");
    }

    String card = Files.readString(runDir.resolve("README.md"));
    assertTrue(card.contains("## Matched twins"), card);
    for (String twin : TWINS) {
      assertTrue(card.contains("| `" + twin + "` |"), twin);
    }
    JsonNode comparison = JSON.readTree(runDir.resolve("twins/comparison.json").toFile());
    assertEquals(4, comparison.path("twins").path("no-reasons").path("records").asInt());
    assertTrue(Files.readString(runDir.resolve("twins/no-inject/README.md"))
        .contains("# difficult-advice, twin `no-inject`"));
  }

  @Test
  void resumingReplaysEveryCallAndWritesTheSameTwins() throws IOException {
    assertEquals(0, generate("--twins", "no-revise,no-reasons"), err.toString());
    int sent = api.calls().size();
    byte[] before = Files.readAllBytes(
        runDir.resolve("twins/no-reasons/data/train-00000-of-00001.jsonl"));

    assertEquals(0, generate("--twins", "no-revise,no-reasons"), err.toString());

    assertEquals(sent, api.calls().size(), "a resumed run sent calls again");
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(
        runDir.resolve("twins/no-reasons/data/train-00000-of-00001.jsonl"))));
    assertFalse(Files.exists(runDir.resolve("twins/full")), "only the twins asked for");
  }

  @Test
  void aRunDirectoryIsBoundToItsTwins() {
    assertEquals(0, generate("--twins", "no-revise"), err.toString());

    assertEquals(1, generate("--twins", "no-revise,no-inject"));
    assertTrue(err.toString().contains("stages.twins"), err.toString());
    assertTrue(err.toString().contains("pass a new --run-dir"), err.toString());
  }

  @Test
  void aSpecOneTwinDropsIsLeftOutOfEveryTwinAndCounted() throws IOException {
    api.blank("no-reasons", "about housing");
    assertEquals(0, generate("--twins", "full,no-reasons"), err.toString());

    long housing = api.stage("realize").stream()
        .filter(c -> c.user().contains("Domain: housing")).count();
    assertTrue(housing > 0 && housing < 4, "the plan has both domains: " + housing);
    Map<String, JsonNode> full = records(runDir.resolve("twins/full"));
    assertEquals(full.keySet(), records(runDir.resolve("twins/no-reasons")).keySet());
    assertEquals(4 - housing, full.size());
    full.values().forEach(r ->
        assertEquals("workplace", r.path("metadata").path("domain").asText()));
    JsonNode noReasons =
        JSON.readTree(runDir.resolve("twins/no-reasons/manifest.json").toFile()).get("drops");
    assertEquals(housing, noReasons.path("generate:no-reasons:empty-answer").asLong(),
        noReasons.toString());
    JsonNode own = JSON.readTree(runDir.resolve("manifest.json").toFile()).get("drops");
    assertEquals(housing, own.path("twins:dropped-in-another-twin").asLong(), own.toString());
  }

  @Test
  void theJudgeGatesTheSpecOnTheFullAnswerAndScoresOnlyTheFullTwin() throws IOException {
    Files.writeString(config, "judge:\n  enabled: true\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(0, generate("--twins", "full,no-reasons"), err.toString());

    assertEquals(4, api.stage("judge").size());
    Set<String> judged = api.stage("judge").stream().map(StageLogServer.Call::user)
        .collect(Collectors.toSet());
    Map<String, JsonNode> full = records(runDir.resolve("twins/full"));
    assertEquals(4, full.size(), err.toString());
    for (JsonNode record : full.values()) {
      assertEquals(5.0, record.path("metadata").path("judge_scores").path("explains_why")
          .asDouble());
      assertTrue(judged.stream().anyMatch(u -> u.contains(turn(record, "assistant"))));
    }
    for (JsonNode record : records(runDir.resolve("twins/no-reasons")).values()) {
      assertEquals(0, record.path("metadata").path("judge_scores").size(), record.toString());
    }
  }

  @Test
  void anUnknownTwinIsRefusedOnTheCommandLine() {
    assertEquals(1, generate("--twins", "full,no-judge"));
    assertTrue(err.toString().contains("'no-judge' is not a twin; use any of full, no-revise,"
        + " no-reasons, no-inject"), err.toString());
    assertTrue(api.calls().isEmpty());
  }
}
