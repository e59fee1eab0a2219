package org.difficultadvice.quality;

import java.util.Optional;
import org.difficultadvice.generate.Example;

/** Drops an example whose answer or user message is empty or only whitespace. */
final class EmptyTurnFilter implements RecordFilter {
  @Override
  public Optional<Drop> check(Example example) {
    if (example.assistantMessage().isBlank()) {
      return Optional.of(Drop.of("filter", "empty-answer", example.specId(), "answer is blank"));
    }
    if (example.userMessage().isBlank()) {
      return Optional.of(
          Drop.of("filter", "empty-user-message", example.specId(), "user message is blank"));
    }
    return Optional.empty();
  }
}
