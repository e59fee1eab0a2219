package org.difficultadvice.store;

import java.util.Objects;

/** A spec that could not become an example: which stage gave up and why. */
public record SpecFailure(String specId, String stage, String reason) {
  public SpecFailure {
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
  }
}
