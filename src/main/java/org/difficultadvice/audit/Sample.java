package org.difficultadvice.audit;

import java.util.Objects;

/** A record shown as an example of a finding, with a short excerpt of what was found. */
public record Sample(RecordRef record, String excerpt) implements java.io.Serializable {
  /** Excerpts are cut here: enough to recognise the text, small enough to keep many. */
  static final int EXCERPT_CHARS = 160;

  public Sample {
    Objects.requireNonNull(record, "record");
    excerpt = excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) + "…" : excerpt;
  }
}
