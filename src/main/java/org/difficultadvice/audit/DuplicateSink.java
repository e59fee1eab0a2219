package org.difficultadvice.audit;

import java.io.IOException;

/** Receives duplicates as they are found, so they are streamed out rather than held. */
@FunctionalInterface
public interface DuplicateSink {
  void accept(DuplicateLink link) throws IOException;
}
