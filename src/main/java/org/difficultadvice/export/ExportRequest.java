package org.difficultadvice.export;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.difficultadvice.budget.ChatFormat;
import org.difficultadvice.budget.JtokkitTokenCounter;
import org.difficultadvice.budget.TokenCounter;
import org.difficultadvice.load.ExportSettings;
import org.difficultadvice.load.JobConfig;

/**
 * Everything an export needs besides the examples. Start from {@link #defaults(Path)} or
 * {@link #of(Path, ExportSettings, long)} and change what differs with the {@code with*}
 * methods.
 *
 * @param outputDir the folder that receives {@code data/}, {@code manifest.json} and
 *     {@code README.md}
 * @param tokenizer the tokenizer's name as configured, for the manifest
 * @param counter the tokenizer itself
 * @param configSha256 from {@link ConfigHash}, or {@code "none"} when there is no config
 * @param drops reason to count of examples dropped before export (filters, dedup, judge, budget)
 * @param plannedDomainShares domain to the token share the plan gave it; may be empty
 */
public record ExportRequest(
    Path outputDir,
    ChatFormat format,
    MetadataMode metadata,
    ShardLimits limits,
    Compression compression,
    double validationShare,
    long seed,
    String tokenizer,
    TokenCounter counter,
    String configSha256,
    Map<String, Long> drops,
    RunCost cost,
    Map<String, Double> plannedDomainShares,
    Optional<Manifest.BudgetOutcome> budget) {

  public ExportRequest {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(compression, "compression");
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(configSha256, "configSha256");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(budget, "budget");
    if (!(validationShare >= 0 && validationShare < 1)) {
      throw new IllegalArgumentException(
          "validation_share must be at least 0 and below 1, got " + validationShare);
    }
    drops = java.util.Collections.unmodifiableMap(new TreeMap<>(drops));
    plannedDomainShares =
        java.util.Collections.unmodifiableMap(new TreeMap<>(plannedDomainShares));
  }

  /** Defaults of every setting: openai format with metadata, o200k_base, 2% validation. */
  public static ExportRequest defaults(Path outputDir) {
    return of(outputDir, ExportSettings.defaults(), 0L);
  }

  /** The settings of a job config's {@code export:} section, with the o200k_base tokenizer. */
  public static ExportRequest of(Path outputDir, ExportSettings settings, long seed) {
    return new ExportRequest(
        outputDir,
        ChatFormat.fromConfig(settings.format()),
        settings.stripMetadata() ? MetadataMode.STRIP : MetadataMode.INCLUDE,
        new ShardLimits(settings.shardMaxBytes(), settings.shardMaxRecords()),
        settings.gzip() ? Compression.GZIP : Compression.NONE,
        settings.validationShare(),
        seed,
        "o200k_base",
        JtokkitTokenCounter.o200kBase(),
        "none",
        Map.of(),
        RunCost.NONE,
        Map.of(),
        Optional.empty());
  }

  /**
   * The request a job config describes: its {@code export:} settings, its seed, its
   * {@code budget.tokenizer} name with the counter opened for it, and the config's hash.
   */
  public static ExportRequest fromConfig(JobConfig config, Path outputDir, TokenCounter counter) {
    return of(outputDir, config.export(), config.seed())
        .withTokenizer(config.budget().tokenizer(), counter)
        .withConfigSha256(ConfigHash.of(config));
  }

  public ExportRequest withTokenizer(String name, TokenCounter tokenCounter) {
    return new ExportRequest(outputDir, format, metadata, limits, compression, validationShare,
        seed, name, tokenCounter, configSha256, drops, cost, plannedDomainShares, budget);
  }

  public ExportRequest withConfigSha256(String sha256) {
    return new ExportRequest(outputDir, format, metadata, limits, compression, validationShare,
        seed, tokenizer, counter, sha256, drops, cost, plannedDomainShares, budget);
  }

  public ExportRequest withDrops(Map<String, Long> dropsByReason) {
    return new ExportRequest(outputDir, format, metadata, limits, compression, validationShare,
        seed, tokenizer, counter, configSha256, new TreeMap<>(dropsByReason), cost,
        plannedDomainShares, budget);
  }

  public ExportRequest withCost(RunCost runCost) {
    return new ExportRequest(outputDir, format, metadata, limits, compression, validationShare,
        seed, tokenizer, counter, configSha256, drops, runCost, plannedDomainShares, budget);
  }

  public ExportRequest withPlannedDomainShares(Map<String, Double> shares) {
    return new ExportRequest(outputDir, format, metadata, limits, compression, validationShare,
        seed, tokenizer, counter, configSha256, drops, cost, new TreeMap<>(shares), budget);
  }

  public ExportRequest withBudget(Manifest.BudgetOutcome outcome) {
    return new ExportRequest(outputDir, format, metadata, limits, compression, validationShare,
        seed, tokenizer, counter, configSha256, drops, cost, plannedDomainShares,
        Optional.of(outcome));
  }

  public ExportRequest withFormat(ChatFormat chatFormat) {
    return new ExportRequest(outputDir, chatFormat, metadata, limits, compression,
        validationShare, seed, tokenizer, counter, configSha256, drops, cost,
        plannedDomainShares, budget);
  }

  public ExportRequest withLimits(ShardLimits shardLimits) {
    return new ExportRequest(outputDir, format, metadata, shardLimits, compression,
        validationShare, seed, tokenizer, counter, configSha256, drops, cost,
        plannedDomainShares, budget);
  }

  public ExportRequest withCompression(Compression shardCompression) {
    return new ExportRequest(outputDir, format, metadata, limits, shardCompression,
        validationShare, seed, tokenizer, counter, configSha256, drops, cost,
        plannedDomainShares, budget);
  }

  public ExportRequest withMetadata(MetadataMode mode) {
    return new ExportRequest(outputDir, format, mode, limits, compression, validationShare,
        seed, tokenizer, counter, configSha256, drops, cost, plannedDomainShares, budget);
  }

  public ExportRequest withValidationShare(double share) {
    return new ExportRequest(outputDir, format, metadata, limits, compression, share, seed,
        tokenizer, counter, configSha256, drops, cost, plannedDomainShares, budget);
  }

  public ExportRequest withSeed(long exportSeed) {
    return new ExportRequest(outputDir, format, metadata, limits, compression, validationShare,
        exportSeed, tokenizer, counter, configSha256, drops, cost, plannedDomainShares, budget);
  }
}
