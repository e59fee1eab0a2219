package org.difficultadvice.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.difficultadvice.budget.BudgetSelection;
import org.difficultadvice.budget.BudgetSelector;
import org.difficultadvice.budget.ChatFormat;
import org.difficultadvice.budget.ExampleTokens;
import org.difficultadvice.budget.PlanSizer;
import org.difficultadvice.budget.PlannedShares;
import org.difficultadvice.engine.Engine;
import org.difficultadvice.engine.RunOutcome;
import org.difficultadvice.export.AtomicFiles;
import org.difficultadvice.export.DatasetExporter;
import org.difficultadvice.export.ExportRequest;
import org.difficultadvice.export.Manifest;
import org.difficultadvice.export.RunCost;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.BudgetSettings;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.Plan;
import org.difficultadvice.plan.Planner;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.quality.QualityResult;
import org.difficultadvice.scenario.ScenarioStage;
import org.difficultadvice.store.RunStore;
import org.difficultadvice.store.SpecFailure;

/**
 * The whole job, in the design's order:
 *
 * <ol>
 *   <li>{@link #plan}: the dilemma specs this run may call;
 *   <li>{@link #generate}: the model stages for each called spec, in waves sized from the
 *       budget (or all of an exact {@code --specs} plan), into the run store;
 *   <li>{@link #release}: quality (filters, decontamination, dedup, style caps), augmentation,
 *       the token budget, then the shards, manifest, card and drop report.
 * </ol>
 *
 * Commands parse options, print what these return and choose exit codes; they hold no stage
 * logic. Every stage is a function of the config, the content and the stored results.
 */
public final class DatasetPipeline {
  static final String QUALITY_REPORT = "quality-report.json";

  /**
   * The candidate plan holds this many times the estimated need: enough for answers much
   * shorter, or drops much more frequent, than the config expects. Specs that no wave needs are
   * never called.
   */
  static final double CANDIDATES_PER_NEEDED_SPEC = 2.5;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JobInputs inputs;
  private final JobConfig job;
  private final Path runDir;
  /** The specs the waves called, once {@link #generate} ran them; empty for an exact plan. */
  private Optional<Set<String>> scheduled = Optional.empty();
  private List<DilemmaSpec> storedPlan;
  private Optional<ScenarioStage> scenarios = Optional.empty();
  private long askedAgain;

  public DatasetPipeline(JobInputs inputs, Path runDir) {
    this.inputs = inputs;
    this.job = inputs.job();
    this.runDir = runDir;
  }

  /** The specs this run may call. */
  public PlannedRun plan() throws InvalidInputException {
    Planner planner = new Planner(inputs.library());
    if (job.specs() != null) {
      Plan plan = planner.plan(job.specs(), job.seed());
      return new PlannedRun(plan, false, plan.specs().size(),
          inputs.estimate(plan, plan.specs().size()));
    }
    BudgetSettings budget = job.budget();
    int needed = PlanSizer.specsFor(budget.tokens(), budget.tokensPerExample(),
        budget.expectedDropRate(), Waves.SURPLUS);
    Plan candidates = planner.plan(
        (int) Math.min(Integer.MAX_VALUE, Math.ceil(needed * CANDIDATES_PER_NEEDED_SPEC)),
        job.seed());
    int expected = Math.min(needed, candidates.specs().size());
    return new PlannedRun(candidates, true, expected, inputs.estimate(candidates, expected));
  }

  /** Opens (or resumes) the run directory, refusing one bound to other settings. */
  public RunStore openStore(PlannedRun planned) throws InvalidInputException {
    RunStore store = RunStore.open(runDir, RunBinding.of(job, planned), Clock.systemUTC());
    store.savePlanIfAbsent(planned.plan().specs().iterator());
    return store;
  }

