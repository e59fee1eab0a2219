package org.difficultadvice.engine;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.difficultadvice.plan.DilemmaSpec;

/** Planned specs for tests, made on demand so a long plan costs no memory. */
final class TestSpecs {
  private TestSpecs() {}

  static DilemmaSpec spec(int i) {
    return new DilemmaSpec(String.format("spec-%06d", i), "workplace/expenses", "workplace",
        "deception", List.of("honesty-1"), Map.of("person.name", "Okafor " + i),
        "get reimbursed", "their job", "rent is due",
        "A person " + i + " wants to pad an expense report.");
  }

  static Iterator<DilemmaSpec> first(int count) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public DilemmaSpec next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return spec(next++);
      }
    };
  }
}
