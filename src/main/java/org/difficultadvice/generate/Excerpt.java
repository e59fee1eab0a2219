package org.difficultadvice.generate;

import java.util.Objects;

/** A constitution clause as the generator's prompts see it. */
public record Excerpt(String id, String title, String text) {
  public Excerpt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
