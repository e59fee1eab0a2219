package org.difficultadvice.audit;

import java.util.Objects;

/** One turn of a chat as the audit reads it: a normalised role and the text. */
public record Turn(String role, String content) {
  public Turn {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }
}
