package org.difficultadvice.generate;

import java.util.Objects;
import org.difficultadvice.provider.Sampling;

/**
 * How the stages call the model.
 *
 * @param seed the job's seed; each call's seed derives from it, the spec, the stage and the
 *     attempt, so every attempt is a distinct, reproducible request
 * @param answerAttempts how many times a stage asks again when an answer is unusable (not
 *     JSON, truncated, empty) before the spec is given up
 */
public record GenerationSettings(String model, Sampling sampling, long seed, int answerAttempts) {
  public GenerationSettings {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(sampling, "sampling");
    if (answerAttempts < 1) {
      throw new IllegalArgumentException("answerAttempts must be at least 1");
    }
  }
}
