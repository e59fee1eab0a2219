package org.difficultadvice.generate;

import java.util.Objects;

/** A constitution clause as the judge's prompt sees it ({@code clauses} in the data model). */
public record JudgeClause(String id, String title, String text) {
  public JudgeClause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
