package org.difficultadvice.generate;

import java.util.Locale;

/** The model stages that make an example, in the order they run. */
public enum Stage {
  /** Writes a fresh situation for the spec's cell in place of the template's (optional). */
  SCENARIO,
  /** Writes the user's message and a fitting system prompt from the dilemma's brief. */
  REALIZE,
  /** Reviews and rewrites the drafted system prompt and user message (optional). */
  REVIEW,
  /** Answers with the dilemma's constitution excerpts injected into the system prompt. */
  RESPOND,
  /** A fresh reader rewrites the answer to follow the excerpts as fully as possible. */
  REVISE,
  /**
   * Rewrites a finished answer to give the same course of action without the reasons for it:
   * the no-reasons twin's answer.
   */
  NO_REASONS,
  /** Scores the final example against a rubric (optional). */
  JUDGE,
  /** Writes a first text of a text kind (a document or a story) for its cell. */
  WRITE;

  /** The stage's name in prompt file names, the run store and manifests. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
