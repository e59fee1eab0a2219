package org.difficultadvice.export;

import java.util.Objects;

/**
 * One example already written as its JSONL line, with what the manifest needs to know of it.
 *
 * @param line UTF-8 JSON ending in a newline
 * @param tokens the example's tokens as exported
 */
record EncodedRecord(String specId, String domain, Split split, byte[] line, long tokens) {
  EncodedRecord {
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(line, "line");
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens cannot be negative");
    }
  }
}
