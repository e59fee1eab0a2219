package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;

/**
 * A generation job, as read from {@code generator/*.yaml}. Every section has defaults, so a
 * config names only what it changes; unknown keys are rejected when the file is loaded.
 *
 * @param specs how many dilemma specs to plan; {@code null} means enough for the token budget
 * @param source the file this config was read from; relative paths resolve against its folder
 * @param kind what the job makes: {@code chats} (default), {@code documents} or {@code stories}
 */
public record JobConfig(
    @JsonProperty("seed") Long seed,
    @JsonProperty("specs") Integer specs,
    @JsonProperty("paths") PathSettings paths,
    @JsonProperty("provider") ProviderSettings provider,
    @JsonProperty("local") LocalModelSettings local,
    @JsonProperty("engine") EngineSettings engine,
    @JsonProperty("judge") JudgeSettings judge,
    @JsonProperty("budget") BudgetSettings budget,
    @JsonProperty("export") ExportSettings export,
    @JsonProperty("augment") AugmentSettings augment,
    @JsonProperty("quality") QualitySettings quality,
    @JsonProperty("scenario") ScenarioSettings scenario,
    @JsonProperty("stages") StageSettings stages,
    Path source,
    @JsonProperty("kind") DataKind kind) {

  /** A config of the default kind, chats (as before kinds existed). */
  public JobConfig(Long seed, Integer specs, PathSettings paths, ProviderSettings provider,
      LocalModelSettings local, EngineSettings engine, JudgeSettings judge, BudgetSettings budget,
      ExportSettings export, AugmentSettings augment, QualitySettings quality,
      ScenarioSettings scenario, StageSettings stages, Path source) {
    this(seed, specs, paths, provider, local, engine, judge, budget, export, augment, quality,
        scenario, stages, source, DataKind.CHATS);
  }

  public JobConfig {
    seed = seed == null ? 20260508L : seed;
    // No plan of zero specs: it would pass every stage and fail in the export, with nothing made.
    if (specs != null && specs < 1) {
      throw new IllegalArgumentException("specs must be at least 1, was " + specs);
    }
    paths = paths == null ? PathSettings.defaults() : paths;
    provider = provider == null ? ProviderSettings.defaults() : provider;
    local = local == null ? LocalModelSettings.defaults() : local;
    engine = engine == null ? EngineSettings.defaults() : engine;
    judge = judge == null ? JudgeSettings.defaults() : judge;
    budget = budget == null ? BudgetSettings.defaults() : budget;
    export = export == null ? ExportSettings.defaults() : export;
    augment = augment == null ? AugmentSettings.defaults() : augment;
    quality = quality == null ? QualitySettings.defaults() : quality;
    scenario = scenario == null ? ScenarioSettings.defaults() : scenario;
    stages = stages == null ? StageSettings.defaults() : stages;
    kind = kind == null ? DataKind.CHATS : kind;
  }

  /** Every setting at its default, as if {@code source} were an empty file. */
  public static JobConfig defaults(Path source) {
    return new JobConfig(
        null, null, null, null, null, null, null, null, null, null, null, null, null, source);
  }

  /** The folder relative paths in this config resolve against. */
  public Path baseDir() {
    Path parent = source == null ? null : source.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  public Path resolve(String path) {
    return baseDir().resolve(path).normalize();
  }

  public JobConfig withProvider(ProviderSettings newProvider) {
    return new JobConfig(
        seed, specs, paths, newProvider, local, engine, judge, budget, export, augment, quality,
        scenario, stages, source, kind);
  }

  public JobConfig withBudget(BudgetSettings newBudget) {
    return new JobConfig(
        seed, specs, paths, provider, local, engine, judge, newBudget, export, augment, quality,
        scenario, stages, source, kind);
  }

  public JobConfig withExport(ExportSettings newExport) {
    return new JobConfig(
        seed, specs, paths, provider, local, engine, judge, budget, newExport, augment, quality,
        scenario, stages, source, kind);
  }

  public JobConfig withEngine(EngineSettings newEngine) {
    return new JobConfig(
        seed, specs, paths, provider, local, newEngine, judge, budget, export, augment, quality,
        scenario, stages, source, kind);
  }

  public JobConfig withSpecs(int newSpecs) {
    return new JobConfig(
        seed, newSpecs, paths, provider, local, engine, judge, budget, export, augment, quality,
        scenario, stages, source, kind);
  }

  public JobConfig withSource(Path file) {
    return new JobConfig(
        seed, specs, paths, provider, local, engine, judge, budget, export, augment, quality,
        scenario, stages, file, kind);
  }

  /**
   * Whether the scenario stage runs for this job: chats only, and as {@code scenario.enabled}
   * says or, unset, for API providers.
   */
  public boolean runsScenario() {
    return !kind.isText() && scenario.runsFor(provider.name());
  }

  public JobConfig withStages(StageSettings newStages) {
    return new JobConfig(
        seed, specs, paths, provider, local, engine, judge, budget, export, augment, quality,
        scenario, newStages, source, kind);
  }
}
