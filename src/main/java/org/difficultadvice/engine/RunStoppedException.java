package org.difficultadvice.engine;

import java.util.Objects;

/**
 * Thrown instead of sending a call once the run must stop. Unchecked so it passes through the
 * generator untouched (a generator must not catch it); the batch runner turns it into a clean
 * stop.
 */
public final class RunStoppedException extends RuntimeException {
  private final StopReason reason;

  public RunStoppedException(StopReason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public StopReason reason() {
    return reason;
  }
}
