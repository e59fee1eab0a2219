package org.difficultadvice.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.TreeMap;
import org.difficultadvice.budget.BudgetSelection;
import org.difficultadvice.budget.BudgetSelector;
import org.difficultadvice.budget.ChatFormat;
import org.difficultadvice.budget.ExampleTokens;
import org.difficultadvice.budget.PlannedShares;
import org.difficultadvice.dedup.QualityResult;
import org.difficultadvice.export.AtomicFiles;
import org.difficultadvice.generate.ExampleGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.difficultadvice.engine.Engine;
import org.difficultadvice.engine.InterruptHandler;
import org.difficultadvice.engine.RunOutcome;
import org.difficultadvice.export.ConfigHash;
import org.difficultadvice.export.DatasetExporter;
import org.difficultadvice.export.ExportRequest;
import org.difficultadvice.export.Manifest;
import org.difficultadvice.export.RunCost;
import org.difficultadvice.generate.Example;
import org.difficultadvice.generate.StagedExampleGenerator;
import org.difficultadvice.load.BudgetSettings;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.ContentDigest;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.load.ProviderSettings;
import org.difficultadvice.plan.Plan;
import org.difficultadvice.plan.Planner;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.MissingApiKeyException;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.local.ModelUnavailableException;
import org.difficultadvice.store.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: the whole job. Validates everything, plans, runs the model stages through
 * the batch engine into the run store, then filters, augments, budgets and exports the shards.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the job: validates the content and config (exit 1, nothing written, on any"
          + " problem), plans dilemma specs, generates each through the model stages realize,"
          + " respond and revise, then filters, augments, budgets and exports JSONL shards,"
          + " manifest.json and a dataset card README.md into the run directory.",
      "Every call is recorded in the run directory's run.sqlite: running the same command"
          + " again resumes a stopped run without paying for a call twice.",
      "API keys are read from the environment only: OPENAI_API_KEY, ANTHROPIC_API_KEY, or"
          + " the variable named by --api-key-env."
    })
