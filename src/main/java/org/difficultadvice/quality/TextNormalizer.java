package org.difficultadvice.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds text to the form every duplicate check compares: Unicode-compatible (NFKC), lower case,
 * punctuation and symbols as spaces, whitespace collapsed. Two texts that differ only in case,
 * spacing or punctuation normalise to the same string.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The normalised text: words of letters and digits joined by single spaces. */
  public static String normalize(String text) {
    return String.join(" ", words(text));
  }

  /** The normalised words, in order. Apostrophes inside words are dropped ("don't" -> "dont"). */
  public static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else if ((cp == '\'' || cp == '\u2019') && word.length() > 0) {
        continue; // keep "don't" one word
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
