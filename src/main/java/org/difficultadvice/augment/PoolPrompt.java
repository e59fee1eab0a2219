package org.difficultadvice.augment;

import java.util.Objects;

/** One system prompt of the pool: {@code {"id": ..., "text": ...}}. */
public record PoolPrompt(String id, String text) {
  public PoolPrompt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("a pool prompt needs an id and a text");
    }
  }
}
