package org.difficultadvice.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.difficultadvice.budget.BudgetSelection;
import org.difficultadvice.budget.CountedExample;
import org.difficultadvice.budget.ExampleTokens;
import org.difficultadvice.budget.TokenBreakdown;
import org.difficultadvice.generate.Example;
import org.difficultadvice.plan.StoryDiversity;
import org.difficultadvice.quality.MinHashSimilarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset: the shards of both splits, then {@code manifest.json}, then the dataset
 * card {@code README.md}, each appearing whole under its final name or not at all. Records are
 * sorted by spec id, so the output does not depend on the order examples arrive in.
 */
public final class DatasetExporter {
  private static final Logger log = LoggerFactory.getLogger(DatasetExporter.class);

  private final ShardOutput shardOutput;

  public DatasetExporter() {
    this(ShardOutput.FILES);
  }

  /** An exporter whose shard files are opened through {@code shardOutput} (for tests). */
  public DatasetExporter(ShardOutput shardOutput) {
    this.shardOutput = Objects.requireNonNull(shardOutput, "shardOutput");
  }

  /** Exports with default settings into {@code outputDir}. */
  public Manifest export(List<Example> examples, Path outputDir) throws IOException {
    return export(examples, ExportRequest.defaults(outputDir));
  }

  /** Exports {@code examples}, counting each one's tokens with the request's counter. */
  public Manifest export(List<Example> examples, ExportRequest request) throws IOException {
    ExampleTokens tokens = new ExampleTokens(request.counter(), request.format());
    List<CountedExample> counted = new ArrayList<>(examples.size());
    for (Example example : examples) {
      counted.add(new CountedExample(example, tokens.breakdown(example)));
    }
    return write(counted, request);
  }

  /**
   * Exports what the budget selected with the tokens it counted, without counting them again.
   * The counts must come from the request's counter (the job's tokenizer) and format.
   */
  public Manifest export(BudgetSelection selection, ExportRequest request) throws IOException {
    if (selection.format() != request.format()) {
      throw new IllegalArgumentException("the budget counted tokens in the "
          + selection.format().configName() + " format but the export writes "
          + request.format().configName() + "; count in the format that is exported");
    }
    return write(selection.counted(), request);
  }

  private Manifest write(List<CountedExample> examples, ExportRequest request)
      throws IOException {
    List<EncodedRecord> records = encode(examples, request);
    JsonlShardWriter writer =
        new JsonlShardWriter(request.limits(), request.compression(), shardOutput);
    Files.createDirectories(request.outputDir());
    JsonlShardWriter.Staged staged = writer.stage(request.outputDir(), records);
    Manifest manifest;
    try {
      manifest = manifestOf(records, staged.summaries(), request, diversityOf(examples));
    } catch (RuntimeException e) {
      staged.discard();
      throw e;
    }
    staged.publish();
    AtomicFiles.write(request.outputDir().resolve("manifest.json"), manifest.toJsonBytes());
    AtomicFiles.write(request.outputDir().resolve("README.md"),
        new DatasetCard(manifest).markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    log.info("exported {} records, {} tokens in {} shards to {}",
        manifest.records(), manifest.tokens(), manifest.shards().size(), request.outputDir());
    return manifest;
  }

  private static List<EncodedRecord> encode(List<CountedExample> examples,
      ExportRequest request) {
    RecordRenderer renderer = new RecordRenderer(request.format(), request.metadata());
    List<EncodedRecord> records = new ArrayList<>(examples.size());
    for (CountedExample counted : examples) {
      Example example = counted.example();
      TokenBreakdown breakdown = counted.tokens();
      records.add(new EncodedRecord(
          example.specId(),
          example.spec().domain(),
          Split.of(example.specId(), request.seed(), request.validationShare()),
          renderer.render(example, breakdown.total()),
          breakdown));
    }
    // The line breaks ties between equal ids, so even duplicates come out in a stable order.
    records.sort(Comparator.comparing(EncodedRecord::specId)
        .thenComparing(EncodedRecord::line, java.util.Arrays::compare));
    return records;
  }

  /** The stories and within-domain similarity of user turns of what is exported, by spec id. */
  static StoryDiversity diversityOf(List<CountedExample> examples) {
    StoryDiversity.Collector collector = new StoryDiversity.Collector();
    examples.stream().map(CountedExample::example)
        .sorted(Comparator.comparing(Example::specId))
        .forEach(e -> collector.accept(e.spec().story(), e.spec().domain(), e.userMessage()));
    return collector.result(new MinHashSimilarity());
  }

  private static Manifest manifestOf(List<EncodedRecord> records, List<ShardSummary> shards,
      ExportRequest request, StoryDiversity diversity) {
    long totalTokens = records.stream().mapToLong(EncodedRecord::tokens).sum();
    SortedMap<String, long[]> byDomain = new TreeMap<>();
    for (EncodedRecord record : records) {
      long[] figures = byDomain.computeIfAbsent(record.domain(), d -> new long[2]);
      figures[0]++;
      figures[1] += record.tokens();
    }
    SortedMap<String, Manifest.DomainFigures> domains = new TreeMap<>();
    for (Map.Entry<String, long[]> entry : byDomain.entrySet()) {
      long[] figures = entry.getValue();
      double share = totalTokens == 0 ? 0 : (double) figures[1] / totalTokens;
      domains.put(entry.getKey(), new Manifest.DomainFigures(figures[0], figures[1], share,
          Optional.ofNullable(request.plannedDomainShares().get(entry.getKey()))));
    }
    return new Manifest(
        ToolVersion.current(),
        request.configSha256(),
        request.seed(),
        request.tokenizer(),
        request.format().configName(),
        request.metadata() == MetadataMode.INCLUDE,
        TOKEN_COUNTING,
        records.stream().map(EncodedRecord::breakdown)
            .reduce(TokenBreakdown.NONE, TokenBreakdown::plus),
        splitFigures(records, shards, Split.TRAIN),
        splitFigures(records, shards, Split.VALIDATION),
        domains,
        shards,
        request.drops(),
        request.cost(),
        request.budget(),
        diversity);
  }

  static final String TOKEN_COUNTING = ExampleTokens.DEFINITION;

  private static Manifest.SplitFigures splitFigures(
      List<EncodedRecord> records, List<ShardSummary> shards, Split split) {
    long count = 0;
    long tokens = 0;
    for (EncodedRecord record : records) {
      if (record.split() == split) {
        count++;
        tokens += record.tokens();
      }
    }
    int shardCount = (int) shards.stream().filter(s -> s.split() == split).count();
    return new Manifest.SplitFigures(count, tokens, shardCount);
  }
}
