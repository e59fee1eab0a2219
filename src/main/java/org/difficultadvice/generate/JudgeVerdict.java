package org.difficultadvice.generate;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the judge decided about one example.
 *
 * @param scores criterion to score (1 to 5); empty when the judge failed
 * @param mean the mean score, or 0 when the judge failed
 * @param attempts judge calls made
 * @param detail the rationale, or why the judge's output was unusable
 */
public record JudgeVerdict(
    Decision decision, Map<String, Double> scores, double mean, int attempts, String detail) {

  /** What to do with the example. */
  public enum Decision {
    /** At or above the threshold: keep it (with {@link Example#withJudgeScores}). */
    KEEP,
    /** Below the threshold: drop it. */
    DROP,
    /** Below the threshold and the config says revise: one more revise pass, then judge again. */
    REVISE,
    /** No usable judge output after every attempt: counted as a judge failure, dropped. */
    FAILED
  }

  public JudgeVerdict {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(detail, "detail");
    scores = java.util.Collections.unmodifiableMap(new TreeMap<>(scores));
  }
}
