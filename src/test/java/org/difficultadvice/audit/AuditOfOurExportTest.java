package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.difficultadvice.export.DatasetExporter;
import org.difficultadvice.export.Manifest;
import org.difficultadvice.export.TestExamples;
import org.difficultadvice.export.ExportRequest;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.ExportSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The audit reads the export's own run directory: its shards, splits and metadata. */
class AuditOfOurExportTest {
  @TempDir Path dir;

  @Test
  void agreesWithTheManifestOnRecordsSplitsAndCoverage() throws IOException {
    List<Example> pool = TestExamples.pool(90, List.of("finance", "medicine", "housing"), 11);
    Path run = dir.resolve("run");
    Manifest manifest = new DatasetExporter().export(pool, run);

    AuditRequest request = new AuditRequest(run.toString(), DatasetFiles.resolve(run),
        Optional.empty(), dir.resolve("audit"), Optional.empty(), "", Optional.empty());
    ObjectNode report =
        new DatasetAudit(Chats.JSON, Chats.realChecks(), 2).run(request, ProgressMeter.silent());

    assertEquals(0, report.get("bad_lines").asLong());
    assertEquals(manifest.records(), report.get("records").asLong());
    assertEquals(manifest.train().records(),
        report.path("by_split").path("train").path("records").asLong());
    assertEquals(manifest.validation().records(),
        report.path("by_split").path("validation").path("records").asLong());
    assertEquals(manifest.records(), report.path("metadata").path("records_with_metadata").asLong());
    for (String domain : List.of("finance", "medicine", "housing")) {
      long exported = pool.stream().filter(e -> e.spec().domain().equals(domain)).count();
      assertEquals(exported,
          report.path("metadata").path("coverage").path("domain").path(domain).path("records").asLong());
    }
    assertEquals(manifest.records(), report.path("metadata").path("coverage").path("clause")
        .path("records.accurate").path("records").asLong());
    assertEquals(manifest.records(), report.path("metadata").path("judge_scores")
        .path("engages_goal").path("count").asLong());
  }

  /**
   * Regression (issue 15, "two token counts"): on one export the manifest said 3,000,109 tokens
   * and the audit 2,777,238, because the audit left out tools and message framing.
   */
  @ParameterizedTest
  @ValueSource(strings = {"openai", "sharegpt"})
  void countsTheManifestsTokensWithTheSameBreakdown(String format) throws IOException {
    List<Example> pool = TestExamples.pool(60, List.of("finance", "housing"), 7);
    Path run = dir.resolve("run-" + format);
    ExportRequest export = ExportRequest.of(
        run, new ExportSettings(format, null, null, null, null, null), 7L);
    Manifest manifest = new DatasetExporter().export(pool, export);

    AuditRequest request = new AuditRequest(run.toString(), DatasetFiles.resolve(run),
        Optional.empty(), dir.resolve("audit-" + format), Optional.empty(), "", Optional.empty());
    ObjectNode report =
        new DatasetAudit(Chats.JSON, Chats.realChecks(), 2).run(request, ProgressMeter.silent());

    ObjectNode exported = (ObjectNode) manifest.toJson().path("totals").path("token_breakdown");
    assertEquals(manifest.tokens(), report.get("tokens").asLong());
    assertEquals(exported, report.get("token_breakdown"));
    assertEquals(manifest.tokens(), exported.get("content").asLong()
        + exported.get("tools").asLong() + exported.get("framing").asLong());
    assertEquals(true, exported.get("tools").asLong() > 0, "the pool attaches tools");
  }
}
