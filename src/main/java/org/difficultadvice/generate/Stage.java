package org.difficultadvice.generate;

import java.util.Locale;

/** The model stages that make an example, in the order they run. */
public enum Stage {
  /** Writes a fresh situation for the spec's cell in place of the template's (optional). */
  SCENARIO,
  /** Writes the user's message and a fitting system prompt from the dilemma's brief. */
  REALIZE,
  /** Answers with the dilemma's constitution excerpts injected into the system prompt. */
  RESPOND,
  /** A fresh reader rewrites the answer to follow the excerpts as fully as possible. */
  REVISE,
  /** Scores the final example against a rubric (optional). */
  JUDGE;

  /** The stage's name in prompt file names, the run store and manifests. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
