package org.difficultadvice.quality;

import java.util.Objects;

/**
 * One evaluation prompt to stay away from.
 *
 * @param source where it was read, {@code file:line}
 */
public record EvalItem(String source, String text) {
  public EvalItem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }
}
