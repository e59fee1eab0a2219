package org.difficultadvice.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.difficultadvice.export.TestExamples;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.AugmentSettings;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleAugmenterTest {
  private static final List<String> DOMAINS = List.of("workplace", "health", "money");

  @TempDir Path dir;
  private SystemPromptPool prompts;
  private ToolPool tools;

  @BeforeEach
  void writePools() throws IOException, InvalidInputException {
    Path promptFile = dir.resolve("pools/system-prompts.jsonl");
    Path toolFile = dir.resolve("pools/tools.jsonl");
    Files.createDirectories(promptFile.getParent());
    Files.write(promptFile, IntStream.range(0, 10)
        .mapToObj(i -> "{\"id\":\"p" + i + "\",\"text\":\"Pool prompt number " + i + ".\"}")
        .toList());
    Files.write(toolFile, IntStream.range(0, 8)
        .mapToObj(i -> TestExamples.tool("tool_" + i).toString()).toList());
    prompts = SystemPromptPool.load(promptFile);
    tools = ToolPool.load(toolFile);
  }

  private ExampleAugmenter augmenter(long seed) {
    return new ExampleAugmenter(prompts, tools, AugmentSettings.defaults(), seed);
  }

  @Test
  void replacesAboutTheConfiguredShareOfRealizedPromptsAndFillsEveryEmptyOne() {
    List<Example> pool = TestExamples.pool(4000, DOMAINS, 5);
    List<Example> out = augmenter(9).augment(pool);

    int withPrompt = 0;
    int replaced = 0;
    for (int i = 0; i < pool.size(); i++) {
      Example before = pool.get(i);
      Example after = out.get(i);
      assertFalse(after.systemPrompt().isBlank(), "every example ends with a system prompt");
      if (!before.systemPrompt().isEmpty()) {
        withPrompt++;
        if (!after.systemPrompt().equals(before.systemPrompt())) {
          replaced++;
          assertTrue(after.systemPrompt().startsWith("Pool prompt number"));
        }
      }
      assertEquals(before.userMessage(), after.userMessage());
      assertEquals(before.assistantMessage(), after.assistantMessage());
    }
    double share = (double) replaced / withPrompt;
    assertTrue(Math.abs(share - 0.25) < 0.03, "25% replaced, got " + share);
  }

  @Test
  void attachesOneToFourDistinctToolsToAboutTheConfiguredShare() {
    List<Example> pool = TestExamples.pool(4000, DOMAINS, 6).stream()
        .map(e -> e.withTools(List.of())).toList();
    List<Example> out = augmenter(9).augment(pool);

    Map<Integer, Integer> bySize = new HashMap<>();
    for (Example example : out) {
      List<ObjectNode> attached = example.tools();
      bySize.merge(attached.size(), 1, Integer::sum);
      Set<String> names = attached.stream()
          .map(t -> t.get("function").get("name").asText()).collect(Collectors.toSet());
      assertEquals(attached.size(), names.size(), "distinct tools");
    }
    double share = 1 - bySize.getOrDefault(0, 0) / (double) out.size();
    assertTrue(Math.abs(share - 0.30) < 0.03, "30% with tools, got " + share);
    assertEquals(Set.of(0, 1, 2, 3, 4), bySize.keySet());
  }

  @Test
  void poolPromptsAreUsedAboutEquallyOften() {
    List<Example> noPrompts = TestExamples.pool(5000, DOMAINS, 7).stream()
        .map(e -> e.withSystemPrompt("")).toList();

    Map<String, Long> uses = augmenter(1).augment(noPrompts).stream()
        .collect(Collectors.groupingBy(Example::systemPrompt, Collectors.counting()));

    assertEquals(10, uses.size());
    long most = uses.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    long least = uses.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    assertTrue(most < 600 && least > 400, "about 500 each: " + uses);
  }

  @Test
  void augmentationDependsOnlyOnSeedAndSpecId() {
    List<Example> pool = TestExamples.pool(200, DOMAINS, 8);
    List<Example> batch = augmenter(3).augment(pool);

    for (int i = 0; i < pool.size(); i += 17) {
      assertEquals(batch.get(i), augmenter(3).augment(pool.get(i)));
    }
    assertFalse(batch.equals(augmenter(4).augment(pool)), "another seed, other choices");
  }

  @Test
  void existingToolsAreKept() {
    Example withTools = TestExamples.pool(1, DOMAINS, 1).get(0);
    assertFalse(withTools.tools().isEmpty());

    assertEquals(withTools.tools(), augmenter(3).augment(withTools).tools());
  }

  @Test
  void zeroSharesOnlyFillMissingPrompts() {
    ExampleAugmenter none = new ExampleAugmenter(prompts, tools,
        new AugmentSettings(0.0, 0.0, null, null, null), 2);
    List<Example> pool = TestExamples.pool(300, DOMAINS, 2).stream()
        .map(e -> e.withTools(List.of())).toList();

    for (Example example : pool) {
      Example out = none.augment(example);
      assertTrue(out.tools().isEmpty());
      if (!example.systemPrompt().isEmpty()) {
        assertEquals(example, out);
      }
    }
  }

  @Test
  void fromConfigReadsBothPoolsRelativeToTheConfig() throws InvalidInputException {
    JobConfig config = JobConfig.defaults(dir.resolve("job.yaml"));

    ExampleAugmenter loaded = ExampleAugmenter.fromConfig(config, AugmentSettings.defaults());

    Example plain = TestExamples.example("x1", "workplace", "", "Help?", "Answer.");
    assertTrue(loaded.augment(plain).systemPrompt().startsWith("Pool prompt number"));
  }

  @Test
  void fromConfigReportsProblemsOfBothPoolsAtOnce() throws IOException {
    Files.writeString(dir.resolve("pools/system-prompts.jsonl"), "{\"id\":\"a\"}\n");
    Files.delete(dir.resolve("pools/tools.jsonl"));
    JobConfig config = JobConfig.defaults(dir.resolve("job.yaml"));

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ExampleAugmenter.fromConfig(config, AugmentSettings.defaults()));

    assertEquals(2, e.diagnostics().size(), e.getMessage());
    assertTrue(e.getMessage().contains("system-prompts.jsonl:1: error: prompt 'a' has a "
        + "missing or empty \"text\""), e.getMessage());
    assertTrue(e.getMessage().contains("tools.jsonl: error: tools pool not found"),
        e.getMessage());
  }

  @Test
  void distinctSpecsGetVariedToolSets() {
    List<Example> pool = TestExamples.pool(400, DOMAINS, 12).stream()
        .map(e -> e.withTools(List.of())).toList();
    Set<List<String>> sets = new HashSet<>();
    for (Example example : augmenter(5).augment(pool)) {
      sets.add(example.tools().stream().map(t -> t.get("function").get("name").asText())
          .toList());
    }
    assertTrue(sets.size() > 40, "many different tool sets: " + sets.size());
  }
}
