package org.difficultadvice.audit;

import java.util.Objects;
import org.difficultadvice.budget.TokenCounter;

/** The budget stage's token counter under the name the audit reports it by. */
public record CountedTokens(String name, TokenCounter counter) implements TokenMeasure {
  public CountedTokens {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(counter, "counter");
  }

  @Override
  public int count(String text) {
    return counter.count(text);
  }
}
