package org.difficultadvice.cli;

import java.util.ArrayList;
import java.util.List;
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
