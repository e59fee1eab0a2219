package org.difficultadvice.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.difficultadvice.audit.AuditRequest;
import org.difficultadvice.audit.ContaminationCheck;
import org.difficultadvice.audit.ContentFlagger;
import org.difficultadvice.audit.CountedTokens;
import org.difficultadvice.audit.DatasetAudit;
import org.difficultadvice.audit.DatasetFiles;
import org.difficultadvice.audit.EvalSetOverlap;
import org.difficultadvice.audit.InputFile;
import org.difficultadvice.audit.MinHashNearDuplicates;
import org.difficultadvice.audit.PatternFlagger;
import org.difficultadvice.audit.ProgressMeter;
import org.difficultadvice.audit.QualityChecks;
import org.difficultadvice.budget.TokenCounters;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.quality.DedupParameters;
import org.difficultadvice.quality.EvalSetReader;
import org.difficultadvice.quality.FilterPatternsLoader;
import org.difficultadvice.quality.TextNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit PATH}: what is in a JSONL chat dataset and what is wrong with it. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audits a JSONL chat dataset (OpenAI messages, ShareGPT conversations or {\"text\": ...}),"
          + " ours or not: schema errors with line numbers, tokens, lengths, duplicates,"
          + " contamination, refusal/leak/slop-name rates, coverage and judge scores.",
      "Writes audit.json, duplicates.jsonl and audit.html to --out."
    })
