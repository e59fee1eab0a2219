package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs an audit end to end: one pass over the dataset (and one over the earlier release when
 * comparing), then {@code audit.json}, {@code duplicates.jsonl} and {@code audit.html} in the
 * output directory, each written atomically.
 */
public final class DatasetAudit {
  public static final String JSON_FILE = "audit.json";
  public static final String DUPLICATES_FILE = "duplicates.jsonl";
  public static final String HTML_FILE = "audit.html";

  private final ObjectMapper json;
  private final QualityChecks checks;
  private final int threads;

  /** @param threads worker threads for the per-line work (tokenizing, hashing, sketching) */
  public DatasetAudit(ObjectMapper json, QualityChecks checks, int threads) {
    this.json = json;
    this.checks = checks;
    this.threads = threads;
  }

  /** Writes the reports and returns what went into {@code audit.json}. */
  public ObjectNode run(AuditRequest request, ProgressMeter progress) throws IOException {
    Files.createDirectories(request.outDir());
    DatasetAuditor auditor = new DatasetAuditor(checks, json, threads);
    AuditResult result;
    boolean namesFiles = request.files().size() > 1;
    try (DuplicatesJsonl duplicates =
        new DuplicatesJsonl(json, request.outDir().resolve(DUPLICATES_FILE), namesFiles)) {
      result = auditor.audit(request.files(), duplicates, progress);
      duplicates.publish();
    }
    ObjectNode report = report(json, result, request.name(),
        request.evalSet().map(Path::toString), request.filterPatterns().map(Path::toString));
    if (request.older().isPresent()) {
      AuditResult older =
          new DatasetAuditor(checks, json, threads)
              .audit(request.older().get(), link -> {}, ProgressMeter.silent());
      report.set("compare", new ReleaseComparison(json).compare(result, older, request.olderName()));
    }
    Path outDir = request.outDir();
    ReportFiles.write(
        outDir.resolve(JSON_FILE), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
    ReportFiles.write(outDir.resolve(HTML_FILE), html(report));
    return report;
  }

  /**
   * What goes into {@code audit.json}: the result's figures, titled with the dataset's name.
   *
   * @param filterPatterns the {@code filters.yaml} the quality flags came from, if any
   */
  public static ObjectNode report(ObjectMapper json, AuditResult result, String name,
      Optional<String> evalSet, Optional<String> filterPatterns) throws IOException {
    ObjectNode report = new AuditJson(json).render(result, evalSet);
    report.put("dataset", name);
    report.put(
        "duplicates_file_numbering",
        result.files().size() > 1
            ? "line numbers are 1-based within each file; \"file\" and \"duplicate_of_file\" name"
                + " the files"
            : "line numbers are 1-based within the file");
    ObjectNode quality = (ObjectNode) report.get("quality");
    if (filterPatterns.isPresent()) {
      quality.put("patterns", filterPatterns.get());
    } else {
      quality.putNull("patterns");
      quality.put("note", "not checked: no filters.yaml (give --filters FILE)");
    }
    return report;
  }

  /** Writes {@code audit.html} for an {@code audit.json} into {@code outDir}, atomically. */
  public static Path writeHtml(Path outDir, ObjectNode report) throws IOException {
    Path target = outDir.resolve(HTML_FILE);
    ReportFiles.write(target, html(report));
    return target;
  }

  /** {@code audit.html}: rendered from {@code audit.json} alone, wherever that was computed. */
  public static byte[] html(ObjectNode report) {
    return new AuditHtml().render(report, report.path("dataset").asText())
        .getBytes(StandardCharsets.UTF_8);
  }
}
