package org.difficultadvice.store;

import java.util.Objects;
import org.difficultadvice.provider.Usage;

/** Tokens and cost that succeeded calls of one stage and model consumed. */
public record StageUsage(String stage, String model, long calls, Usage usage, double costUsd) {
  public StageUsage {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(usage, "usage");
  }
}
