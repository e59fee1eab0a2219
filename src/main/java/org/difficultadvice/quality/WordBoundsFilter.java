package org.difficultadvice.quality;

import java.util.Optional;
import org.difficultadvice.generate.Example;

/** Drops answers with fewer than {@code min} or more than {@code max} words. */
final class WordBoundsFilter implements RecordFilter {
  private final int min;
  private final int max;

  public WordBoundsFilter(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("word bounds must satisfy 0 <= min <= max: " + min
          + ", " + max);
    }
    this.min = min;
    this.max = max;
  }

  @Override
  public Optional<Drop> check(Example example) {
    String answer = example.assistantMessage().strip();
    int words = answer.isEmpty() ? 0 : answer.split("\\s+").length;
    if (words < min) {
      return Optional.of(Drop.of("filter", "too-short", example.specId(),
          words + " words, fewer than " + min));
    }
    if (words > max) {
      return Optional.of(Drop.of("filter", "too-long", example.specId(),
          words + " words, more than " + max));
    }
    return Optional.empty();
  }
}
