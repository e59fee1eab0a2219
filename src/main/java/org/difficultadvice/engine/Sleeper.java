package org.difficultadvice.engine;

import java.time.Duration;

/** Waits. Injected so tests of backoff and rate limits never really sleep. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
