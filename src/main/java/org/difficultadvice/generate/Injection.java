package org.difficultadvice.generate;

/** Whether respond's system turn carries the dilemma's constitution clauses. */
public enum Injection {
  /** The recipe: the clauses are injected (never part of the stored example). */
  CLAUSES,
  /** No clauses: respond sees its guidance, the realized system prompt and the aim only. */
  NONE
}
