package org.difficultadvice.engine;

import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.difficultadvice.generate.Example;
import org.difficultadvice.generate.ExampleGenerator;
import org.difficultadvice.generate.GenerationFailedException;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.store.RunStore;
import org.difficultadvice.store.SpecFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the generator over a stream of specs on a bounded pool and stores each result. Specs are
 * taken from the iterator only as workers free up (a semaphore bounds those taken but not
 * finished), so memory stays flat however long the plan. A spec that already has a result is
 * skipped; one that fails to generate is stored as a failure and the run goes on; a stop (Ctrl-C,
 * cost cap, an unrecoverable provider error) lets running specs end and takes no new ones.
 */
final class BatchRunner {
  private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);

  private final RunStore store;
  private final StopSignal stop;
  private final int workers;
  private final Duration drainTimeout;
  private final LongAdder doneThisSession = new LongAdder();
  private final LongAdder examples = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final AtomicInteger inWork = new AtomicInteger();

  BatchRunner(RunStore store, StopSignal stop, int workers, Duration drainTimeout) {
    this.store = Objects.requireNonNull(store, "store");
    this.stop = Objects.requireNonNull(stop, "stop");
    this.workers = workers;
    this.drainTimeout = drainTimeout;
    this.examples.add(store.exampleCount());
    this.failures.add(store.failureCount());
  }

  void run(Iterator<DilemmaSpec> specs, ExampleGenerator generator, Provider provider)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads("spec-worker-"));
    // Twice the workers: each finishing worker finds the next spec already read.
    Semaphore window = new Semaphore(workers * 2);
    try {
      while (!stop.stopped() && specs.hasNext()) {
        DilemmaSpec spec = specs.next();
        if (store.hasResult(spec.id())) {
          continue;
        }
        window.acquire();
        if (stop.stopped()) {
          window.release();
          break;
        }
        pool.execute(() -> {
          try {
            runOne(spec, generator, provider);
          } finally {
            window.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      if (!pool.awaitTermination(stop.stopped() ? drainTimeout.toMillis() : Long.MAX_VALUE,
          TimeUnit.MILLISECONDS)) {
        // Calls still running after the grace period are abandoned: they have no stored
        // answer, so a resumed run sends them again.
        log.warn("calls still in flight {} s after the stop are abandoned (the server is slow"
            + " or hung); a resumed run sends them again", drainTimeout.toSeconds());
        pool.shutdownNow();
        pool.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  private void runOne(DilemmaSpec spec, ExampleGenerator generator, Provider provider) {
    if (stop.stopped()) {
      return;
    }
    inWork.incrementAndGet();
    try {
      generateOne(spec, generator, provider);
    } finally {
      inWork.decrementAndGet();
    }
  }

  private void generateOne(DilemmaSpec spec, ExampleGenerator generator, Provider provider) {
    try {
      Example example = generator.generate(spec, provider);
      store.recordExample(example);
      examples.increment();
      doneThisSession.increment();
    } catch (GenerationFailedException e) {
      store.recordFailure(new SpecFailure(spec.id(), e.stage(), e.reason()));
      failures.increment();
      doneThisSession.increment();
    } catch (ProviderException | RuntimeException e) {
      stopFor(e, stop, "generating spec " + spec.id());
    }
  }

  /**
   * Stops the run for a call that could not be made: the stop's own reason, a server that kept
   * failing, a refusal, or a bug while doing {@code what}.
   */
  static void stopFor(Exception e, StopSignal stop, String what) {
    if (e instanceof RunStoppedException stopped) {
      stop.stop(stopped.reason(), stopped.getMessage());
    } else if (e instanceof ProviderException provider && provider.retryable()) {
      stop.stop(StopReason.SERVER_UNAVAILABLE, "the server kept failing: " + describe(provider));
    } else if (e instanceof ProviderException provider) {
      stop.stop(StopReason.FATAL_ERROR, "the provider refused a call: " + describe(provider));
    } else {
      log.error("{} failed with a bug", what, e);
      stop.stop(StopReason.FATAL_ERROR, "bug while " + what + ": " + e);
    }
  }

  private static String describe(ProviderException e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    if (e.status() > 0) {
      text.append(" (HTTP ").append(e.status()).append(')');
    }
    if (!e.requestId().isEmpty()) {
      text.append(" [request id ").append(e.requestId()).append(']');
    }
    return text.toString();
  }

  /** Specs being generated right now (batch mode waits until all of them wait on a call). */
  int specsInWork() {
    return inWork.get();
  }

  long examples() {
    return examples.sum();
  }

  long failures() {
    return failures.sum();
  }

  long doneThisSession() {
    return doneThisSession.sum();
  }

  /** Daemon threads named {@code prefix} and a count: a stuck run still exits on a stop. */
  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
