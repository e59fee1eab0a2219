package org.difficultadvice.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.difficultadvice.audit.ContaminationCheck;
import org.difficultadvice.audit.ContentFlagger;
import org.difficultadvice.audit.CountedTokens;
import org.difficultadvice.audit.EvalSetOverlap;
import org.difficultadvice.audit.LineSketcher;
import org.difficultadvice.audit.MinHashNearDuplicates;
import org.difficultadvice.audit.PatternFlagger;
import org.difficultadvice.audit.QualityChecks;
import org.difficultadvice.audit.ShingleSketch;
import org.difficultadvice.budget.TokenCounters;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.quality.DedupParameters;
import org.difficultadvice.quality.EvalSetReader;
import org.difficultadvice.quality.FilterPatternsLoader;
import org.difficultadvice.quality.MinHasher;
import org.difficultadvice.quality.TextNormalizer;

/**
 * Builds the audit's checks from the settings, the way {@code audit} builds them from its
 * options, so that an executor computes exactly what {@code audit} computes for a line.
 */
final class ExecutorChecks {
  /**
   * One sketcher per settings per executor JVM. Static on purpose: Spark has no per-executor
   * hook, and building the tokenizer's tables for every partition costs seconds on a busy
   * machine. The sketcher is thread-safe (the audit's worker threads share one too).
   */
  private static final java.util.Map<MixAuditSettings, LineSketcher> SKETCHERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private ExecutorChecks() {}

  /** The executor's shared sketcher for these settings. */
  static LineSketcher sharedSketcher(MixAuditSettings settings) {
    return SKETCHERS.computeIfAbsent(settings, ExecutorChecks::sketcher);
  }

  static DedupParameters dedup(MixAuditSettings settings) {
    return DedupParameters.forThreshold(
        MixAuditSettings.SHINGLE_WORDS, MixAuditSettings.PERMUTATIONS, settings.nearThreshold());
  }

  static LineSketcher sketcher(MixAuditSettings settings) {
    try {
      DedupParameters dedup = dedup(settings);
      MinHasher hasher = new MinHasher(dedup.permutations(), dedup.seed());
      return new LineSketcher(checks(settings, dedup), new ObjectMapper(),
          text -> ShingleSketch.of(text, dedup, hasher));
    } catch (InvalidInputException e) {
      // The driver checked these inputs before starting; failing here is a bug.
      throw new IllegalStateException("checks failed on an executor: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static QualityChecks checks(MixAuditSettings settings, DedupParameters dedup)
      throws InvalidInputException, IOException {
    CountedTokens tokens = new CountedTokens(
        settings.tokenizer().trim().toLowerCase(Locale.ROOT),
        TokenCounters.open(settings.tokenizer(), Path.of(""), Path.of("--tokenizer")));
    ContentFlagger flagger = settings.filters().isEmpty()
        ? record -> Set.of()
        : new PatternFlagger(new FilterPatternsLoader()
            .parse(Path.of(settings.filtersName()), settings.filters()));
    ContaminationCheck contamination = settings.evalSetName().isEmpty()
        ? ContaminationCheck.none()
        : new EvalSetOverlap(new EvalSetReader().read(evalSetCopy(settings)));
    return new QualityChecks(tokens, TextNormalizer::normalize,
        () -> new MinHashNearDuplicates(dedup), flagger, contamination);
  }

  /** The evaluation set under its own file name (the reader tells formats by the name). */
  private static Path evalSetCopy(MixAuditSettings settings) throws IOException {
    Path dir = Files.createTempDirectory("difficult-advice-eval");
    Path file = dir.resolve(Path.of(settings.evalSetName()).getFileName().toString());
    Files.write(file, settings.evalSet());
    file.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    return file;
  }
}