  /**
   * Runs the model stages. With an exact plan every spec is called; otherwise in waves until
   * every domain holds its share of the budget.
   */
  public RunOutcome generate(PlannedRun planned, RunStore store, Engine engine, Provider model,
      WaveListener listener) {
    try (Engine.Session session = engine.open(inputs.exampleGenerator(), model)) {
      scenarios = inputs.scenarioSeeds().isEmpty() ? Optional.empty()
          : inputs.scenarioStage(storedPlan(store));
      if (!planned.inWaves()) {
        if (scenarios.isEmpty()) {
          // Streamed: an exact plan may be larger than memory should hold.
          session.run(store.plannedSpecs(), store.planSize());
        } else {
          withScenarios(storedPlan(store), 1, store, session, listener)
              .ifPresent(list -> session.run(list.iterator(), store.planSize()));
        }
        return session.outcome();
      }
      // The run's own candidates: those stored when it started, whatever the budget is now.
      List<DilemmaSpec> candidates = storedPlan(store);
      Waves waves = new Waves(candidates, PlannedShares.fromSpecs(candidates),
          job.budget().tokens(),
          job.budget().tokensPerExample() * (1 - job.budget().expectedDropRate()));
      List<DilemmaSpec> wave = waves.first();
      while (true) {
        listener.started(waves.waves(), wave.size(), waves.calledSpecs());
        Optional<List<DilemmaSpec>> specs = withScenarios(wave, waves.waves(), store, session,
            listener);
        if (specs.isEmpty()) {
          break;
        }
        session.run(specs.get().iterator(), waves.calledSpecs());
        if (session.stopped()) {
          break;
        }
        // Only this schedule's specs count: a killed run may have stored results of a later
        // wave, and counting them would size this wave differently from an unbroken run.
        Optional<List<DilemmaSpec>> next =
            waves.next(keptTokensByDomain(store, waves.calledIds()));
        if (next.isEmpty()) {
          break;
        }
        wave = next.get();
      }
      scheduled = Optional.of(waves.calledIds());
      return session.outcome();
    }
  }

  /**
   * The specs to realize: with the scenario stage on, those whose fresh situation the novelty
   * gate accepted (each dropped one is stored as a failure of the stage); else {@code specs}.
   * Empty when the run stopped before the scenarios were decided.
   */
  private Optional<List<DilemmaSpec>> withScenarios(List<DilemmaSpec> specs, int wave,
      RunStore store, Engine.Session session, WaveListener listener) {
    if (scenarios.isEmpty()) {
      return Optional.of(specs);
    }
    Optional<ScenarioStage.WaveScenarios> written =
        scenarios.get().write(specs, (asks, caller) -> session.each("scenarios", asks, caller::call));
    if (written.isEmpty()) {
      return Optional.empty();
    }
    for (SpecFailure dropped : written.get().dropped()) {
      if (!store.hasResult(dropped.specId())) {
        store.recordFailure(dropped);
      }
    }
    askedAgain += written.get().askedAgain();
    listener.scenarios(wave, written.get());
    return Optional.of(written.get().accepted());
  }

  /** Quality, augmentation, the budget and the export, from the stored results. */
  public Release release(PlannedRun planned, RunStore store, RunOutcome outcome)
      throws IOException {
    // A run killed in a wave and resumed under a smaller budget may hold results its schedule
    // no longer reaches: they are left out, as an unbroken run would never have made them.
    List<Example> generated = storedExamples(store).stream()
        .filter(example -> scheduled.map(ids -> ids.contains(example.specId())).orElse(true))
        .toList();
    QualityResult quality = inputs.qualityPipeline().run(generated);
    List<Example> augmented = inputs.augmenter().augment(quality.kept());

    long failed = store.failures().stream()
        .filter(f -> scheduled.map(ids -> ids.contains(f.specId())).orElse(true)).count();
    long called = generated.size() + failed;
    double dropRate = called == 0 ? 0 : (called - quality.kept().size()) / (double) called;
    Map<String, Double> shares = PlannedShares.fromSpecs(storedPlan(store));
    BudgetSelection selection = new BudgetSelector(job.budget().tokens(), job.seed())
        .select(augmented, exampleTokens(), shares, dropRate);

    AtomicFiles.write(runDir.resolve(QUALITY_REPORT), JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(qualityReport(store, quality)));
    Manifest manifest = new DatasetExporter().export(selection,
        ExportRequest.fromConfig(job, runDir, inputs.tokens())
            .withDrops(drops(store, quality))
            .withPlannedDomainShares(shares)
            .withBudget(Manifest.BudgetOutcome.of(selection))
            .withCost(new RunCost(store.completedCalls(), outcome.usage().inputTokens(),
                outcome.usage().outputTokens(), outcome.costUsd(),
                outcome.usage().cachedInputTokens())));
    return new Release(generated.size(), quality.kept().size(), selection, manifest, runDir,
        runDir.resolve(QUALITY_REPORT));
  }

