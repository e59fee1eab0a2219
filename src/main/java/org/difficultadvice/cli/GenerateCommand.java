package org.difficultadvice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.difficultadvice.engine.BatchSettings;
import org.difficultadvice.engine.Engine;
import org.difficultadvice.engine.InterruptHandler;
import org.difficultadvice.engine.RunOutcome;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.Twin;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.load.ProviderSettings;
import org.difficultadvice.pipeline.DatasetPipeline;
import org.difficultadvice.pipeline.JobInputs;
import org.difficultadvice.pipeline.JobSize;
import org.difficultadvice.pipeline.PlannedRun;
import org.difficultadvice.pipeline.ProviderFactory;
import org.difficultadvice.pipeline.UrlCredentials;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.BatchApi;
import org.difficultadvice.provider.MissingApiKeyException;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.local.ModelUnavailableException;
import org.difficultadvice.store.RunDirectory;
import org.difficultadvice.store.RunLock;
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
          + " again resumes a stopped run without paying for a call twice. The run directory"
          + " must be new, empty or an earlier run's, and one generate at a time holds it."
          + " Ctrl-C or SIGTERM stops cleanly (exit 3); a second one abandons calls in flight.",
      "API keys are read from the environment only: OPENAI_API_KEY, ANTHROPIC_API_KEY, or"
          + " the variable named by --api-key-env."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--run-dir", paramLabel = "DIR",
      description = "Run directory. Default: <paths.output>/<config file name>.")
  Path runDir;

  @Option(names = "--specs", paramLabel = "N", converter = AtLeast.OneInt.class,
      description = "Exactly this many dilemma specs: all are called. Default: the config's"
          + " 'specs'; without one, specs are called in waves, each sized from the yield so"
          + " far, until the token budget is met (the embedded model makes its small"
          + " local.specs job).")
  Integer specs;

  @Option(names = "--budget-tokens", paramLabel = "N", converter = AtLeast.OneLong.class,
      description = "Token budget of the exported dataset; without a 'specs' it sizes the job"
          + " in waves. Default: the config's budget.tokens.")
  Long budgetTokens;

  @Option(names = "--provider", paramLabel = "P",
      description = "Model backend: local, openai (also vLLM, llama.cpp server, Ollama)"
          + " or anthropic. Default: the config's provider.name.")
  String provider;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "API root, e.g. http://localhost:11434/v1 for Ollama. Give it more than"
          + " once for several servers of the same model: each call goes to the one with the"
          + " fewest calls in flight, and one that keeps failing rests for a while.")
  List<String> baseUrls;

  @Option(names = "--model", paramLabel = "M", description = "Model name sent to the API.")
  String model;

  @Option(names = "--api-key-env", paramLabel = "NAME",
      description = "Environment variable holding the API key.")
  String apiKeyEnv;

  @Option(names = "--concurrency", paramLabel = "N", converter = AtLeast.OneInt.class,
      description = "Model calls in flight at once. Default: the config's engine.concurrency.")
  Integer concurrency;

  @Option(names = "--max-cost", paramLabel = "USD", converter = AtLeast.ZeroDouble.class,
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

  @Option(names = "--twins", paramLabel = "LIST", split = ",", converter = TwinNames.class,
      description = "Matched ablation twins to export from this one run, each in"
          + " twins/<name>/: any of full, no-revise, no-reasons, no-inject. Default: the"
          + " config's stages.twins (none).")
  List<Twin> twins;

  @Option(names = "--batch",
      description = "Send the calls through the provider's batch API (OpenAI Batch, Anthropic"
          + " Message Batches) at half price, stage by stage; results come within 24 h."
          + " A stopped or killed run re-attaches to its batches. Config: engine.mode: batch.")
  boolean batch;

  @Option(names = "--batch-files", paramLabel = "DIR",
      description = "Batch mode without an API: write each batch as DIR/KEY.input.jsonl in"
          + " OpenAI's batch format (vLLM's run-batch reads it) and stop (exit 3); run again"
          + " once DIR/KEY.output.jsonl files are there to import them.")
  Path batchFiles;

  @Option(names = "--cancel-batches",
      description = "With --batch: on Ctrl-C, cancel the run's batches on the server (by"
          + " default they keep running and a resumed run collects them).")
  boolean cancelBatches;

  @Option(names = "--no-wait",
      description = "With --batch: stop (exit 3) once nothing is left but waiting for"
          + " submitted batches; run the same command later to collect them.")
  boolean noWait;

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
    JobConfig given = JobSize.resolve(withOverrides(config.load()), specs != null,
        budgetTokens != null);
    // The base URL's user:password is sent with each request and kept out of everything else.
    UrlCredentials credentials = UrlCredentials.of(given);
    JobConfig job = UrlCredentials.redact(given);
    JobInputs inputs = JobInputs.load(job, Optional.ofNullable(evalSet),
        Optional.ofNullable(dedupAgainst));
    Path dir = runDir != null ? runDir : job.resolve(job.paths().output()).resolve(runName(job));
    RunDirectory.check(dir);
    DatasetPipeline pipeline = new DatasetPipeline(inputs, dir);
    PlannedRun planned = pipeline.plan();

    try (ProviderFactory providers = new ProviderFactory(job,
        concurrency != null ? concurrency : job.engine().concurrency(), environment, err,
        credentials)) {
      Optional<ApiKey> key;
      try {
        // Batch files go to a folder, not to an API: no key is needed.
        key = batchFiles != null ? Optional.empty() : providers.apiKey(job);
      } catch (MissingApiKeyException e) {
        err.println("error: " + e.getMessage());
        return ExitCode.BAD_INPUT;
      }
      Optional<BatchApi> batches = job.engine().batchMode()
          ? Optional.of(providers.openBatches(job, key, Optional.ofNullable(batchFiles)))
          : Optional.empty();
      out.println(planned.describe());
      out.println(planned.estimate().describe());
      out.flush();
      try (RunLock lock = RunLock.acquire(dir, Clock.systemUTC());
          Provider model = providers.open(job, key, Optional.ofNullable(modelPath));
          RunStore store = pipeline.openStore(planned)) {
        Engine engine = batches.isPresent()
            ? batchEngine(job, store, err, batches.get()) : engine(job, store, err);
        RunOutcome outcome;
        try (InterruptHandler onStop = InterruptHandler.install(
            engine.stopSignal(), err, engine.drainTimeout(), providers::cancelCalls)) {
          outcome = pipeline.generate(planned, store, engine, model, new WaveLines(err));
        }
        err.println(outcome.describe());
        if (!outcome.completed()) {
          return outcome.failed() ? ExitCode.FAILED : ExitCode.STOPPED;
        }
        out.print(pipeline.release(planned, store, outcome).describe());
        if (!job.stages().twins().isEmpty()) {
          out.printf("wrote the twins %s to %s, compared in README.md%n",
              job.stages().twins().stream().map(Twin::id)
                  .collect(java.util.stream.Collectors.joining(", ")),
              dir.resolve("twins"));
        }
        return ExitCode.OK;
      } catch (ModelUnavailableException | ProviderException e) {
        err.println("error: " + e.getMessage());
        return ExitCode.FAILED;
      } catch (IOException e) {
        err.println("error: cannot write the dataset in " + dir + ": " + e.getMessage());
        return ExitCode.FAILED;
      }
    }
  }

  private Engine engine(JobConfig job, RunStore store, PrintWriter err) {
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
    return engine.build();
  }

  private Engine batchEngine(JobConfig job, RunStore store, PrintWriter err, BatchApi api) {
    BatchSettings settings = BatchSettings.polledAfter(job.engine().batchPoll())
        .cancelOnStop(cancelBatches)
        .waitForResults(!noWait && batchFiles == null);
    Engine.Builder engine = Engine.builder().store(store).settings(job.engine()).progressTo(err)
        .batches(api, settings);
    if (concurrency != null) {
      engine.concurrency(concurrency);
    }
    if (maxCost != null) {
      engine.maxCostUsd(maxCost);
    }
    if (cache != null) {
      engine.cacheDir(cache);
    }
    return engine.build();
  }

  private JobConfig withOverrides(JobConfig job) throws InvalidInputException {
    ProviderSettings p = job.provider();
    ProviderSettings named = new ProviderSettings(
        provider != null ? provider : p.name(),
        model != null ? model : p.model(),
        p.baseUrl(),
        apiKeyEnv != null ? apiKeyEnv : p.apiKeyEnv(),
        p.temperature(), p.topP(), p.maxTokens(), p.reasoning(), p.reasoningAllowance(),
        p.baseUrls());
    JobConfig result = job.withProvider(
        baseUrls != null && !baseUrls.isEmpty() ? named.withBaseUrls(baseUrls) : named);
    if (budgetTokens != null) {
      result = result.withBudget(job.budget().withTokens(budgetTokens));
    }
    if (specs != null) {
      result = result.withSpecs(specs);
    }
    if (stripMetadata) {
      result = result.withExport(job.export().withoutMetadata());
    }
    if (twins != null) {
      try {
        result = result.withStages(job.stages().withTwins(twins));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Diagnostic.at(
            job.source() == null ? Path.of("<config>") : job.source(), 0,
            "--twins: " + e.getMessage(),
            "set stages.inject and stages.revise to true in the config, or drop --twins"));
      }
    }
    if (batch || batchFiles != null) {
      result = result.withEngine(result.engine().inBatchMode());
    }
    return result;
  }

  private static String runName(JobConfig job) {
    String file = job.source() == null ? "run" : job.source().getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
