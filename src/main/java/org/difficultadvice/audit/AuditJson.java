package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.difficultadvice.budget.ExampleTokens;
import org.difficultadvice.plan.StoryDiversity;
import org.difficultadvice.quality.MinHashSimilarity;

/** Every figure of an audit as the JSON tree written to {@code audit.json}. */
public final class AuditJson {
  /** Histogram bins for length distributions: fine enough to see a shape, few enough to read. */
  static final int BINS = 24;

  private final ObjectMapper json;

  public AuditJson(ObjectMapper json) {
    this.json = json;
  }

  public ObjectNode render(AuditResult result, Optional<String> evalSet) throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put("tokenizer", result.tokenizer());
    ArrayNode inputs = root.putArray("inputs");
    for (InputFile file : result.files()) {
      inputs.addObject()
          .put("file", file.name())
          .put("split", file.split())
          .put("bytes", Files.size(file.path()));
    }
    DatasetFigures figures = result.figures();
    long records = figures.records();
    root.put("lines", result.lines());
    root.put("records", records);
    root.put("bad_lines", result.findings().badLines());
    root.put("turns", figures.turns());
    root.put("tokens", figures.tokens());
    root.putObject("token_breakdown")
        .put("content", figures.tokenBreakdown().content())
        .put("tools", figures.tokenBreakdown().tools())
        .put("framing", figures.tokenBreakdown().framing());
    root.put("token_counting", ExampleTokens.DEFINITION
        + " ({\"text\": ...} documents: content only)");
    ObjectNode formats = root.putObject("formats");
    figures.byFormat().forEach((format, count) -> formats.put(format.label(), count));
    root.set("by_split", tally(figures.bySplit(), records));
    root.set("by_file", tally(figures.byFile(), records));
    ObjectNode lengths = root.putObject("lengths");
    figures.turnTokensByRole().forEach((role, dist) -> lengths.set(role, distribution(dist)));
    lengths.set("record", distribution(figures.recordTokens()));
    root.set("turns_per_record", distribution(figures.turnsPerRecord()));
    root.set("schema_errors", schemaErrors(result.findings()));
    root.set("duplicates", duplicates(result));
    root.set("contamination", contamination(result, evalSet));
    ObjectNode quality = root.putObject("quality");
    for (ContentFlag flag : ContentFlag.values()) {
      ObjectNode node = quality.putObject(flag.label());
      long count = result.findings().flagCount(flag);
      node.put("records", count).put("rate", rate(count, records));
      ArrayNode lines = node.putArray("examples");
      result.findings().flagged(flag).forEach(ref -> lines.add(ref(ref)));
    }
    root.set("metadata", metadata(result.metadata(), records));
    StoryDiversity diversity = result.diversity();
    diversity.writeJson(root.putObject("diversity"), MinHashSimilarity.definition(
        "user turns (in file order; domain from metadata.domain, one group without it)",
        diversity.sampledPerDomain()));
    return root;
  }

  private ObjectNode tally(Tally tally, long records) {
    ObjectNode node = json.createObjectNode();
    for (Map.Entry<String, Tally.Counts> entry : tally.byValue().entrySet()) {
      Tally.Counts counts = entry.getValue();
      node.putObject(entry.getKey())
          .put("records", counts.records())
          .put("share", rate(counts.records(), records))
          .put("turns", counts.turns())
          .put("tokens", counts.tokens());
    }
    return node;
  }

  ObjectNode distribution(IntDistribution dist) {
    ObjectNode node = json.createObjectNode();
    node.put("count", dist.count())
        .put("sum", dist.sum())
        .put("mean", round(dist.mean()))
        .put("min", dist.min())
        .put("p50", dist.percentile(50))
        .put("p90", dist.percentile(90))
        .put("p99", dist.percentile(99))
        .put("max", dist.max());
    ArrayNode bins = node.putArray("histogram");
    for (IntDistribution.Bin bin : dist.histogram(BINS)) {
      bins.addObject().put("from", bin.from()).put("to", bin.to()).put("count", bin.count());
    }
    return node;
  }

  private ObjectNode schemaErrors(Findings findings) {
    ObjectNode node = json.createObjectNode();
    node.put("bad_lines", findings.badLines());
    ObjectNode byProblem = node.putObject("by_problem");
    findings.schemaErrorCounts().forEach((problem, count) -> byProblem.put(problem.label(), count));
    node.put("shown", findings.schemaErrors().size());
    ArrayNode errors = node.putArray("errors");
    for (SchemaError error : findings.schemaErrors()) {
      errors.addObject()
          .put("file", error.file())
          .put("line", error.line())
          .put("problem", error.problem().label())
          .put("detail", error.detail())
          .put("message", error.toString());
    }
    ArrayNode files = node.putArray("file_problems");
    findings.fileProblems().forEach(problem -> files.add(problem.toString()));
    return node;
  }

  private ObjectNode duplicates(AuditResult result) {
    long records = result.figures().records();
    ObjectNode node = json.createObjectNode();
    node.put("exact", result.exactDuplicates())
        .put("near", result.nearDuplicates())
        .put("exact_rate", rate(result.exactDuplicates(), records))
        .put("near_rate", rate(result.nearDuplicates(), records))
        .put("rate", rate(result.exactDuplicates() + result.nearDuplicates(), records))
        .put("near_threshold", result.nearThreshold())
        .put("clusters", result.duplicateClusters())
        .put("near_verification", "exact Jaccard of the 64-bit shingle sets of LSH candidates");
    NearCoverage coverage = result.nearCoverage();
    node.putObject("near_coverage")
        .put("complete", coverage.isComplete())
        .put("compared", coverage.compared())
        .put("kept", coverage.kept())
        .put("note", coverage.note());
    ArrayNode clusters = node.putArray("largest_clusters");
    for (DuplicateCluster cluster : result.largestClusters()) {
      ObjectNode c = clusters.addObject();
      c.set("first", ref(cluster.first()));
      c.put("size", cluster.size());
      ArrayNode members = c.putArray("members");
      cluster.members().forEach(member -> members.add(ref(member)));
    }
    return node;
  }

  private ObjectNode contamination(AuditResult result, Optional<String> evalSet) {
    ObjectNode node = json.createObjectNode();
    if (evalSet.isPresent()) {
      node.put("eval_set", evalSet.get());
    } else {
      node.putNull("eval_set");
    }
    long count = result.findings().contaminatedCount();
    node.put("records", count).put("rate", rate(count, result.figures().records()));
    ArrayNode samples = node.putArray("examples");
    for (Sample sample : result.findings().contaminated()) {
      samples.add(ref(sample.record()).put("overlap", sample.excerpt()));
    }
    return node;
  }

  private ObjectNode metadata(MetadataFigures metadata, long records) {
    ObjectNode node = json.createObjectNode();
    node.put("records_with_metadata", metadata.recordsWithMetadata());
    ObjectNode coverage = node.putObject("coverage");
    metadata.coverage().forEach((field, tally) -> coverage.set(field, tally(tally, records)));
    ObjectNode byField = node.putObject("by_field");
    metadata.byField().forEach((field, tally) -> byField.set(field, tally(tally, records)));
    ObjectNode judge = node.putObject("judge_scores");
    metadata.judgeScores().forEach(
        (criterion, scores) -> {
          ObjectNode c = judge.putObject(criterion);
          c.put("count", scores.count())
              .put("mean", round(scores.mean()))
              .put("min", scores.min())
              .put("max", scores.max());
          ObjectNode counts = c.putObject("counts");
          scores.counts().forEach((score, n) -> counts.put(String.valueOf(score), n));
        });
    return node;
  }

  ObjectNode ref(RecordRef ref) {
    return json.createObjectNode().put("file", ref.file()).put("line", ref.line());
  }

  static double rate(long count, long total) {
    return total == 0 ? 0 : round((double) count / total);
  }

  static double round(double value) {
    return Math.round(value * 1_000_000) / 1_000_000.0;
  }
}
