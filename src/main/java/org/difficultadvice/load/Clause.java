package org.difficultadvice.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One clause of the constitution: a principle a dilemma can test.
 *
 * @param id stable id such as {@code honesty.no-deception}
 * @param title the clause's heading, without its id
 * @param theme the title of the file's first-level heading
 * @param text the clause's text, trimmed
 * @param file the file it was read from
 * @param line the 1-based line of its heading
 */
public record Clause(String id, String title, String theme, String text, Path file, int line) {
  public Clause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(file, "file");
    if (text.isBlank()) {
      throw new IllegalArgumentException("clause " + id + " has no text");
    }
  }
}
