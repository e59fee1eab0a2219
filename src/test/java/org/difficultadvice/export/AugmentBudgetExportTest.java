package org.difficultadvice.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.difficultadvice.augment.ExampleAugmenter;
import org.difficultadvice.augment.SystemPromptPool;
import org.difficultadvice.augment.ToolPool;
import org.difficultadvice.budget.BudgetSelection;
import org.difficultadvice.budget.BudgetSelector;
import org.difficultadvice.budget.ChatFormat;
import org.difficultadvice.budget.ExampleTokens;
import org.difficultadvice.budget.JtokkitTokenCounter;
import org.difficultadvice.budget.TokenCounter;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.AugmentSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tail of the pipeline as the generate command chains it: augment, budget, export. */
class AugmentBudgetExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Double> PLANNED =
      Map.of("workplace", 0.4, "health", 0.3, "money", 0.2, "school", 0.1);

  @TempDir Path dir;

  @Test
  void exportedTokensRecountedFromTheShardsMeetTheBudgetAndTheDomainShares() throws Exception {
    Path prompts = dir.resolve("sp.jsonl");
    Path tools = dir.resolve("tools.jsonl");
    Files.write(prompts, IntStream.range(0, 12).mapToObj(i ->
        "{\"id\":\"p" + i + "\",\"text\":\"A varied framing, number " + i + ".\"}").toList());
    Files.write(tools, IntStream.range(0, 9).mapToObj(i ->
        TestExamples.tool("lookup_" + i).toString()).toList());
    List<Example> generated = TestExamples.pool(1200,
        List.of("workplace", "health", "money", "school"), 99).stream()
        .map(e -> e.withTools(List.of())).toList();
    long target = 150_000;
    TokenCounter o200k = JtokkitTokenCounter.o200kBase();

    List<Example> augmented = new ExampleAugmenter(SystemPromptPool.load(prompts),
        ToolPool.load(tools), AugmentSettings.defaults(), 5).augment(generated);
    BudgetSelection selection = new BudgetSelector(target, 5)
        .select(augmented, new ExampleTokens(o200k, ChatFormat.OPENAI), PLANNED, 0.1);
    Manifest manifest = new DatasetExporter().export(selection,
        ExportRequest.defaults(dir.resolve("out")).withSeed(5)
            .withPlannedDomainShares(PLANNED)
            .withBudget(Manifest.BudgetOutcome.of(selection)));

    long recount = 0;
    Map<String, Long> byDomain = new TreeMap<>();
    for (JsonNode record : ShardReader.allRecords(dir.resolve("out"))) {
      long tokens = 3;
      for (JsonNode message : record.get("messages")) {
        tokens += 3 + o200k.count(message.get("role").asText())
            + o200k.count(message.get("content").asText());
      }
      if (record.has("tools")) {
        tokens += o200k.count(JSON.writeValueAsString(record.get("tools")));
      }
      recount += tokens;
      byDomain.merge(record.get("metadata").get("domain").asText(), tokens, Long::sum);
    }
    assertEquals(manifest.tokens(), recount);
    assertEquals(selection.selectedTokens(), recount);
    assertTrue(Math.abs(recount - target) <= target * 0.005, recount + " vs " + target);
    for (Map.Entry<String, Double> planned : PLANNED.entrySet()) {
      double share = byDomain.get(planned.getKey()) / (double) recount;
      assertTrue(Math.abs(share - planned.getValue()) <= 0.02, planned.getKey() + " " + share);
    }
    JsonNode budget = JSON.readTree(dir.resolve("out/manifest.json").toFile()).get("budget");
    assertEquals(target, budget.get("target_tokens").asLong());
    assertEquals(0, budget.get("shortfall_tokens").asLong());
  }
}
