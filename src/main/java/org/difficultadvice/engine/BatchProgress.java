package org.difficultadvice.engine;

import java.util.Locale;

/**
 * Where a run's batches stand, for the progress line: a batch API gives no completion time,
 * so no ETA is shown.
 *
 * @param submitted batches created on the server, earlier sessions included
 * @param inProgress of those, the ones not ended yet
 * @param rowsDone rows with a result, earlier sessions included
 * @param rowsSubmitted rows in created batches
 * @param queued calls collected for the next batch
 */
public record BatchProgress(long submitted, long inProgress, long ended, long rowsDone,
    long rowsSubmitted, long queued) {

  public String describe() {
    return String.format(Locale.ROOT,
        "batches: %d submitted, %d in progress, %d ended; rows %d of %d done, %d queued;"
            + " no ETA (a batch API promises results within 24 h and says no more)",
        submitted, inProgress, ended, rowsDone, rowsSubmitted, queued);
  }
}
