package org.difficultadvice.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns the first Ctrl-C (SIGINT) into a clean stop: the run takes no new calls, lets those in
 * flight end, flushes the store and returns, so the command can print how to resume and exit 3.
 * A shutdown hook could not do that: once the JVM is shutting down its exit status is fixed. A
 * second Ctrl-C falls back to the previous handler and ends the JVM at once.
 */
public final class InterruptHandler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(InterruptHandler.class);
  private static final Signal INT = new Signal("INT");

  private final SignalHandler previous;

  private InterruptHandler(StopSignal stop) {
    SignalHandler[] before = new SignalHandler[1];
    before[0] = Signal.handle(INT, signal -> {
      stop.stop(StopReason.CANCELLED, "interrupted (Ctrl-C); calls in flight were let finish");
      Signal.handle(INT, before[0]);
    });
    this.previous = before[0];
  }

  /** Installs the handler until {@link #close()}; a JVM without signals gets a no-op. */
  public static InterruptHandler install(StopSignal stop) {
    return new InterruptHandler(stop);
  }

  @Override
  public void close() {
    try {
      Signal.handle(INT, previous);
    } catch (IllegalArgumentException e) {
      log.debug("cannot restore the SIGINT handler: {}", e.toString());
    }
  }
}
