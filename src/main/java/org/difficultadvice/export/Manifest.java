package org.difficultadvice.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.difficultadvice.budget.TokenBreakdown;
import org.difficultadvice.plan.StoryDiversity;
import org.difficultadvice.quality.MinHashSimilarity;

/**
 * What {@code manifest.json} says about an export. It holds no timestamp and no path of the
 * machine it ran on, so the same config and seed give a byte-identical manifest; the time of a
 * run is in the run store.
 *
 * @param configSha256 sha256 of the job config as canonical JSON
 * @param tokenCounting how tokens were counted, in words
 * @param tokenBreakdown the exported tokens by content, tools and framing
 * @param domains domain to its figures, sorted by domain
 * @param drops reason to the number of examples dropped for it before export
 * @param budget the token budget's outcome, when a budget was applied
 * @param diversity the exported examples' stories and the within-domain similarity of their
 *     user turns
 */
public record Manifest(
    String toolVersion,
    String configSha256,
    long seed,
    String tokenizer,
    String format,
    boolean metadataIncluded,
    String tokenCounting,
    TokenBreakdown tokenBreakdown,
    SplitFigures train,
    SplitFigures validation,
    Map<String, DomainFigures> domains,
    List<ShardSummary> shards,
    Map<String, Long> drops,
    RunCost cost,
    Optional<BudgetOutcome> budget,
    StoryDiversity diversity) {

  public Manifest {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(configSha256, "configSha256");
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(tokenCounting, "tokenCounting");
    Objects.requireNonNull(tokenBreakdown, "tokenBreakdown");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(diversity, "diversity");
    domains = java.util.Collections.unmodifiableMap(new TreeMap<>(domains));
    shards = List.copyOf(shards);
    drops = java.util.Collections.unmodifiableMap(new TreeMap<>(drops));
  }

  public long records() {
    return train.records() + validation.records();
  }

  public long tokens() {
    return train.tokens() + validation.tokens();
  }

  /** Records, tokens and shard count of one split. */
  public record SplitFigures(long records, long tokens, int shards) {}

  /**
   * One domain's part of the export.
   *
   * @param share the domain's share of all exported tokens, 0 to 1
   * @param plannedShare the share the plan gave it, when known
   */
  public record DomainFigures(
      long records, long tokens, double share, Optional<Double> plannedShare) {
    public DomainFigures {
      Objects.requireNonNull(plannedShare, "plannedShare");
    }
  }

  /**
   * The token budget as met (or not).
   *
   * @param shortfallTokens tokens missing to reach the target, 0 when it was reached
   * @param moreSpecsToPlan how many more specs a rerun should plan, 0 when none
   */
  public record BudgetOutcome(
      long targetTokens, long selectedTokens, long shortfallTokens, long moreSpecsToPlan) {

    /** The outcome of a budget selection, for the manifest. */
    public static BudgetOutcome of(org.difficultadvice.budget.BudgetSelection selection) {
      return new BudgetOutcome(selection.targetTokens(), selection.selectedTokens(),
          selection.shortfall().map(s -> s.missingTokens()).orElse(0L),
          selection.shortfall().map(s -> s.moreSpecsToPlan()).orElse(0L));
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The manifest as pretty-printed JSON in a fixed key order, ending in a newline. */
  public byte[] toJsonBytes() {
    try {
      String text = JSON.writeValueAsString(toJson());
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("manifest not writable as JSON", e);
    }
  }

  public ObjectNode toJson() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "difficult-advice");
    tool.put("version", toolVersion);
    root.put("config_sha256", configSha256);
    root.put("seed", seed);
    root.put("tokenizer", tokenizer);
    root.put("format", format);
    root.put("metadata", metadataIncluded ? "included" : "stripped");
    root.put("token_counting", tokenCounting);
    ObjectNode totals = root.putObject("totals");
    totals.put("records", records());
    totals.put("tokens", tokens());
    ObjectNode breakdown = totals.putObject("token_breakdown");
    breakdown.put("content", tokenBreakdown.content());
    breakdown.put("tools", tokenBreakdown.tools());
    breakdown.put("framing", tokenBreakdown.framing());
    ObjectNode splits = root.putObject("splits");
    putSplit(splits.putObject("train"), train);
    putSplit(splits.putObject("validation"), validation);
    budget.ifPresent(b -> {
      ObjectNode node = root.putObject("budget");
      node.put("target_tokens", b.targetTokens());
      node.put("selected_tokens", b.selectedTokens());
      node.put("shortfall_tokens", b.shortfallTokens());
      node.put("more_specs_to_plan", b.moreSpecsToPlan());
    });
    ObjectNode domainNode = root.putObject("domains");
    for (Map.Entry<String, DomainFigures> entry : domains.entrySet()) {
      DomainFigures d = entry.getValue();
      ObjectNode node = domainNode.putObject(entry.getKey());
      node.put("records", d.records());
      node.put("tokens", d.tokens());
      node.put("share", round6(d.share()));
      d.plannedShare().ifPresent(p -> node.put("planned_share", round6(p)));
    }
    ArrayNode shardNode = root.putArray("shards");
    for (ShardSummary shard : shards) {
      ObjectNode node = shardNode.addObject();
      node.put("name", shard.name());
      node.put("split", shard.split().fileStem());
      node.put("records", shard.records());
      node.put("tokens", shard.tokens());
      node.put("bytes", shard.bytes());
      node.put("sha256", shard.sha256());
    }
    diversity.writeJson(root.putObject("diversity"), similarityDefinition(diversity));
    ObjectNode dropNode = root.putObject("drops");
    drops.forEach(dropNode::put);
    ObjectNode costNode = root.putObject("cost");
    costNode.put("calls", cost.calls());
    costNode.put("input_tokens", cost.inputTokens());
    costNode.put("output_tokens", cost.outputTokens());
    costNode.put("usd", round6(cost.costUsd()));
    RunCost.Efficiency efficiency = cost.per(records(), tokens());
    costNode.put("usd_per_million_exported_tokens",
        round6(efficiency.usdPerMillionExportedTokens()));
    costNode.put("calls_per_exported_example", round6(efficiency.callsPerExportedExample()));
    costNode.put("paid_tokens_per_exported_token",
        round6(efficiency.paidTokensPerExportedToken()));
    costNode.put("cached_input_tokens", cost.cachedInputTokens());
    costNode.put("cached_share", round6(cost.cachedShare()));
    return root;
  }

  /** How the dataset card and {@link #toJson()} describe the similarity figure. */
  static String similarityDefinition(StoryDiversity diversity) {
    return MinHashSimilarity.definition("user turns (in spec id order)",
        diversity.sampledPerDomain());
  }

  private static void putSplit(ObjectNode node, SplitFigures figures) {
    node.put("records", figures.records());
    node.put("tokens", figures.tokens());
    node.put("shards", figures.shards());
  }

  /** Six decimals: enough for shares and dollars, and no float noise in the file. */
  static double round6(double value) {
    return Math.round(value * 1_000_000d) / 1_000_000d;
  }
}
