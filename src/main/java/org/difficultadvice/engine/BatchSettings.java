package org.difficultadvice.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How a run in batch mode submits and waits.
 *
 * @param firstPoll the wait before a new batch is first polled; it doubles up to {@code
 *     longestPoll}
 * @param linger how long every spec must have been waiting before their calls are submitted:
 *     a spec that just finished and one that is about to start are not both counted for an
 *     instant, so a wave's calls go out together instead of in fragments
 * @param cancelOnStop cancel the run's batches on the server when it stops (Ctrl-C); by
 *     default they keep running and a resumed run collects them
 * @param waitForResults false: once nothing is left to do but wait for submitted batches, the
 *     run stops (exit 3) and a later run collects them
 */
public record BatchSettings(Duration firstPoll, Duration longestPoll, Duration linger,
    boolean cancelOnStop, boolean waitForResults) {
  public BatchSettings {
    Objects.requireNonNull(firstPoll, "firstPoll");
    Objects.requireNonNull(longestPoll, "longestPoll");
    Objects.requireNonNull(linger, "linger");
  }

  /**
   * For the paid APIs: results take minutes to hours, so polling starts at 10 s and backs off to
   * a minute, a few hundred requests a day per batch.
   */
  public static BatchSettings standard() {
    return new BatchSettings(Duration.ofSeconds(10), Duration.ofSeconds(60),
        Duration.ofMillis(200), false, true);
  }

  /** Polls first after {@code first}, backing off to six times that. */
  public static BatchSettings polledAfter(Duration first) {
    return standard().polling(first, first.multipliedBy(6));
  }

  public BatchSettings cancelOnStop(boolean cancel) {
    return new BatchSettings(firstPoll, longestPoll, linger, cancel, waitForResults);
  }

  public BatchSettings waitForResults(boolean wait) {
    return new BatchSettings(firstPoll, longestPoll, linger, cancelOnStop, wait);
  }

  public BatchSettings polling(Duration first, Duration longest) {
    return new BatchSettings(first, longest, linger, cancelOnStop, waitForResults);
  }
}