  /**
   * The quality stages' report, with the specs the model stages gave up (by stage and reason)
   * and, when the scenario stage ran, the situations its gate turned back before asking again.
   */
  private ObjectNode qualityReport(RunStore store, QualityResult quality) {
    ObjectNode report = quality.report().toJson(JSON);
    ObjectNode generate = report.putObject("generate");
    Map<String, Map<String, Long>> failures = new TreeMap<>();
    store.failures().stream()
        .filter(f -> scheduled.map(ids -> ids.contains(f.specId())).orElse(true))
        .forEach(f -> failures.computeIfAbsent(f.stage(), s -> new TreeMap<>())
            .merge(f.reason(), 1L, Long::sum));
    failures.forEach((stage, reasons) -> {
      ObjectNode node = generate.putObject(stage);
      reasons.forEach(node::put);
    });
    scenarios.ifPresent(stage -> {
      ObjectNode node = report.putObject("scenario");
      node.put("asked_again", askedAgain);
      ObjectNode rejected = node.putObject("rejected");
      new TreeMap<>(stage.rejections()).forEach(rejected::put);
    });
    return report;
  }

  /** Exported tokens per domain of what survives quality and augmentation so far. */
  private Map<String, Long> keptTokensByDomain(RunStore store, Set<String> called) {
    List<Example> generated = storedExamples(store).stream()
        .filter(example -> called.contains(example.specId())).toList();
    QualityResult quality = inputs.qualityPipeline().run(generated);
    ExampleTokens tokens = exampleTokens();
    Map<String, Long> kept = new TreeMap<>();
    for (Example example : inputs.augmenter().augment(quality.kept())) {
      kept.merge(example.spec().domain(), tokens.count(example), Long::sum);
    }
    return kept;
  }

  private ExampleTokens exampleTokens() {
    return new ExampleTokens(inputs.tokens(), ChatFormat.fromConfig(job.export().format()));
  }

  private static List<Example> storedExamples(RunStore store) {
    try (var stored = store.examples()) {
      return stored.toList();
    }
  }

  /** The run's candidates as stored when it started; read once, for waves and the budget. */
  private List<DilemmaSpec> storedPlan(RunStore store) {
    if (storedPlan == null) {
      List<DilemmaSpec> specs = new ArrayList<>();
      store.plannedSpecs().forEachRemaining(specs::add);
      storedPlan = List.copyOf(specs);
    }
    return storedPlan;
  }

  private Map<String, Long> drops(RunStore store, QualityResult quality) {
    Map<String, Long> drops = new TreeMap<>();
    store.failures().stream()
        .filter(f -> scheduled.map(ids -> ids.contains(f.specId())).orElse(true))
        .forEach(f -> drops.merge(
        "generate:" + f.stage() + ":" + f.reason(), 1L, Long::sum));
    quality.report().counts().forEach((stage, reasons) -> reasons.forEach(
        (reason, count) -> drops.merge(stage + ":" + reason, (long) count, Long::sum)));
    return drops;
  }

  /** Hears when a wave starts, for the command to print. */
  @FunctionalInterface
  public interface WaveListener {
    /**
     * @param wave 1-based
     * @param specs specs in this wave (some may have results from an earlier session)
     * @param calledSoFar specs called in all waves so far, this one included
     */
    void started(int wave, int specs, int calledSoFar);

    /** The scenario stage decided a wave's situations (only when the stage runs). */
    default void scenarios(int wave, ScenarioStage.WaveScenarios written) {}
  }
}
