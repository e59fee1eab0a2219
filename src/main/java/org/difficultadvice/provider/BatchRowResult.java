package org.difficultadvice.provider;

import java.util.Objects;

/**
 * One row of a batch's results.
 *
 * @param body the answer's JSON body as the direct API would send it, when succeeded
 * @param error why the row has no answer, when not succeeded
 * @param retryable whether asking again may help (server errors, expiry, cancellation)
 */
public record BatchRowResult(String customId, boolean succeeded, String body, String error,
    boolean retryable) {
  public BatchRowResult {
    Objects.requireNonNull(customId, "customId");
    error = error == null ? "" : error;
  }

  public static BatchRowResult succeeded(String customId, String body) {
    return new BatchRowResult(customId, true, body, "", false);
  }

  public static BatchRowResult failed(String customId, String error, boolean retryable) {
    return new BatchRowResult(customId, false, null, error, retryable);
  }
}
