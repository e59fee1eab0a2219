package org.difficultadvice.store;

import java.util.Objects;
import java.util.Optional;
import org.difficultadvice.provider.Completion;

/**
 * One attempt at a model call as the run store keeps it.
 *
 * @param requestHash the canonical request's hash; replay looks calls up by it
 * @param attempt 1 for the first attempt at this request in this run directory
 * @param completion the answer when the attempt succeeded
 * @param error what went wrong when it did not; empty on success
 * @param status the HTTP status of a failed attempt, 0 when none arrived or on success
 */
public record CallRecord(
    String requestHash,
    String stage,
    String model,
    int attempt,
    long latencyMillis,
    Optional<Completion> completion,
    int status,
    String error,
    double costUsd) {

  public CallRecord {
    Objects.requireNonNull(requestHash, "requestHash");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(error, "error");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1, was " + attempt);
    }
  }

  public static CallRecord succeeded(
      String hash, String stage, int attempt, long latencyMillis, Completion completion,
      double costUsd) {
    return new CallRecord(hash, stage, completion.model(), attempt, latencyMillis,
        Optional.of(completion), 0, "", costUsd);
  }

  public static CallRecord failed(
      String hash, String stage, String model, int attempt, long latencyMillis, int status,
      String error) {
    return new CallRecord(hash, stage, model, attempt, latencyMillis, Optional.empty(), status,
        error, 0);
  }

  public boolean ok() {
    return completion.isPresent();
  }
}
