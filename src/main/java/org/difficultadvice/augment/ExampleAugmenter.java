package org.difficultadvice.augment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.AugmentSettings;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;

/**
 * Varies the framing of examples: keeps the realized system prompt, but replaces it on a share
 * of examples (and fills it wherever realize gave none) with one drawn uniformly from the pool,
 * and attaches 1 to {@code maxTools} distinct unrelated tools to another share. Every choice is
 * a hash of the seed and the spec id, so an example is augmented the same way in every run,
 * alone or in a batch, and the pool's prompts are used about equally often.
 */
public final class ExampleAugmenter {
  private final SystemPromptPool prompts;
  private final ToolPool tools;
  private final double systemPromptShare;
  private final double toolsShare;
  private final int maxTools;
  private final long seed;

  public ExampleAugmenter(SystemPromptPool prompts, ToolPool tools, AugmentSettings settings,
      long seed) {
    this.prompts = Objects.requireNonNull(prompts, "prompts");
    this.tools = Objects.requireNonNull(tools, "tools");
    this.systemPromptShare = share(settings.systemPromptShare(), "system_prompt_share");
    this.toolsShare = share(settings.toolsShare(), "tools_share");
    if (settings.maxTools() < 1) {
      throw new IllegalArgumentException(
          "augment.max_tools must be at least 1, got " + settings.maxTools());
    }
    this.maxTools = Math.min(settings.maxTools(), tools.size());
    this.seed = seed;
  }

  /**
   * Loads both pools named by the config's {@code augment:} section (relative to its folder),
   * reporting every problem of either file at once.
   */
  public static ExampleAugmenter fromConfig(JobConfig config, AugmentSettings settings)
      throws InvalidInputException {
    List<org.difficultadvice.load.Diagnostic> problems = new ArrayList<>();
    SystemPromptPool promptPool = null;
    ToolPool toolPool = null;
    try {
      promptPool = SystemPromptPool.load(config.resolve(settings.systemPrompts()));
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
    }
    try {
      toolPool = ToolPool.load(config.resolve(settings.tools()));
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ExampleAugmenter(promptPool, toolPool, settings, config.seed());
  }

  private static double share(double value, String key) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("augment." + key + " must be between 0 and 1, got "
          + value);
    }
    return value;
  }

  public List<Example> augment(List<Example> examples) {
    return examples.stream().map(this::augment).toList();
  }

  public Example augment(Example example) {
    SpecDraws draws = new SpecDraws(seed, example.specId());
    Example out = example;
    boolean replace = example.systemPrompt().isBlank()
        || draws.unit("system-prompt") < systemPromptShare;
    if (replace) {
      out = out.withSystemPrompt(prompts.get(draws.index("system-prompt-pick", prompts.size()))
          .text());
    }
    if (example.tools().isEmpty() && draws.unit("tools") < toolsShare) {
      out = out.withTools(pickTools(draws));
    }
    return out;
  }

  /** 1 to maxTools distinct tools: the first of the pool in an order ranked per spec. */
  private List<ObjectNode> pickTools(SpecDraws draws) {
    int count = 1 + draws.index("tool-count", maxTools);
    return IntStream.range(0, tools.size()).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> draws.rank("tool-order", i))
            .thenComparingInt(i -> i))
        .limit(count)
        .map(tools::get)
        .toList();
  }

  /** How many system prompts the pool holds. */
  public int systemPromptCount() {
    return prompts.size();
  }

  /** How many tool definitions the pool holds. */
  public int toolCount() {
    return tools.size();
  }
}
