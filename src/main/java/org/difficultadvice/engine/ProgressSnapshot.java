package org.difficultadvice.engine;

import java.util.Objects;
import java.util.Optional;
import org.difficultadvice.provider.Usage;

/**
 * Where a run stands.
 *
 * @param done specs with a result (example or failure), earlier sessions included
 * @param doneThisSession specs finished by this session, for the rate
 * @param heldBy the rate limit holding calls back right now, if one is
 * @param endpoints how calls were spread over several endpoints; {@link EndpointShares#NONE}
 *     for one
 * @param before work that precedes the wave's examples and is under way (the scenario
 *     stage's calls: "scenarios 120/2,892"), if any
 * @param batches where the batches stand, in batch mode
 */
public record ProgressSnapshot(
    long done, long failed, long total, long doneThisSession, int inFlight, Usage usage,
    double costUsd, Optional<String> heldBy, EndpointShares endpoints, Optional<String> before,
    Optional<BatchProgress> batches) {
  public ProgressSnapshot {
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(heldBy, "heldBy");
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(batches, "batches");
  }

  /** Where a run against one server stands. */
  public ProgressSnapshot(
      long done, long failed, long total, long doneThisSession, int inFlight, Usage usage,
      double costUsd, Optional<String> heldBy) {
    this(done, failed, total, doneThisSession, inFlight, usage, costUsd, heldBy,
        EndpointShares.NONE, Optional.empty(), Optional.empty());
  }

  public ProgressSnapshot(long done, long failed, long total, long doneThisSession,
      int inFlight, Usage usage, double costUsd, Optional<String> heldBy,
      Optional<String> before) {
    this(done, failed, total, doneThisSession, inFlight, usage, costUsd, heldBy,
        EndpointShares.NONE, before, Optional.empty());
  }
}
