package org.difficultadvice.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The child JVM of the kill test: one batch run against the parent's server. Exit 0 when done,
 * 3 when stopped. Arguments: run directory, server URL, plan size, concurrency.
 */
public final class ChildRunMain {
  private ChildRunMain() {}

  public static void main(String[] args) throws Exception {
    int concurrency = Integer.parseInt(args[3]);
    StopSignal stop = new StopSignal();
    RunOutcome outcome;
    try (InterruptHandler ctrlC = InterruptHandler.install(stop)) {
      outcome = new TestRun(Path.of(args[0]), args[1], Integer.parseInt(args[2]))
          .configure(engine -> engine.concurrency(concurrency).stopSignal(stop))
          .run(Duration.ofSeconds(10));
    }
    System.err.println(outcome.describe());
    System.exit(outcome.completed() ? 0 : 3);
  }
}
