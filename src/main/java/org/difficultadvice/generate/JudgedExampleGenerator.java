package org.difficultadvice.generate;

import java.util.List;
import java.util.Map;
import org.difficultadvice.load.JudgeSettings;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;

/**
 * The staged generator with the judge after it: an example the judge keeps carries its scores;
 * one below the threshold is sent back through revise once when the config says so, then
 * judged again; anything else fails the spec with the judge's reason, which the run store and
 * the manifest count.
 */
public final class JudgedExampleGenerator implements ExampleGenerator {
  private final StagedExampleGenerator stages;
  private final JudgePrompts prompts;
  private final Map<String, JudgeClause> clauses;
  private final String model;
  private final Sampling sampling;
  private final JudgeSettings settings;

  public JudgedExampleGenerator(StagedExampleGenerator stages, JudgePrompts prompts,
      Map<String, JudgeClause> clauses, String model, Sampling sampling,
      JudgeSettings settings) {
    this.stages = stages;
    this.prompts = prompts;
    this.clauses = Map.copyOf(clauses);
    this.model = model;
    this.sampling = sampling;
    this.settings = settings;
  }

  @Override
  public Example generate(DilemmaSpec spec, Provider provider)
      throws GenerationFailedException, ProviderException {
    return judged(stages.generate(spec, provider), provider);
  }

  /**
   * Judges a generated example: kept with its scores, revised once more and judged again when
   * the config says so, or failed with the judge's reason.
   */
  public Example judged(Example generated, Provider provider)
      throws GenerationFailedException, ProviderException {
    DilemmaSpec spec = generated.spec();
    Example example = generated;
    Judge judge = new Judge(provider, prompts, model, sampling, settings);
    List<JudgeClause> tested = spec.clauses().stream().map(clauses::get).toList();
    JudgeVerdict verdict = judge.judge(example, tested);
    if (verdict.decision() == JudgeVerdict.Decision.REVISE) {
      example = stages.revise(example, provider, 1);
      verdict = judge.judge(example, tested);
    }
    return switch (verdict.decision()) {
      case KEEP -> example.withJudgeScores(verdict.scores());
      case FAILED -> throw new GenerationFailedException(
          Stage.JUDGE.id(), "unusable-judge-output", new IllegalStateException(verdict.detail()));
      default -> throw new GenerationFailedException(Stage.JUDGE.id(), "below-threshold",
          new IllegalStateException(String.format(java.util.Locale.ROOT,
              "mean score %.2f below %.2f", verdict.mean(), settings.threshold())));
    };
  }
}
