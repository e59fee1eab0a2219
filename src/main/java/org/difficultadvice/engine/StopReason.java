package org.difficultadvice.engine;

/** Why a run stopped before it was done; every one leaves the run resumable once the cause is fixed. */
public enum StopReason {
  /** Someone asked it to stop (Ctrl-C). */
  CANCELLED,
  /** The next call could have taken the cost past {@code --max-cost}. */
  COST_CAP,
  /** The server refused every call as rate limited for longer than the run's patience. */
  RATE_LIMITED,
  /** The server kept failing with retryable errors after every attempt. */
  SERVER_UNAVAILABLE,
  /** Nothing is left to do but wait for submitted batches; a later run collects them. */
  BATCHES_PENDING,
  /** A call failed in a way retrying cannot mend (400, 401, 403, 404) or a bug; exit 2. */
  FATAL_ERROR
}
