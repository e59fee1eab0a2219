package org.difficultadvice.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.difficultadvice.engine.RunEstimate;
import org.difficultadvice.generate.Excerpt;
import org.difficultadvice.generate.GenerationFailedException;
import org.difficultadvice.generate.GenerationSettings;
import org.difficultadvice.generate.StagedExampleGenerator;
import org.difficultadvice.load.ProviderSettings;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.Plan;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.augment.ExampleAugmenter;
import org.difficultadvice.budget.TokenCounter;
import org.difficultadvice.budget.TokenCounters;
import org.difficultadvice.generate.Stage;
import org.difficultadvice.generate.StagePrompts;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.ContentLoader;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;

/**
 * Everything a job reads before its first model call: content, stage prompts, augmentation
 * pools and the tokenizer. Loading reports the problems of every part at once, so {@code
 * validate} and {@code generate} find the same errors and a user fixes them in one round.
 */
record JobInputs(JobConfig job, ContentLibrary library, StagePrompts prompts,
    ExampleAugmenter augmenter, TokenCounter tokens) {

  static final List<Stage> STAGES = List.of(Stage.REALIZE, Stage.RESPOND, Stage.REVISE);

  static JobInputs load(JobConfig job) throws InvalidInputException {
    List<Diagnostic> problems = new ArrayList<>();
    ContentLibrary library = collect(problems, () -> new ContentLoader().load(job));
    StagePrompts prompts = collect(problems,
        () -> StagePrompts.load(job.resolve(job.paths().prompts()), STAGES));
    ExampleAugmenter augmenter =
        collect(problems, () -> ExampleAugmenter.fromConfig(job, job.augment()));
    TokenCounter tokens = collect(problems, () -> TokenCounters.fromConfig(job));
    collect(problems, () -> {
      ProviderFactory.check(job);
      return Boolean.TRUE;
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new JobInputs(job, library, prompts, augmenter, tokens);
  }

  /** The realize, respond and revise stages with this job's prompts, clauses and sampling. */
  StagedExampleGenerator generator() {
    Map<String, Excerpt> excerpts = library.constitution().clauses().stream()
        .collect(Collectors.toMap(c -> c.id(), c -> new Excerpt(c.id(), c.title(), c.text())));
    ProviderSettings settings = job.provider();
    return new StagedExampleGenerator(prompts, excerpts,
        new GenerationSettings(settings.model(),
            new Sampling(settings.temperature(), settings.topP(), settings.maxTokens(), null),
            job.seed(), job.engine().maxAttempts()));
  }

  /** Calls, tokens and an upper bound on cost, from the prompts of up to 20 planned specs. */
  RunEstimate estimate(Plan plan) {
    StagedExampleGenerator generator = generator();
    List<DilemmaSpec> sample = plan.specs().subList(0, Math.min(20, plan.specs().size()));
    long total = 0;
    for (DilemmaSpec spec : sample) {
      try {
        total += generator.estimatedInputTokens(spec, tokens::count);
      } catch (GenerationFailedException e) {
        // A spec whose prompts do not render fails in the run itself, with its reason.
      }
    }
    long perCall = sample.isEmpty() ? 0 : total / (3L * sample.size());
    return RunEstimate.of(plan.specs().size(), 3, perCall, job.provider().maxTokens(),
        job.engine().prices().priceOf(job.provider().model()));
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
