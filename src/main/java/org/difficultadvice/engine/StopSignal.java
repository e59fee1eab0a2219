package org.difficultadvice.engine;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A run's stop flag: set once (Ctrl-C, the cost cap, a fatal error), read before every call. The
 * first reason wins.
 */
public final class StopSignal {
  private record Stop(StopReason reason, String message) {}

  private final AtomicReference<Stop> stop = new AtomicReference<>();

  public void stop(StopReason reason, String message) {
    stop.compareAndSet(null, new Stop(reason, message));
  }

  public boolean stopped() {
    return stop.get() != null;
  }

  public Optional<StopReason> reason() {
    return Optional.ofNullable(stop.get()).map(Stop::reason);
  }

  public String message() {
    Stop current = stop.get();
    return current == null ? "" : current.message();
  }

  /** Throws if the run must stop, so no new call starts. */
  public void throwIfStopped() {
    Stop current = stop.get();
    if (current != null) {
      throw new RunStoppedException(current.reason(), current.message());
    }
  }
}