public final class AuditCommand implements Callable<Integer> {
  static final String DEFAULT_FILTERS = "generator/filters.yaml";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      description = "A .jsonl or .jsonl.gz file, or a run directory (its data/*.jsonl* shards).")
  Path path;

  @Option(names = "--eval-set", paramLabel = "FILE",
      description = "Evaluation set (JSONL or text) to check for n-gram overlap.")
  Path evalSet;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Report folder. Default: PATH-audit for a file or directory.")
  Path out;

  @Option(names = "--tokenizer", paramLabel = "NAME", defaultValue = "o200k_base",
      description = "o200k_base, cl100k_base or a tokenizer.json. Default: ${DEFAULT-VALUE}.")
  String tokenizer;

  @Option(names = "--filters", paramLabel = "FILE", defaultValue = DEFAULT_FILTERS,
      description = "Refusal, leaked-instruction and slop-name patterns. Default: ${DEFAULT-VALUE}"
          + " (when absent, those rates are reported as not checked).")
  Path filters;

  @Option(names = "--compare", paramLabel = "OLD",
      description = "An earlier release (file or directory) to compare with.")
  Path compare;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads for tokenizing and hashing. Default: the number of processors.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--near-threshold", paramLabel = "JACCARD", defaultValue = "0.8",
      description = "Shingle similarity at which records are near duplicates. Default: ${DEFAULT-VALUE}.")
  double nearThreshold;

  @Option(names = "--from-figures", paramLabel = "AUDIT_JSON",
      description = "Render audit.html from an audit.json (e.g. the Spark job's) instead of"
          + " auditing; written to --out, by default beside the file.")
  Path fromFigures;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (fromFigures != null) {
      return renderFromFigures(err);
    }
    if (path == null) {
      err.println("error: give PATH (a JSONL file or run directory) or --from-figures FILE");
      return ExitCode.BAD_INPUT;
    }
    AuditRequest request;
    QualityChecks checks;
    try {
      request = request();
      checks = checks();
    } catch (InvalidInputException e) {
      e.diagnostics().forEach(err::println);
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      err.println("error: cannot read " + path + ": " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode report;
    try {
      ProgressMeter progress = new ProgressMeter(
          err, System.console() != null, System::nanoTime, totalBytes(request.files()));
      report = new DatasetAudit(json, checks, threads).run(request, progress);
    } catch (IOException e) {
      err.println("error: audit failed: " + e);
      return ExitCode.FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s: %,d records (%,d bad lines), %,d tokens (%s); duplicates %,d exact, %,d near; "
            + "contaminated %,d%n",
        request.name(),
        report.path("records").asLong(),
        report.path("bad_lines").asLong(),
        report.path("tokens").asLong(),
        report.path("tokenizer").asText(),
        report.path("duplicates").path("exact").asLong(),
        report.path("duplicates").path("near").asLong(),
        report.path("contamination").path("records").asLong());
    report.path("schema_errors").path("file_problems")
        .forEach(problem -> out.println("warning: " + problem.asText()));
    String coverage = report.path("duplicates").path("near_coverage").path("note").asText("");
    if (!coverage.isEmpty()) {
      out.println("warning: " + coverage);
    }
    out.println("wrote " + request.outDir().resolve(DatasetAudit.JSON_FILE) + ", "
        + DatasetAudit.DUPLICATES_FILE + ", " + DatasetAudit.HTML_FILE);
    out.flush();
    return ExitCode.OK;
  }

  private int renderFromFigures(PrintWriter err) {
    ObjectNode report;
    try {
      if (!(new ObjectMapper().readTree(fromFigures.toFile()) instanceof ObjectNode node)
          || !node.has("records") || !node.has("duplicates")) {
        err.println(fromFigures + ":1:1: error: not an audit.json (no records and duplicates);"
            + " give the audit.json that audit or the Spark job wrote");
        return ExitCode.BAD_INPUT;
      }
      report = node;
    } catch (IOException e) {
      err.println(fromFigures + ": error: cannot read: " + e.getMessage()
          + "; give the audit.json that audit or the Spark job wrote");
      return ExitCode.BAD_INPUT;
    }
    Path dir = out != null ? out
        : fromFigures.toAbsolutePath().getParent();
    try {
      Path written = DatasetAudit.writeHtml(dir, report);
      spec.commandLine().getOut().println("wrote " + written);
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("error: cannot write " + dir.resolve(DatasetAudit.HTML_FILE) + ": " + e);
      return ExitCode.FAILED;
    }
  }

  private AuditRequest request() throws InvalidInputException, IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<InputFile> files = filesOf(path, "PATH", problems);
    Optional<List<InputFile>> older = Optional.empty();
    if (compare != null) {
      older = Optional.of(filesOf(compare, "--compare", problems));
    }
    if (evalSet != null && !Files.isRegularFile(evalSet)) {
      problems.add(Diagnostic.at(evalSet, 0, "--eval-set file not found",
          "give the path of an evaluation set file"));
    }
    if (!Files.isRegularFile(filters) && !filters.equals(Path.of(DEFAULT_FILTERS))) {
      problems.add(Diagnostic.at(filters, 0, "--filters file not found",
          "give the path of a filters.yaml"));
    }
    if (threads < 1) {
      problems.add(Diagnostic.at(Path.of("--threads"), 0, "--threads must be at least 1",
          "leave it out to use every processor"));
    }
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      problems.add(Diagnostic.at(Path.of("--near-threshold"), 0,
          "near-duplicate threshold " + nearThreshold + " is not in (0, 1]", "use e.g. 0.8"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Path outDir = out != null ? out : defaultOut(path);
    return new AuditRequest(path.toString(), files, Optional.ofNullable(evalSet), outDir, older,
        compare == null ? "" : compare.toString(),
        Files.isRegularFile(filters) ? Optional.of(filters) : Optional.empty());
  }

  private static List<InputFile> filesOf(Path path, String what, List<Diagnostic> problems)
      throws IOException {
    if (!Files.exists(path)) {
      problems.add(Diagnostic.at(path, 0, what + " not found",
          "give a .jsonl/.jsonl.gz file or a run directory"));
      return List.of();
    }
    List<InputFile> files = DatasetFiles.resolve(path);
    if (files.isEmpty()) {
      problems.add(Diagnostic.at(path, 0, "no .jsonl or .jsonl.gz files here or in its data/",
          "give a JSONL file or a run directory with data/*.jsonl shards"));
    }
    return files;
  }

  /** {@code PATH-audit} beside the dataset (without .jsonl/.gz), or {@code ./audit}. */
  static Path defaultOut(Path path) {
    Path name = path.toAbsolutePath().normalize().getFileName();
    if (name == null) {
      return Path.of("audit");
    }
    String stem = name.toString().replaceFirst("\\.jsonl(\\.gz)?$", "");
    return path.toAbsolutePath().normalize().resolveSibling(stem + "-audit");
  }

  private QualityChecks checks() throws InvalidInputException {
    CountedTokens tokens = new CountedTokens(tokenizer.trim().toLowerCase(java.util.Locale.ROOT),
        TokenCounters.open(tokenizer, Path.of(""), Path.of("--tokenizer")));
    DedupParameters dedup = DedupParameters.forThreshold(5, 128, nearThreshold);
    ContentFlagger flagger = Files.isRegularFile(filters)
        ? new PatternFlagger(new FilterPatternsLoader().load(filters))
        : record -> Set.of();
    ContaminationCheck contamination = evalSet == null
        ? ContaminationCheck.none()
        : new EvalSetOverlap(new EvalSetReader().read(evalSet));
    return new QualityChecks(tokens, TextNormalizer::normalize,
        () -> new MinHashNearDuplicates(dedup), flagger, contamination);
  }

  private static long totalBytes(List<InputFile> files) throws IOException {
    long total = 0;
    for (InputFile file : files) {
      total += Files.size(file.path());
    }
    return total;
  }
}
