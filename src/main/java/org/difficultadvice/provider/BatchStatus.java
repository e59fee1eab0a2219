package org.difficultadvice.provider;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the server says of a batch.
 *
 * @param state the API's own word ({@code in_progress}, {@code completed}, {@code ended}...)
 * @param ended no row will change any more; the results can be read
 * @param resultRefs where the results are: file ids (OpenAI output and error files) or a URL
 */
public record BatchStatus(String remoteId, String state, boolean ended, long rows,
    long succeeded, long failed, List<String> resultRefs) {
  public BatchStatus {
    Objects.requireNonNull(remoteId, "remoteId");
    Objects.requireNonNull(state, "state");
    resultRefs = List.copyOf(resultRefs);
  }

  public String describe() {
    return String.format(Locale.ROOT, "%s: %s, %d of %d rows succeeded, %d failed", remoteId,
        state, succeeded, rows, failed);
  }
}
