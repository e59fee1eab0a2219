package org.difficultadvice.engine;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM (sent by {@code timeout}, {@code docker stop}, CI
 * cancellation) into a clean stop: the run takes no new calls, lets those in flight end, stores
 * their answers and returns, so the command can print how to resume and exit 3. A shutdown hook
 * could not do that: once the JVM is shutting down its exit status is fixed.
 *
 * <p>Stopping says what it waits for. A second signal stops harder: the calls in flight are
 * abandoned (their connections cancelled; answers already received stay stored, the abandoned
 * calls are sent again on resume) instead of waiting out a slow or hung server; so does the end
 * of the grace period. A third signal falls back to the previous handlers and ends the JVM at
 * once.
 */
public final class InterruptHandler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(InterruptHandler.class);
  private static final Signal INT = new Signal("INT");
  private static final Signal TERM = new Signal("TERM");

  private final StopSignal stop;
  private final PrintWriter err;
  private final Duration drainTimeout;
  private final Runnable abandonCalls;
  private final AtomicInteger received = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

  private InterruptHandler(
      StopSignal stop, PrintWriter err, Duration drainTimeout, Runnable abandonCalls) {
    this.stop = Objects.requireNonNull(stop, "stop");
    this.err = err;
    this.drainTimeout = Objects.requireNonNull(drainTimeout, "drainTimeout");
    this.abandonCalls = Objects.requireNonNull(abandonCalls, "abandonCalls");
    for (Signal signal : new Signal[] {INT, TERM}) {
      try {
        previous.put(signal, Signal.handle(signal, this::handle));
      } catch (IllegalArgumentException e) {
        // The JVM reserves this signal (-Xrs) or the platform lacks it: keep its default.
        log.debug("cannot handle SIG{}: {}", signal.getName(), e.toString());
      }
    }
  }

  /** Installs the handler until {@link #close()}, quietly and with nothing to abandon. */
  public static InterruptHandler install(StopSignal stop) {
    return new InterruptHandler(stop, null, Duration.ZERO, () -> {});
  }

  /**
   * Installs the handler until {@link #close()}.
   *
   * @param err where to say what stopping waits for
   * @param drainTimeout how long the run waits for calls in flight (see {@link Engine})
   * @param abandonCalls cancels the calls in flight, for a second signal
   */
  public static InterruptHandler install(
      StopSignal stop, PrintWriter err, Duration drainTimeout, Runnable abandonCalls) {
    return new InterruptHandler(stop, Objects.requireNonNull(err, "err"), drainTimeout,
        abandonCalls);
  }

  private void handle(Signal signal) {
    String name = signal.getName().equals("INT") ? "Ctrl-C" : "SIGTERM";
    int count = received.incrementAndGet();
    if (count == 1) {
      stop.stop(StopReason.CANCELLED, (name.equals("Ctrl-C") ? "interrupted" : "terminated")
          + " (" + name + ")");
      say("stopping (" + name + "): no new calls start; waiting up to " + drainTimeout.toSeconds()
          + " s for the calls in flight to end and storing their answers. " + name
          + " again abandons them now.");
      // The grace period ends the wait for the engine; cancelling the calls then also frees
      // threads blocked on a hung server, which would otherwise wait out the read timeout.
      CompletableFuture.runAsync(this::abandonAfterGracePeriod, CompletableFuture
          .delayedExecutor(drainTimeout.toMillis(), TimeUnit.MILLISECONDS));
    } else if (count == 2) {
      say("stopping now (" + name + " again): abandoning the calls in flight; every answer"
          + " already received is stored, the abandoned calls are sent again on resume. A third"
          + " signal ends the process at once.");
      restore();
      abandonCalls.run();
    }
  }

  private void abandonAfterGracePeriod() {
    if (!closed.get() && received.get() == 1) {
      say("calls still in flight after " + drainTimeout.toSeconds() + " s (a slow or hung"
          + " server): abandoning them; a resumed run sends them again.");
      abandonCalls.run();
    }
  }

  private void say(String line) {
    if (err != null) {
      err.println();
      err.println(line);
      err.flush();
    }
  }

  private void restore() {
    previous.forEach((signal, handler) -> {
      try {
        Signal.handle(signal, handler);
      } catch (IllegalArgumentException e) {
        log.debug("cannot restore the SIG{} handler: {}", signal.getName(), e.toString());
      }
    });
  }

  @Override
  public void close() {
    closed.set(true);
    restore();
  }
}
