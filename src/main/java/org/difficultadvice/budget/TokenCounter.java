package org.difficultadvice.budget;

/** Counts the tokens a real tokenizer makes of a piece of text. */
@FunctionalInterface
public interface TokenCounter {
  int count(String text);
}
