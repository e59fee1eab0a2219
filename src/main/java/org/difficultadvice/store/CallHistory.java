package org.difficultadvice.store;

import java.util.Objects;
import java.util.Optional;
import org.difficultadvice.provider.Completion;

/**
 * What the run store knows of one request.
 *
 * @param answer the stored answer, when an attempt (in any session) got one
 * @param attempts attempts stored so far
 */
public record CallHistory(Optional<Completion> answer, int attempts) {
  public CallHistory {
    Objects.requireNonNull(answer, "answer");
  }
}
