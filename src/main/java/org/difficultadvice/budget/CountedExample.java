package org.difficultadvice.budget;

import java.util.Objects;
import org.difficultadvice.generate.Example;

/**
 * An example with its tokens as exported ({@link ExampleTokens}): counted once, by the budget,
 * and carried to the export, which writes the same figures without counting again.
 */
public record CountedExample(Example example, TokenBreakdown tokens) {
  public CountedExample {
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(tokens, "tokens");
  }
}
