package org.difficultadvice.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.difficultadvice.augment.ExampleAugmenter;
import org.difficultadvice.budget.PlanSizer;
import org.difficultadvice.budget.TokenCounter;
import org.difficultadvice.budget.TokenCounters;
import org.difficultadvice.engine.RunEstimate;
import org.difficultadvice.generate.ExampleGenerator;
import org.difficultadvice.generate.Excerpt;
import org.difficultadvice.generate.GenerationFailedException;
import org.difficultadvice.generate.GenerationSettings;
import org.difficultadvice.generate.JudgeClause;
import org.difficultadvice.generate.JudgePrompts;
import org.difficultadvice.generate.JudgedExampleGenerator;
import org.difficultadvice.generate.PromptRenderException;
import org.difficultadvice.generate.Stage;
import org.difficultadvice.generate.StagePrompts;
import org.difficultadvice.generate.StageCall;
import org.difficultadvice.generate.StagedExampleGenerator;
import org.difficultadvice.generate.TwinSink;
import org.difficultadvice.generate.TwinsExampleGenerator;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.ContentLoader;
import org.difficultadvice.load.DataKind;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.ScenarioSeedLists;
import org.difficultadvice.load.ScenarioSeedsLoader;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.load.OverLimitAction;
import org.difficultadvice.load.ProviderSettings;
import org.difficultadvice.load.Twin;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.Plan;
import org.difficultadvice.plan.Planner;
import org.difficultadvice.plan.SpecPlanner;
import org.difficultadvice.generate.Example;
import org.difficultadvice.texts.TextCells;
import org.difficultadvice.texts.TextCellsLoader;
import org.difficultadvice.texts.TextExampleGenerator;
import org.difficultadvice.texts.TextPlanner;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.quality.EvalItem;
import org.difficultadvice.quality.EvalSetReader;
import org.difficultadvice.quality.FilterPatterns;
import org.difficultadvice.quality.FilterPatternsLoader;
import org.difficultadvice.quality.PriorRelease;
import org.difficultadvice.quality.BriefChecks;
import org.difficultadvice.quality.QualityPipeline;
import org.difficultadvice.scenario.NoveltyGate;
import org.difficultadvice.scenario.ScenarioSeeds;
import org.difficultadvice.scenario.ScenarioStage;
import org.difficultadvice.scenario.ScenarioWriter;

/**
 * Everything a job reads before its first model call: content, stage prompts, augmentation
 * pools and the tokenizer. Loading reports the problems of every part at once, so {@code
 * validate} and {@code generate} find the same errors and a user fixes them in one round.
 */
