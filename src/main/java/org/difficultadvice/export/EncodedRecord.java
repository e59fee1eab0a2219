package org.difficultadvice.export;

import java.util.Objects;
import org.difficultadvice.budget.TokenBreakdown;

/**
 * One example already written as its JSONL line, with what the manifest needs to know of it.
 *
 * @param line UTF-8 JSON ending in a newline
 * @param breakdown the example's tokens as exported, by content, tools and framing
 */
record EncodedRecord(
    String specId, String domain, Split split, byte[] line, TokenBreakdown breakdown) {
  EncodedRecord {
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(breakdown, "breakdown");
  }

  long tokens() {
    return breakdown.total();
  }
}