final class GenerateCommand implements Callable<Integer> {
  private static final String QUALITY_REPORT = "quality-report.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--run-dir", paramLabel = "DIR",
      description = "Run directory. Default: <paths.output>/<config file name>.")
  Path runDir;

  @Option(names = "--specs", paramLabel = "N",
      description = "How many dilemma specs to plan. Default: the config's 'specs', or, when"
          + " it has none, enough to reach the token budget after the expected drops.")
  Integer specs;

  @Option(names = "--budget-tokens", paramLabel = "N",
      description = "Token budget of the exported dataset. Default: the config's budget.tokens.")
  Long budgetTokens;

  @Option(names = "--provider", paramLabel = "P",
      description = "Model backend: local, openai (also vLLM, llama.cpp server, Ollama)"
          + " or anthropic. Default: the config's provider.name.")
  String provider;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "API root, e.g. http://localhost:11434/v1 for Ollama.")
  String baseUrl;

  @Option(names = "--model", paramLabel = "M", description = "Model name sent to the API.")
  String model;

  @Option(names = "--api-key-env", paramLabel = "NAME",
      description = "Environment variable holding the API key.")
  String apiKeyEnv;

  @Option(names = "--concurrency", paramLabel = "N",
      description = "Model calls in flight at once. Default: the config's engine.concurrency.")
  Integer concurrency;

  @Option(names = "--max-cost", paramLabel = "USD",
      description = "Stop cleanly (exit 3, resumable) before the run's cost would pass this.")
  Double maxCost;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Response cache shared across runs, keyed by the exact request.")
  Path cache;

  @Option(names = "--eval-set", paramLabel = "FILE",
      description = "Evaluation prompts (JSONL or plain text, one per line): examples sharing a"
          + " long n-gram with one, or too similar to one, are dropped.")
  Path evalSet;

  @Option(names = "--dedup-against", paramLabel = "PATH",
      description = "An earlier release's shards (file or folder): examples duplicating one"
          + " of its records are dropped, so releases can be merged into one mix.")
  Path dedupAgainst;

  @Option(names = "--strip-metadata",
      description = "Leave the per-record 'metadata' object out of the shards (OpenAI's"
          + " fine-tuning upload accepts only messages and tools).")
  boolean stripMetadata;

  @Option(names = "--model-path", paramLabel = "FILE",
      description = "GGUF model file for the local provider.")
  Path modelPath;

  private final Map<String, String> environment;

  GenerateCommand() {
    this(System.getenv());
  }

  GenerateCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (InvalidInputException e) {
      return ValidateCommand.report(err, e);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int run(PrintWriter out, PrintWriter err) throws InvalidInputException {
    // Everything that can be wrong with the input is found before anything is written.
    JobConfig job = withOverrides(config.load());
    JobInputs inputs = JobInputs.load(job, Optional.ofNullable(evalSet),
        Optional.ofNullable(dedupAgainst));
    Plan plan = new Planner(inputs.library()).plan(inputs.specCount(), job.seed());
    Path dir = runDir != null ? runDir : job.resolve(job.paths().output()).resolve(runName(job));

    try (ProviderFactory providers = new ProviderFactory(job,
        concurrency != null ? concurrency : job.engine().concurrency(), environment, err)) {
      Optional<ApiKey> key;
      try {
        key = providers.apiKey(job);
      } catch (MissingApiKeyException e) {
        err.println("error: " + e.getMessage());
        return ExitCode.BAD_INPUT;
      }
      out.printf("planned %d specs across %d domains%n",
          plan.specs().size(), plan.countsByDomain().size());
      out.println(inputs.estimate(plan).describe());
      out.flush();
      try (Provider model = providers.open(job, key, Optional.ofNullable(modelPath));
          RunStore store = RunStore.open(dir, resumeKey(job, plan.requested()), Clock.systemUTC())) {
        store.savePlanIfAbsent(plan.specs().iterator());
        RunOutcome outcome = generate(job, inputs.exampleGenerator(), model, store, err);
        err.println(outcome.describe());
        if (!outcome.completed()) {
          return outcome.failed() ? ExitCode.FAILED : ExitCode.STOPPED;
        }
        return export(inputs, plan, store, outcome, dir, out);
      } catch (ModelUnavailableException | ProviderException e) {
        err.println("error: " + e.getMessage());
        return ExitCode.FAILED;
      } catch (IOException e) {
        err.println("error: cannot write the dataset in " + dir + ": " + e.getMessage());
        return ExitCode.FAILED;
      }
    }
  }

  /**
   * The stages after generation, in the design's order: quality (filters, decontamination,
   * dedup, style caps), augmentation, the token budget, then the shards, manifest and card.
   */
  private int export(JobInputs inputs, Plan plan, RunStore store, RunOutcome outcome, Path dir,
      PrintWriter out) throws IOException {
    JobConfig job = inputs.job();
    List<Example> generated;
    try (var stored = store.examples()) {
      generated = stored.toList();
    }
    QualityResult quality = inputs.qualityPipeline().run(generated);
    List<Example> augmented = inputs.augmenter().augment(quality.kept());

    Map<String, Long> drops = new TreeMap<>();
    store.failures().forEach(f -> drops.merge(
        "generate:" + f.stage() + ":" + f.reason(), 1L, Long::sum));
    quality.report().counts().forEach((stage, reasons) -> reasons.forEach(
        (reason, count) -> drops.merge(stage + ":" + reason, (long) count, Long::sum)));
    long planned = store.planSize();
    double dropRate = planned == 0 ? 0 : (planned - quality.kept().size()) / (double) planned;

    Map<String, Double> shares = PlannedShares.fromSpecs(plan.specs());
    ChatFormat format = ChatFormat.fromConfig(job.export().format());
    BudgetSelection selection = new BudgetSelector(job.budget().tokens(), job.seed())
        .select(augmented, new ExampleTokens(inputs.tokens(), format), shares, dropRate);

    AtomicFiles.write(dir.resolve(QUALITY_REPORT), JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(quality.report().toJson(JSON)));
    Manifest manifest = new DatasetExporter().export(selection.selected(),
        ExportRequest.fromConfig(job, dir, inputs.tokens())
            .withDrops(drops)
            .withPlannedDomainShares(shares)
            .withBudget(Manifest.BudgetOutcome.of(selection))
            .withCost(new RunCost(store.completedCalls(), outcome.usage().inputTokens(),
                outcome.usage().outputTokens(), outcome.costUsd())));

    out.printf("kept %d of %d generated examples (%d dropped by quality stages, see %s);"
            + " %d selected for the budget%n", quality.kept().size(), generated.size(),
        generated.size() - quality.kept().size(), QUALITY_REPORT, selection.selected().size());
    selection.shortfall().ifPresent(missing -> out.printf(
        "note: the budget of %,d tokens was not reached: %,d tokens short; %s%n",
        selection.targetTokens(), missing.missingTokens(), missing.moreSpecsToPlan() < 0
            ? "no example survived to estimate from (see " + QUALITY_REPORT + ")"
            : String.format("plan about %,d more specs (--specs) to reach it",
                missing.moreSpecsToPlan())));
    out.printf("wrote %d examples (%,d tokens) to %s (manifest.json, README.md, data/)%n",
        manifest.records(), manifest.tokens(), dir);
    return ExitCode.OK;
  }

  private RunOutcome generate(JobConfig job, ExampleGenerator generator,
      Provider model, RunStore store, PrintWriter err) {
    Engine.Builder engine = Engine.builder().store(store).settings(job.engine()).progressTo(err);
    if (concurrency != null) {
      engine.concurrency(concurrency);
    }
    if (maxCost != null) {
      engine.maxCostUsd(maxCost);
    }
    if (cache != null) {
      engine.cacheDir(cache);
    }
    Engine built = engine.build();
    try (InterruptHandler onCtrlC = InterruptHandler.install(built.stopSignal())) {
      return built.run(store.plannedSpecs(), store.planSize(), generator, model);
    }
  }

  private static Map<String, Long> failuresByReason(RunStore store) {
    Map<String, Long> counts = new LinkedHashMap<>();
    store.failures().forEach(f -> counts.merge(
        "generate:" + f.stage() + ":" + f.reason(), 1L, Long::sum));
    return counts;
  }

  private JobConfig withOverrides(JobConfig job) {
    ProviderSettings p = job.provider();
    JobConfig result = job.withProvider(new ProviderSettings(
        provider != null ? provider : p.name(),
        model != null ? model : p.model(),
        baseUrl != null ? baseUrl : p.baseUrl(),
        apiKeyEnv != null ? apiKeyEnv : p.apiKeyEnv(),
        p.temperature(), p.topP(), p.maxTokens()));
    if (budgetTokens != null) {
      result = result.withBudget(job.budget().withTokens(budgetTokens));
    }
    if (specs != null) {
      result = result.withSpecs(specs);
    }
    if (stripMetadata) {
      result = result.withExport(job.export().withoutMetadata());
    }
    return result;
  }

  private static String runName(JobConfig job) {
    String file = job.source() == null ? "run" : job.source().getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /**
   * The settings a run directory is bound to: what shapes the plan and the model calls. How
   * the run is driven (concurrency, limits, timeouts, threads, where the key and the model file
   * are found) may change between sessions, and so may everything after generation (quality,
   * augmentation, budget, export): those stages run again from the stored results, so a
   * finished run can be re-exported with other settings without a call being sent again. The
   * plan's size is bound instead of the budget it may be derived from.
   */
  private static ObjectNode resumeKey(JobConfig job, int plannedSpecs) {
    ObjectNode key = ConfigHash.canonicalJson(job);
    key.remove(List.of("engine", "quality", "augment", "budget", "export", "specs"));
    key.put("planned_specs", plannedSpecs);
    ((ObjectNode) key.get("provider")).remove("api_key_env");
    ((ObjectNode) key.get("local")).remove(List.of("threads", "path"));
    // What the files say, not only where they are: an edited template or prompt is refused.
    ContentDigest.of(job).asMap().forEach(key.putObject("content")::put);
    return key;
  }
}
