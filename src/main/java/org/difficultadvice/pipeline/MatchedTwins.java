package org.difficultadvice.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.difficultadvice.budget.BudgetSelection;
import org.difficultadvice.export.AtomicFiles;
import org.difficultadvice.export.DatasetExporter;
import org.difficultadvice.export.ExportRequest;
import org.difficultadvice.export.Manifest;
import org.difficultadvice.export.TwinComparison;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.Twin;
import org.difficultadvice.quality.QualityResult;
import org.difficultadvice.store.RunStore;
import org.difficultadvice.store.SpecFailure;

/**
 * The matched twins of a run after generation: each twin's answers through the quality stages
 * on their own, and the specs every twin kept. Only those specs go on to the budget, which
 * selects once, on the full twin; every twin then exports the same selected spec ids. So a spec
 * dropped in any twin (its twin call failed, or a filter, dedup or style cap dropped its answer)
 * is left out of all of them and counted as {@code twins:dropped-in-another-twin}; the waves
 * count only these common specs, and call more when twins drop some.
 */
final class MatchedTwins {
  static final String FOLDER = "twins";
  static final String DROPPED_ELSEWHERE = "twins:dropped-in-another-twin";

  private final Set<Twin> exported;
  private final Map<Twin, QualityResult> quality;
  private final Map<Twin, List<SpecFailure>> failures;
  private final Set<String> common;

  private MatchedTwins(Set<Twin> exported, Map<Twin, QualityResult> quality,
      Map<Twin, List<SpecFailure>> failures, Set<String> common) {
    this.exported = exported;
    this.quality = quality;
    this.failures = failures;
    this.common = common;
  }

  /**
   * @param inRun which stored spec ids belong to this run's schedule
   * @param full the quality stages' result on the recipe's own examples
   */
  static MatchedTwins of(JobInputs inputs, RunStore store, Predicate<String> inRun,
      QualityResult full) {
    Set<Twin> twins = inputs.job().stages().twinSet();
    Map<Twin, QualityResult> quality = new EnumMap<>(Twin.class);
    Map<Twin, List<SpecFailure>> failures = new EnumMap<>(Twin.class);
    quality.put(Twin.FULL, full);
    Set<String> common = new HashSet<>();
    full.kept().forEach(example -> common.add(example.specId()));
    for (Twin twin : twins) {
      if (twin == Twin.FULL) {
        continue;
      }
      List<Example> made = store.twinExamples(twin.id()).stream()
          .filter(example -> inRun.test(example.specId())).toList();
      QualityResult result = inputs.qualityPipeline().run(made);
      quality.put(twin, result);
      failures.put(twin, store.twinFailures(twin.id()).stream()
          .filter(failure -> inRun.test(failure.specId())).toList());
      Set<String> kept = new HashSet<>();
      result.kept().forEach(example -> kept.add(example.specId()));
      common.retainAll(kept);
    }
    return new MatchedTwins(twins, quality, failures, common);
  }

  boolean any() {
    return !exported.isEmpty();
  }

  /** The examples whose spec every twin kept (all of them when the run has no twins). */
  List<Example> common(List<Example> examples) {
    return any() ? examples.stream().filter(e -> common.contains(e.specId())).toList()
        : examples;
  }

  /** Specs the recipe's quality stages kept that another twin dropped. */
  long droppedElsewhere() {
    return quality.get(Twin.FULL).kept().size() - common.size();
  }

  /**
   * Writes each twin's folder (shards, manifest, card, quality report) with the spec ids the
   * budget selected on the full twin, and returns the comparison for the run's card.
   *
   * @param full the run's own export of {@code selection}, the full twin's data
   * @param augment the augmentation every twin's examples get (a function of the spec id)
   * @param request the export request for a folder, with the run's cost and planned shares
   */
  TwinComparison export(Path runDir, BudgetSelection selection, Manifest full,
      Function<List<Example>, List<Example>> augment, Function<Path, ExportRequest> request,
      TwinComparison.Builder comparison, ObjectMapper json) throws IOException {
    Set<String> selected = new HashSet<>();
    selection.selected().forEach(example -> selected.add(example.specId()));
    Map<Twin, Manifest> manifests = new EnumMap<>(Twin.class);
    for (Twin twin : exported) {
      Path dir = runDir.resolve(FOLDER).resolve(twin.id());
      Files.createDirectories(dir);
      QualityResult result = quality.get(twin);
      AtomicFiles.write(dir.resolve(DatasetPipeline.QUALITY_REPORT),
          json.writerWithDefaultPrettyPrinter().writeValueAsBytes(result.report().toJson(json)));
      List<Example> examples;
      Manifest manifest;
      if (twin == Twin.FULL) {
        examples = selection.selected();
        manifest = new DatasetExporter().export(selection, request.apply(dir)
            .withDrops(full.drops()).withBudget(Manifest.BudgetOutcome.of(selection)));
      } else {
        examples = augment.apply(result.kept().stream()
            .filter(example -> selected.contains(example.specId())).toList());
        manifest = new DatasetExporter().export(examples,
            request.apply(dir).withDrops(drops(twin)));
      }
      manifests.put(twin, manifest);
      comparison.add(twin, manifest, examples);
    }
    TwinComparison compared = comparison.build();
    for (Map.Entry<Twin, Manifest> entry : manifests.entrySet()) {
      Path card = runDir.resolve(FOLDER).resolve(entry.getKey().id()).resolve("README.md");
      AtomicFiles.write(card, compared.cardOf(entry.getKey(), entry.getValue())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    AtomicFiles.write(runDir.resolve(FOLDER).resolve("comparison.json"),
        compared.toJsonBytes());
    return compared;
  }

  /** A twin's own drops: its failed calls, its quality stages, and specs other twins lost. */
  private Map<String, Long> drops(Twin twin) {
    Map<String, Long> drops = new TreeMap<>();
    failures.getOrDefault(twin, List.of()).forEach(f ->
        drops.merge("generate:" + f.stage() + ":" + f.reason(), 1L, Long::sum));
    QualityResult result = quality.get(twin);
    result.report().counts().forEach((stage, reasons) -> reasons.forEach(
        (reason, count) -> drops.merge(stage + ":" + reason, (long) count, Long::sum)));
    long elsewhere = result.kept().size() - result.kept().stream()
        .filter(example -> common.contains(example.specId())).count();
    if (elsewhere > 0) {
      drops.put(DROPPED_ELSEWHERE, elsewhere);
    }
    return drops;
  }
}
