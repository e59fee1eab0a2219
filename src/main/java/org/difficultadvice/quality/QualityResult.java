package org.difficultadvice.quality;

import java.util.List;
import java.util.Objects;
import org.difficultadvice.generate.Example;

/**
 * What the quality stages pass on.
 *
 * @param kept examples for augmentation and budgeting, ordered by spec id
 * @param revise examples over a style cap, for one more revise pass when the config says
 *     {@code on_cap: revise} (empty otherwise); the caller revises them and runs the stages again
 */
public record QualityResult(List<Example> kept, List<Example> revise, QualityReport report) {
  public QualityResult {
    kept = List.copyOf(kept);
    revise = List.copyOf(revise);
    Objects.requireNonNull(report, "report");
  }
}
