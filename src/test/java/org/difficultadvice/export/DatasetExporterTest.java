package org.difficultadvice.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.difficultadvice.budget.BudgetSelection;
import org.difficultadvice.budget.BudgetSelector;
import org.difficultadvice.budget.ChatFormat;
import org.difficultadvice.budget.ExampleTokens;
import org.difficultadvice.budget.JtokkitTokenCounter;
import org.difficultadvice.budget.TokenCounter;
import org.difficultadvice.generate.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExporterTest {
  private static final List<String> DOMAINS = List.of("workplace", "health", "money", "school");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<Example> pool = TestExamples.pool(300, DOMAINS, 7);

  private ExportRequest request(Path out) {
    return ExportRequest.defaults(out).withSeed(42).withValidationShare(0.1)
        .withLimits(new ShardLimits(120_000, 0));
  }

  @Test
  void everyOpenAiRecordFollowsTheFineTuningAndTrlRules() throws IOException {
    new DatasetExporter().export(pool, request(dir));

    List<JsonNode> records = ShardReader.allRecords(dir);
    assertEquals(pool.size(), records.size());
    for (JsonNode record : records) {
      assertEquals(List.of(), OpenAiChatRules.violations(record), record.toString());
      assertEquals(List.of(), OpenAiChatRules.trlViolations(record), record.toString());
    }
    assertTrue(records.stream().anyMatch(r -> r.has("tools")), "some records carry tools");
    assertTrue(records.stream().anyMatch(r -> !r.has("tools")), "tools only when attached");
  }

  @Test
  void theRulesCheckerRejectsWhatFineTuningRejects() throws IOException {
    JsonNode noAssistantLast = JSON.readTree(
        "{\"messages\":[{\"role\":\"assistant\",\"content\":\"a\"},{\"role\":\"user\",\"content\":\"b\"}]}");
    JsonNode badRole = JSON.readTree(
        "{\"messages\":[{\"role\":\"bot\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"b\"}]}");
    JsonNode badTool = JSON.readTree("{\"messages\":[{\"role\":\"assistant\",\"content\":\"b\"}],"
        + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"has space\"}}]}");
    JsonNode nonStringContent = JSON.readTree(
        "{\"messages\":[{\"role\":\"assistant\",\"content\":3}]}");

    assertFalse(OpenAiChatRules.violations(noAssistantLast).isEmpty());
    assertFalse(OpenAiChatRules.violations(badRole).isEmpty());
    assertFalse(OpenAiChatRules.violations(badTool).isEmpty());
    assertFalse(OpenAiChatRules.trlViolations(nonStringContent).isEmpty());
  }

  @Test
  void twoExportsOfTheSameExamplesAreByteIdenticalWhateverTheirOrder() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    List<Example> shuffled = new ArrayList<>(pool);
    Collections.shuffle(shuffled, new java.util.Random(3));

    new DatasetExporter().export(pool, request(first));
    new DatasetExporter().export(shuffled, request(second));

    List<Path> firstFiles = relativeFiles(first);
    assertEquals(firstFiles, relativeFiles(second));
    assertTrue(firstFiles.size() > 4, "several shards, manifest and card: " + firstFiles);
    for (Path file : firstFiles) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)),
          Files.readAllBytes(second.resolve(file)), file.toString());
    }
  }

  @Test
  void writesTheTokensTheBudgetCountedWithoutCountingThemAgain() throws IOException {
    TokenCounter o200k = JtokkitTokenCounter.o200kBase();
    AtomicLong calls = new AtomicLong();
    TokenCounter counting = text -> {
      calls.incrementAndGet();
      return o200k.count(text);
    };
    BudgetSelection selection = new BudgetSelector(60_000, 7).select(pool,
        new ExampleTokens(counting, ChatFormat.OPENAI),
        Map.of("workplace", 0.25, "health", 0.25, "money", 0.25, "school", 0.25), 0);
    long countedByTheBudget = calls.get();
    assertTrue(countedByTheBudget > 0 && selection.selected().size() < pool.size(),
        "the budget counted and chose: " + selection.selected().size());
    Path carried = dir.resolve("carried");
    Path recounted = dir.resolve("recounted");

    Manifest manifest = new DatasetExporter().export(selection,
        request(carried).withTokenizer("o200k_base", counting));
    assertEquals(countedByTheBudget, calls.get(), "the export counted again");
    new DatasetExporter().export(selection.selected(), request(recounted));

    assertEquals(selection.selectedTokens(), manifest.tokens());
    List<Path> files = relativeFiles(carried);
    assertEquals(files, relativeFiles(recounted));
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(recounted.resolve(file)),
          Files.readAllBytes(carried.resolve(file)), file.toString());
    }
  }

  @Test
  void refusesCountsMadeInAnotherFormatThanItWrites() {
    BudgetSelection selection = new BudgetSelector(60_000, 7).select(pool,
        new ExampleTokens(JtokkitTokenCounter.o200kBase(), ChatFormat.SHAREGPT),
        Map.of("workplace", 0.25, "health", 0.25, "money", 0.25, "school", 0.25), 0);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DatasetExporter().export(selection, request(dir)));
    assertEquals("the budget counted tokens in the sharegpt format but the export writes"
        + " openai; count in the format that is exported", e.getMessage());
  }

  @Test
  void gzipExportsAreByteIdenticalToo() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    new DatasetExporter().export(pool, request(first).withCompression(Compression.GZIP));
    new DatasetExporter().export(pool, request(second).withCompression(Compression.GZIP));

    for (Path file : relativeFiles(first)) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)),
          Files.readAllBytes(second.resolve(file)), file.toString());
    }
    assertTrue(ShardReader.shardFiles(first).stream()
        .allMatch(p -> p.getFileName().toString().endsWith(".jsonl.gz")));
    for (Path shard : ShardReader.shardFiles(first)) {
      assertTrue(Files.size(shard) <= 120_000, shard + " within the bound");
    }
    assertEquals(pool.size(), ShardReader.allRecords(first).size());
  }

  @Test
  void shardsNeverExceedTheirByteBoundAndAreNamedWithTheirCount() throws IOException {
    long bound = 60_000;
    Manifest manifest =
        new DatasetExporter().export(pool, request(dir).withLimits(new ShardLimits(bound, 0)));

    List<Path> shards = ShardReader.shardFiles(dir);
    int trainCount = manifest.train().shards();
    assertTrue(trainCount > 3, "the bound forces several shards");
    for (Path shard : shards) {
      assertTrue(Files.size(shard) <= bound, shard + " is " + Files.size(shard));
      String name = shard.getFileName().toString();
      assertTrue(name.matches("(train|validation)-\\d{5}-of-\\d{5}\\.jsonl"), name);
    }
    assertTrue(Files.exists(dir.resolve(String.format(
        "data/train-%05d-of-%05d.jsonl", trainCount - 1, trainCount))));
  }

  @Test
  void shardsNeverExceedTheirRecordBound() throws IOException {
    new DatasetExporter().export(pool, request(dir).withLimits(new ShardLimits(50_000_000, 25)));

    for (Path shard : ShardReader.shardFiles(dir)) {
      assertTrue(ShardReader.records(shard).size() <= 25, shard.toString());
    }
    assertEquals(pool.size(), ShardReader.allRecords(dir).size());
  }

  @Test
  void aRecordLargerThanAShardIsRefusedWithTheFix() throws IOException {
    RecordTooLargeException e = assertThrows(RecordTooLargeException.class,
        () -> new DatasetExporter().export(pool, request(dir).withLimits(new ShardLimits(500, 0))));

    assertTrue(e.getMessage().contains("raise export.shard_max_bytes"), e.getMessage());
    assertEquals(List.of(), finalNames(dir));
  }

  @Test
  void aCrashAfterTheFirstShardLeavesNoFileUnderAFinalName() throws IOException {
    int[] opened = {0};
    ShardOutput failingAfterFirst = path -> {
      OutputStream real = ShardOutput.FILES.open(path);
      if (++opened[0] == 1) {
        return real;
      }
      return new FilterOutputStream(real) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          throw new IOException("disk full");
        }
      };
    };

    IOException e = assertThrows(IOException.class,
        () -> new DatasetExporter(failingAfterFirst).export(pool, request(dir)));

    assertEquals("disk full", e.getMessage());
    assertTrue(opened[0] >= 2, "the first shard was written before the failure");
    assertEquals(List.of(), finalNames(dir));
    assertEquals(List.of(), relativeFiles(dir), "temporary files are removed too");
  }

  @Test
  void aFailedExportLeavesTheEarlierDatasetInPlace() throws IOException {
    new DatasetExporter().export(pool, request(dir));
    List<Path> before = relativeFiles(dir);
    byte[] manifestBefore = Files.readAllBytes(dir.resolve("manifest.json"));
    ShardOutput failing = path -> {
      throw new IOException("no space left");
    };

    assertThrows(IOException.class,
        () -> new DatasetExporter(failing).export(pool.subList(0, 50), request(dir)));

    assertEquals(before, relativeFiles(dir));
    assertArrayEquals(manifestBefore, Files.readAllBytes(dir.resolve("manifest.json")));
  }

  @Test
  void temporaryFilesOfAKilledExportAreClearedByTheNextOne() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path leftover = data.resolve(".train-00003-of-00009.jsonl.tmp");
    Files.writeString(leftover, "{\"partial\":");

    new DatasetExporter().export(pool, request(dir));

    assertFalse(Files.exists(leftover));
    assertEquals(List.of(), relativeFiles(dir).stream()
        .filter(p -> p.getFileName().toString().startsWith(".")).toList());
  }

  @Test
  void aSmallerReexportRemovesShardsOfTheEarlierOne() throws IOException {
    new DatasetExporter().export(pool, request(dir));
    Manifest smaller = new DatasetExporter().export(pool.subList(0, 20), request(dir));

    List<String> onDisk = ShardReader.shardFiles(dir).stream()
        .map(p -> "data/" + p.getFileName()).toList();
    assertEquals(smaller.shards().stream().map(ShardSummary::name).toList(), onDisk);
  }

  @Test
  void manifestShaAndSizeMatchEveryShardOnDisk() throws IOException {
    Manifest manifest = new DatasetExporter().export(pool, request(dir));

    JsonNode json = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertEquals(manifest.shards().size(), json.get("shards").size());
    for (JsonNode shard : json.get("shards")) {
      Path file = dir.resolve(shard.get("name").asText());
      byte[] bytes = Files.readAllBytes(file);
      assertEquals(Hashing.sha256().hashBytes(bytes).toString(), shard.get("sha256").asText());
      assertEquals(bytes.length, shard.get("bytes").asLong());
      assertEquals(ShardReader.records(file).size(), shard.get("records").asLong());
    }
    assertEquals(ShardReader.shardFiles(dir).size(), json.get("shards").size());
  }

  @Test
  void manifestTokensEqualAnIndependentRecountOfTheExportedRecords() throws IOException {
    TokenCounter o200k = JtokkitTokenCounter.o200kBase();
    Manifest manifest = new DatasetExporter().export(pool, request(dir));

    long recount = 0;
    long metadataSum = 0;
    for (JsonNode record : ShardReader.allRecords(dir)) {
      long tokens = 3;
      for (JsonNode message : record.get("messages")) {
        tokens += 3 + o200k.count(message.get("role").asText())
            + o200k.count(message.get("content").asText());
      }
      if (record.has("tools")) {
        tokens += o200k.count(JSON.writeValueAsString(record.get("tools")));
      }
      recount += tokens;
      metadataSum += record.get("metadata").get("tokens").asLong();
      assertEquals(tokens, record.get("metadata").get("tokens").asLong());
    }
    assertEquals(recount, manifest.tokens());
    assertEquals(recount, metadataSum);
    JsonNode json = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertEquals(recount, json.get("totals").get("tokens").asLong());
    assertEquals(recount,
        json.get("splits").get("train").get("tokens").asLong()
            + json.get("splits").get("validation").get("tokens").asLong());
  }

  @Test
  void validationShareIsChosenBySpecIdNearTheConfiguredShare() throws IOException {
    List<Example> many = TestExamples.pool(2000, DOMAINS, 11);
    Manifest manifest = new DatasetExporter().export(many,
        ExportRequest.defaults(dir).withSeed(1).withLimits(new ShardLimits(50_000_000, 0)));

    double share = (double) manifest.validation().records() / many.size();
    assertTrue(share > 0.01 && share < 0.03, "2% expected, got " + share);
    for (String split : List.of("train", "validation")) {
      Path shard = dir.resolve("data/" + split + "-00000-of-00001.jsonl");
      assertTrue(Files.exists(shard), shard.toString());
    }
    for (Example example : many.subList(0, 50)) {
      assertEquals(Split.of(example.specId(), 1, 0.02), Split.of(example.specId(), 1, 0.02));
    }
  }

  @Test
  void strippedRecordsHoldOnlyTheChatAndTools() throws IOException {
    new DatasetExporter().export(pool, request(dir).withMetadata(MetadataMode.STRIP));

    for (JsonNode record : ShardReader.allRecords(dir)) {
      assertFalse(record.has("metadata"));
      assertEquals(List.of(), OpenAiChatRules.violations(record));
    }
  }

  @Test
  void metadataCarriesTheSpecAndItsProvenance() throws IOException {
    Example one = TestExamples.example("abc123", "workplace", "Sys.", "Help?", "Answer.");
    new DatasetExporter().export(List.of(one), ExportRequest.defaults(dir));

    JsonNode meta = ShardReader.allRecords(dir).get(0).get("metadata");
    assertEquals("{\"spec_id\":\"abc123\",\"template\":\"workplace.template\","
        + "\"story\":\"workplace.template\",\"domain\":\"workplace\",\"temptation\":\"falsifying-records\","
        + "\"clauses\":[\"honesty.no-deception\",\"records.accurate\"],"
        + "\"models\":{\"realize\":\"model-a\",\"respond\":\"model-b\",\"revise\":\"model-b\"},"
        + "\"judge_scores\":{\"engages_goal\":4.0},\"tokens\":"
        + meta.get("tokens").asLong() + "}", meta.toString());
  }

  @Test
  void emptyModelsAndJudgeScoresAreLeftOut() throws IOException {
    Example unjudged = new Example(TestExamples.spec("abc", "health"), "Sys.", "Help?",
        "Answer.", List.of(), java.util.Map.of(), java.util.Map.of());
    new DatasetExporter().export(List.of(unjudged), ExportRequest.defaults(dir));

    JsonNode meta = ShardReader.allRecords(dir).get(0).get("metadata");
    assertFalse(meta.has("judge_scores"));
    assertFalse(meta.has("models"));
    assertEquals("abc", meta.get("spec_id").asText());
  }

  @Test
  void shareGptRecordsUseFromAndValueWithToolsAsAJsonString() throws IOException {
    new DatasetExporter().export(pool, request(dir).withFormat(ChatFormat.SHAREGPT));

    for (JsonNode record : ShardReader.allRecords(dir)) {
      JsonNode turns = record.get("conversations");
      List<String> from = new ArrayList<>();
      turns.forEach(t -> from.add(t.get("from").asText()));
      assertTrue(from.equals(List.of("system", "human", "gpt"))
          || from.equals(List.of("human", "gpt")), from.toString());
      turns.forEach(t -> assertTrue(t.get("value").isTextual()));
      if (record.has("tools")) {
        assertTrue(record.get("tools").isTextual());
        JsonNode tools = JSON.readTree(record.get("tools").asText());
        assertEquals("function", tools.get(0).get("type").asText());
      }
    }
    JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertEquals("sharegpt", manifest.get("format").asText());
  }

  @Test
  void datasetCardShowsTheManifestFigures() throws IOException {
    Manifest manifest = new DatasetExporter().export(pool,
        request(dir).withDrops(java.util.Map.of("refusal", 12L, "near_duplicate", 5L)));

    String card = Files.readString(dir.resolve("README.md"));
    assertTrue(card.contains("| **total** | " + manifest.records() + " | "
        + manifest.tokens() + " | "), card);
    assertTrue(card.contains("| refusal | 12 |"), card);
    for (ShardSummary shard : manifest.shards()) {
      assertTrue(card.contains(shard.sha256()), shard.name());
    }
    assertTrue(card.contains("**Revise**"));
  }

  private static List<Path> relativeFiles(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static List<Path> finalNames(Path root) throws IOException {
    return relativeFiles(root).stream()
        .filter(p -> !p.getFileName().toString().startsWith("."))
        .toList();
  }
}
