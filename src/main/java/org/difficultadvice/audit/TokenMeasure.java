package org.difficultadvice.audit;

/** Counts tokens of a text with one named tokenizer (the export's counter, adapted). */
public interface TokenMeasure {
  /** The tokenizer's name as reports show it, e.g. {@code o200k_base}. */
  String name();

  int count(String text);
}
