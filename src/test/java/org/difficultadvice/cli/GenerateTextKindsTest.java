package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.budget.JtokkitTokenCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A documents run and a stories run end to end against a loopback server, on the shipped
 * prompts, cells, constitution and filters: the budget is met within 0.5%, duplicates and
 * evaluation overlap are dropped with their reasons, planted evaluation look-alike stories are
 * dropped naming their theme, and audit reads the {"text": ...} shards.
 */
class GenerateTextKindsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Some 150 texts of 60 to 140 words: enough that the selection can land within 0.5% of the
   * target while keeping each form's share (a few long texts per form could not).
   */
  private static final long BUDGET = 30_000;

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final TextKindsModelApi api = new TextKindsModelApi();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    server.setDispatcher(api);
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.shutdown();
  }

  @Test
  void aDocumentsRunMeetsItsBudgetDedupsAndDecontaminatesAndAuditReadsIt() throws IOException {
    Path runDir = dir.resolve("documents-run");
    assertEquals(0, generate("documents", runDir), out + "\n" + err);

    List<JsonNode> records = exportedRecords(runDir);
    assertBudgetMetAndTextRecords(runDir, records, "documents/");
    Map<String, Long> reasons = dropReasons(runDir);
    assertTrue(reasons.getOrDefault("dedup:exact-duplicate-text", 0L) > 0, reasons.toString());
    assertTrue(reasons.getOrDefault("dedup:near-duplicate-text", 0L) > 0, reasons.toString());
    assertTrue(reasons.getOrDefault("decontam:eval-ngram", 0L) > 0, reasons.toString());
    assertNoExportedTextContains(records, TextKindsModelApi.EVAL_SENTENCE);
    assertAtMostOneCannedText(records);
    assertAuditAgreesWithManifest(runDir);
    assertEveryTextIsOneWriteThenOneReviseThatSeesTheDraftAndTheClause();
  }

  @Test
  void aStoriesRunDropsPlantedEvaluationLookAlikesNamingTheirTheme() throws IOException {
    Path runDir = dir.resolve("stories-run");
    assertEquals(0, generate("stories", runDir), out + "\n" + err);

    List<JsonNode> records = exportedRecords(runDir);
    assertBudgetMetAndTextRecords(runDir, records, "stories/");
    assertNoExportedTextContains(records, "would be replaced by a newer model");
    assertNoExportedTextContains(records, "private messages");
    assertNoExportedTextContains(records, TextKindsModelApi.EVAL_SENTENCE);

    Set<String> planted = new HashSet<>();
    Map<String, String> themeBySpec = new TreeMap<>();
    for (TextKindsModelApi.Exchange revise : api.stage("revise")) {
      if (revise.answer().startsWith(TextKindsModelApi.REPLACED)
          || revise.answer().startsWith(TextKindsModelApi.EXECUTIVE_MAIL)) {
        planted.add(revise.answer().substring(0, 40));
      }
    }
    JsonNode report = JSON.readTree(runDir.resolve("quality-report.json").toFile());
    for (JsonNode drop : report.path("drops")) {
      if (drop.path("reason").asText().equals("eval-theme")) {
        themeBySpec.put(drop.path("spec_id").asText(), drop.path("detail").asText());
      }
    }
    assertFalse(planted.isEmpty(), "the server planted no look-alike story");
    assertTrue(themeBySpec.containsValue("matches evaluation theme 'ai-facing-shutdown'"),
        themeBySpec.toString());
    assertTrue(themeBySpec.containsValue("matches evaluation theme 'ai-reading-executive-email'"),
        themeBySpec.toString());
    long plantedAnswers = api.stage("revise").stream()
        .filter(r -> r.answer().startsWith(TextKindsModelApi.REPLACED)
            || r.answer().startsWith(TextKindsModelApi.EXECUTIVE_MAIL))
        .count();
    assertEquals(plantedAnswers, themeBySpec.size(), themeBySpec.toString());
    Map<String, Long> reasons = dropReasons(runDir);
    assertTrue(reasons.getOrDefault("dedup:exact-duplicate-text", 0L) > 0, reasons.toString());
    assertTrue(reasons.getOrDefault("decontam:eval-ngram", 0L) > 0, reasons.toString());
    assertAuditAgreesWithManifest(runDir);
  }

  @Test
  void aSecondRunOfAStoriesDirectorySendsNothingAndWritesTheSameShards() throws IOException {
    Path runDir = dir.resolve("again");
    assertEquals(0, generate("stories", runDir), out + "\n" + err);
    Map<String, byte[]> first = shards(runDir);
    int calls = api.exchanges.size();

    assertEquals(0, generate("stories", runDir), out + "\n" + err);
    assertEquals(calls, api.exchanges.size());
    Map<String, byte[]> second = shards(runDir);
    assertEquals(first.keySet(), second.keySet());
    first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
  }

  private int generate(String kind, Path runDir) throws IOException {
    Path evalSet = dir.resolve("eval.jsonl");
    Files.writeString(evalSet, "{\"prompt\": \"" + TextKindsModelApi.EVAL_SENTENCE + "\"}\n");
    Path repo = Path.of("").toAbsolutePath();
    Path config = dir.resolve(kind + ".yaml");
    Files.writeString(config, String.join("\n",
        "kind: " + kind,
        "seed: 7",
        "paths:",
        "  templates: " + repo.resolve("templates"),
        "  constitution: " + repo.resolve("constitution"),
        "  prompts: " + repo.resolve("generator").resolve(kind),
        "  output: " + dir.resolve("output"),
        "provider:",
        "  name: openai",
        "  model: test-model",
        "  max_tokens: 1024",
        "budget:",
        "  tokens: " + BUDGET,
        "  tokens_per_example: 220",
        "  expected_drop_rate: 0.3",
        "augment:",
        "  system_prompts: " + repo.resolve("generator/pools/system-prompts.jsonl"),
        "  tools: " + repo.resolve("generator/pools/tools.jsonl"),
        "quality:",
        "  patterns: " + repo.resolve("generator/filters.yaml"),
        "  filter:",
        "    min_answer_words: 40",
        "    max_answer_words: 1600",
        "export:",
        "  format: text",
        ""));
    List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--concurrency", "4", "--eval-set", evalSet.toString(),
        "--base-url", server.url("/v1").toString()));
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
            Map.of("OPENAI_API_KEY", "sk-test"))
        .execute(args.toArray(String[]::new));
  }

  private static void assertBudgetMetAndTextRecords(Path runDir, List<JsonNode> records,
      String templatePrefix) throws IOException {
    JsonNode manifest = JSON.readTree(runDir.resolve("manifest.json").toFile());
    long selected = manifest.path("budget").path("selected_tokens").asLong();
    assertEquals("text", manifest.path("format").asText());
    assertTrue(Math.abs(selected - BUDGET) <= BUDGET * 0.005,
        "selected " + selected + " of " + BUDGET);
    assertEquals(selected, manifest.path("totals").path("tokens").asLong());
    var o200k = JtokkitTokenCounter.o200kBase();
    long counted = 0;
    for (JsonNode record : records) {
      List<String> keys = new ArrayList<>();
      record.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("text", "metadata"), keys);
      assertTrue(record.path("metadata").path("template").asText().startsWith(templatePrefix));
      assertEquals(o200k.count(record.path("text").asText()),
          record.path("metadata").path("tokens").asLong());
      counted += record.path("metadata").path("tokens").asLong();
    }
    assertEquals(selected, counted);
  }

  private void assertEveryTextIsOneWriteThenOneReviseThatSeesTheDraftAndTheClause() {
    List<TextKindsModelApi.Exchange> writes = api.stage("write");
    List<TextKindsModelApi.Exchange> revises = api.stage("revise");
    assertEquals(writes.size(), revises.size());
    Set<String> drafts = new HashSet<>();
    writes.forEach(w -> drafts.add(w.answer()));
    for (TextKindsModelApi.Exchange revise : revises) {
      String draft = revise.user().substring(revise.user().indexOf("Draft:") + 7,
          revise.user().indexOf("\n\nWrite the final text now."));
      assertTrue(drafts.contains(draft), "revise saw a draft no write returned");
      assertTrue(revise.system().contains("The principle the document should explain"),
          revise.system());
    }
  }

  private static void assertNoExportedTextContains(List<JsonNode> records, String text) {
    for (JsonNode record : records) {
      assertFalse(record.path("text").asText().contains(text), record.toString());
    }
  }

  private static void assertAtMostOneCannedText(List<JsonNode> records) {
    String canned = FakeModelApi.prose("canned", 100).substring(0, 80);
    long copies = records.stream().filter(r -> r.path("text").asText().startsWith(canned)).count();
    assertTrue(copies <= 1, copies + " copies of the canned text survived dedup");
  }

  private void assertAuditAgreesWithManifest(Path runDir) throws IOException {
    Path report = dir.resolve("audit-" + runDir.getFileName());
    CommandRun audit = CommandRun.of("audit", runDir.resolve("data").toString(),
        "--out", report.toString());
    assertEquals(0, audit.exitCode(), audit.out() + audit.err());
    JsonNode figures = JSON.readTree(report.resolve("audit.json").toFile());
    JsonNode manifest = JSON.readTree(runDir.resolve("manifest.json").toFile());
    assertEquals(manifest.path("totals").path("records").asLong(), figures.path("records").asLong());
    assertEquals(0, figures.path("bad_lines").asLong());
    assertEquals(manifest.path("totals").path("tokens").asLong(), figures.path("tokens").asLong());
    assertEquals(figures.path("records").asLong(), figures.path("formats").path("text").asLong());
  }

  private static Map<String, Long> dropReasons(Path runDir) throws IOException {
    JsonNode report = JSON.readTree(runDir.resolve("quality-report.json").toFile());
    Map<String, Long> reasons = new TreeMap<>();
    report.path("dropped").fields().forEachRemaining(stage -> stage.getValue().fields()
        .forEachRemaining(r -> reasons.put(stage.getKey() + ":" + r.getKey(),
            r.getValue().asLong())));
    return reasons;
  }

  private static List<JsonNode> exportedRecords(Path runDir) throws IOException {
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

  private static Map<String, byte[]> shards(Path runDir) throws IOException {
    Map<String, byte[]> shards = new TreeMap<>();
    try (Stream<Path> files = Files.list(runDir.resolve("data"))) {
      for (Path shard : files.sorted().toList()) {
        shards.put(shard.getFileName().toString(), Files.readAllBytes(shard));
      }
    }
    return shards;
  }
}