public record JobInputs(JobConfig job, ContentLibrary library, StagePrompts prompts,
    ExampleAugmenter augmenter, TokenCounter tokens, FilterPatterns patterns,
    Optional<JudgePrompts> judgePrompts, List<EvalItem> evalSet, PriorRelease prior,
    Optional<ScenarioSeedLists> scenarioSeeds, Optional<TextCells> textCells) {

  public static final List<Stage> STAGES = List.of(Stage.REALIZE, Stage.RESPOND, Stage.REVISE);
  private static final List<Stage> STAGES_WITH_SCENARIO =
      List.of(Stage.SCENARIO, Stage.REALIZE, Stage.RESPOND, Stage.REVISE);

  /** The stages whose prompts {@code job} needs: the recipe's, and those its switches add. */
  public static List<Stage> stagesOf(JobConfig job) {
    if (job.kind().isText()) {
      return TextExampleGenerator.STAGES;
    }
    List<Stage> stages = new ArrayList<>(
        job.runsScenario() ? STAGES_WITH_SCENARIO : STAGES);
    if (job.stages().review()) {
      stages.add(stages.indexOf(Stage.REALIZE) + 1, Stage.REVIEW);
    }
    if (job.stages().twinSet().contains(Twin.NO_REASONS)) {
      stages.add(Stage.NO_REASONS);
    }
    return List.copyOf(stages);
  }

  public static JobInputs load(JobConfig job) throws InvalidInputException {
    return load(job, Optional.empty(), Optional.empty());
  }

  /**
   * @param evalSet {@code --eval-set}: evaluation prompts to keep the data away from
   * @param dedupAgainst {@code --dedup-against}: an earlier release's shards
   */
  public static JobInputs load(JobConfig job, Optional<Path> evalSet, Optional<Path> dedupAgainst)
      throws InvalidInputException {
    List<Diagnostic> problems = new ArrayList<>();
    ContentLibrary library = collect(problems, () -> new ContentLoader().load(job));
    boolean scenario = job.runsScenario();
    StagePrompts prompts = collect(problems, () -> StagePrompts.load(
        job.resolve(job.paths().prompts()),
        stagesOf(job)));
    Optional<TextCells> textCells = !job.kind().isText() ? Optional.empty()
        : Optional.ofNullable(collect(problems, () -> new TextCellsLoader().load(job.kind(),
            job.resolve(job.paths().prompts()).resolve(TextCellsLoader.FILE))));
    ExampleAugmenter augmenter =
        collect(problems, () -> ExampleAugmenter.fromConfig(job, job.augment()));
    TokenCounter tokens = collect(problems, () -> TokenCounters.fromConfig(job));
    FilterPatterns patterns = collect(problems,
        () -> new FilterPatternsLoader().load(job.resolve(job.quality().patterns())));
    Optional<JudgePrompts> judgePrompts = job.judge().enabled()
        ? Optional.ofNullable(collect(problems,
            () -> JudgePrompts.load(job.resolve(job.paths().prompts()))))
        : Optional.empty();
    List<EvalItem> evalItems = evalSet.isEmpty() ? List.of()
        : collect(problems, () -> new EvalSetReader().read(evalSet.get()));
    PriorRelease prior = dedupAgainst.isEmpty() ? PriorRelease.none()
        : collect(problems, () -> PriorRelease.read(dedupAgainst.get()));
    Optional<ScenarioSeedLists> scenarioSeeds = !scenario || library == null ? Optional.empty()
        : Optional.ofNullable(collect(problems, () -> new ScenarioSeedsLoader()
            .load(job.resolve(job.scenario().seeds()), library)));
    collect(problems, () -> {
      ProviderFactory.check(job);
      checkKind(job);
      if (job.quality().style().onCap() == OverLimitAction.REVISE) {
        throw new InvalidInputException(Diagnostic.at(configFile(job), 0,
            "quality.style.on_cap: revise is not run by generate yet",
            "use on_cap: drop (the default)"));
      }
      return Boolean.TRUE;
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new JobInputs(job, library, prompts, augmenter, tokens, patterns, judgePrompts,
        evalItems, prior, scenarioSeeds, textCells);
  }

  /** A text kind writes {@code text} records and has no judge yet; chats are never text. */
  private static void checkKind(JobConfig job) throws InvalidInputException {
    boolean textFormat = job.export().format().equals("text");
    if (job.kind().isText() && !textFormat) {
      throw new InvalidInputException(Diagnostic.at(configFile(job), 0,
          "kind: " + job.kind().id() + " writes {\"text\": ...} records, but export.format is "
              + job.export().format(), "set export.format: text (see generator/"
              + job.kind().id() + ".yaml)"));
    }
    if (!job.kind().isText() && textFormat) {
      throw new InvalidInputException(Diagnostic.at(configFile(job), 0,
          "export.format: text is for kind: documents or stories, this job makes chats",
          "use export.format openai or sharegpt, or set kind: documents or stories"));
    }
    if (job.kind().isText() && job.judge().enabled()) {
      throw new InvalidInputException(Diagnostic.at(configFile(job), 0,
          "judge is not run for kind: " + job.kind().id() + " yet",
          "set judge.enabled: false"));
    }
  }

  /** Draws this job's specs: templates for chats, clause x form cells for a text kind. */
  public SpecPlanner planner() {
    return textCells.isPresent()
        ? new TextPlanner(textCells.get(), library.constitution().clauses())
        : new Planner(library);
  }

  /** Augmentation for chats; a text kind has no system prompt or tools to vary. */
  public List<Example> augment(List<Example> examples) {
    return textCells.isPresent() ? examples : augmenter.augment(examples);
  }

  private static Path configFile(JobConfig job) {
    return job.source() == null ? Path.of("<config>") : job.source();
  }

  /** The example generator: the staged recipe, with the judge after it when enabled. */
  public ExampleGenerator exampleGenerator() {
    if (textCells.isPresent()) {
      return textGenerator();
    }
    StagedExampleGenerator stages = generator();
    if (judgePrompts.isEmpty()) {
      return stages;
    }
    Map<String, JudgeClause> clauses = library.constitution().clauses().stream()
        .collect(Collectors.toMap(c -> c.id(), c -> new JudgeClause(c.id(), c.title(), c.text())));
    // Scoring wants the model's most likely judgement, so temperature 0; 512 tokens hold the
    // six scores and a short rationale.
    return new JudgedExampleGenerator(stages, judgePrompts.get(), clauses,
        job.provider().model(), new Sampling(0.0, 1.0, job.provider().tokenLimit(512), job.seed()),
        job.judge());
  }

  /**
   * The example generator of a run with matched twins: the recipe and each twin from one pass
   * over a spec, the twins' answers left in {@code twins}; without twins, {@link
   * #exampleGenerator()}.
   */
  public ExampleGenerator exampleGenerator(TwinSink twins) {
    if (job.stages().twins().isEmpty()) {
      return exampleGenerator();
    }
    ExampleGenerator recipe = exampleGenerator();
    return new TwinsExampleGenerator(generator(),
        recipe instanceof JudgedExampleGenerator judged ? Optional.of(judged) : Optional.empty(),
        job.stages().twinSet(), twins);
  }

  /** Filters, decontamination, dedup and style caps as the config and flags set them. */
  public QualityPipeline qualityPipeline() {
    Map<String, String> clauseTexts = library.constitution().clauses().stream()
        .collect(Collectors.toMap(c -> c.id(), c -> c.text()));
    return textCells.isPresent()
        ? QualityPipeline.ofText(job.quality(), patterns, clauseTexts, evalSet, prior)
        : QualityPipeline.of(job.quality(), patterns, clauseTexts, evalSet, prior);
  }

  /**
   * Calls per spec: the scenario when it runs, realize, respond, revise, and the review, the
   * judge and the twins' own calls when enabled.
   */
  public int callsPerSpec() {
    if (textCells.isPresent()) {
      return TextExampleGenerator.STAGES.size();
    }
    return generator().callsPerSpec() + (judgePrompts.isPresent() ? 1 : 0)
        + (scenarioSeeds.isPresent() ? 1 : 0)
        + TwinsExampleGenerator.extraCallsPerSpec(job.stages().twinSet());
  }

  /**
   * The scenario stage over {@code candidates}, the run's whole candidate plan; empty when the
   * stage is off for this job.
   */
  public Optional<ScenarioStage> scenarioStage(List<DilemmaSpec> candidates) {
    return scenarioSeeds.map(lists -> {
      ProviderSettings settings = job.provider();
      // The stage writes up to a few hundred words of JSON, whatever the answers' limit is.
      StageCall call = new StageCall(new GenerationSettings(settings.model(),
          new Sampling(settings.temperature(), settings.topP(),
              settings.tokenLimit(Math.max(1024, settings.maxTokens())), null),
          job.seed(), job.engine().maxAttempts()));
      ScenarioWriter writer = new ScenarioWriter(prompts, call, library.taxonomy(),
          library.constitution().clauses());
      return new ScenarioStage(writer, new ScenarioSeeds(lists, job.seed()),
          new NoveltyGate(job.scenario(), new BriefChecks(patterns)), candidates,
          job.scenario().attempts());
    });
  }

  /** How many specs to plan: the config's number, or enough for the token budget. */
  public int specCount() {
    if (job.specs() != null) {
      return job.specs();
    }
    return PlanSizer.specsFor(job.budget().tokens(), job.budget().tokensPerExample(),
        job.budget().expectedDropRate());
  }

  /** The realize, respond and revise stages with this job's prompts, clauses and sampling. */
  public StagedExampleGenerator generator() {
    Map<String, Excerpt> excerpts = library.constitution().clauses().stream()
        .collect(Collectors.toMap(c -> c.id(), c -> new Excerpt(c.id(), c.title(), c.text())));
    ProviderSettings settings = job.provider();
    return new StagedExampleGenerator(prompts, excerpts,
        new GenerationSettings(settings.model(),
            new Sampling(settings.temperature(), settings.topP(),
                settings.tokenLimit(settings.maxTokens()), null),
            job.seed(), job.engine().maxAttempts()), job.stages());
  }

  /** A text kind's write and revise stages with this job's prompts, clauses and sampling. */
  public TextExampleGenerator textGenerator() {
    return new TextExampleGenerator(textCells.orElseThrow(), prompts,
        library.constitution().clauses(), generationSettings());
  }

  private GenerationSettings generationSettings() {
    ProviderSettings settings = job.provider();
    return new GenerationSettings(settings.model(),
        new Sampling(settings.temperature(), settings.topP(),
            settings.tokenLimit(settings.maxTokens()), null),
        job.seed(), job.engine().maxAttempts());
  }

  /** Specs whose prompts an estimate is made from. */
  public static final int ESTIMATE_SAMPLE = 20;

  /**
   * Calls, tokens and an upper bound on cost of all of {@code plan}.
   *
   * @throws InvalidInputException a prompt does not finish rendering (see {@link
   *     org.difficultadvice.load.RenderLimits}): every call would fail the same way
   */
  public RunEstimate estimate(Plan plan) throws InvalidInputException {
    return estimate(plan, plan.specs().size());
  }

  /**
   * Calls, tokens and an upper bound on cost of calling {@code specsToCall} specs, from the
   * prompts of the first {@link #ESTIMATE_SAMPLE} of the plan's.
   */
  public RunEstimate estimate(Plan plan, int specsToCall) throws InvalidInputException {
    return estimate(plan.specs().subList(0, Math.min(ESTIMATE_SAMPLE, plan.specs().size())),
        specsToCall);
  }

  /** The estimate for {@code planned} specs from the first few of them. */
  public RunEstimate estimate(List<DilemmaSpec> sample, int planned)
      throws InvalidInputException {
    long total = 0;
    for (DilemmaSpec spec : sample) {
      try {
        total += textCells.isPresent()
            ? textGenerator().estimatedInputTokens(spec, tokens::count)
            : generator().estimatedInputTokens(spec, tokens::count);
      } catch (GenerationFailedException e) {
        if (e.getCause() instanceof PromptRenderException prompt && prompt.limit().isPresent()) {
          throw new InvalidInputException(prompt.limit().get());
        }
        // A spec whose prompts do not render fails in the run itself, with its reason.
      }
    }
    int callsCounted = textCells.isPresent() ? TextExampleGenerator.STAGES.size()
        : generator().callsPerSpec();
    Optional<ScenarioStage> scenario = scenarioStage(sample);
    if (scenario.isPresent()) {
      callsCounted++;
      for (DilemmaSpec spec : sample) {
        try {
          for (String prompt : scenario.get().renderedPrompts(spec)) {
            total += tokens.count(prompt);
          }
        } catch (PromptRenderException e) {
          if (e.limit().isPresent()) {
            throw new InvalidInputException(e.limit().get());
          }
        } catch (GenerationFailedException e) {
          // Fails in the run itself, with its reason.
        }
      }
    }
    long perCall = sample.isEmpty() ? 0 : total / ((long) callsCounted * sample.size());
    return RunEstimate.of(planned, callsPerSpec(), perCall,
        job.provider().tokenLimit(job.provider().maxTokens()),
        job.engine().prices().priceOf(job.provider().model()))
        .withBatchShare(job.engine().batchPriceShare());
  }

  private interface Loading<T> {
    T load() throws InvalidInputException;
  }

  private static <T> T collect(List<Diagnostic> problems, Loading<T> loading) {
    try {
      return loading.load();
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      return null;
    }
  }
}
