package org.difficultadvice.quality;

import java.util.Locale;
import java.util.Optional;
import org.difficultadvice.generate.JudgeVerdict;

/** The drop a judge verdict makes, for the report: below threshold or judge failure. */
final class JudgeDrops {
  private JudgeDrops() {}

  /** Empty when the verdict keeps the example or sends it back for revision. */
  public static Optional<Drop> of(String specId, JudgeVerdict verdict) {
    return switch (verdict.decision()) {
      case KEEP, REVISE -> Optional.empty();
      case DROP -> Optional.of(Drop.of("judge", "below-threshold", specId,
          String.format(Locale.ROOT, "mean score %.2f %s", verdict.mean(), verdict.scores())));
      case FAILED -> Optional.of(Drop.of("judge", "judge-failed", specId, verdict.detail()));
    };
  }
}
