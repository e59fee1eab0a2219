package org.difficultadvice.quality;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stock phrase of generated advice and the largest share of the corpus allowed to use it.
 * Matched case-insensitively, with straight and curly apostrophes alike.
 */
public record StockPhrase(String phrase, double maxShare) {
  public StockPhrase {
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("a stock phrase cannot be blank");
    }
    if (!(maxShare >= 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("max_share must be in [0, 1], was " + maxShare);
    }
  }

  public Pattern pattern() {
    StringBuilder regex = new StringBuilder("(?iu)");
    if (Character.isLetterOrDigit(phrase.charAt(0))) {
      regex.append("\\b");
    }
    String[] parts = phrase.split("['\u2019]", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append("['\u2019]");
      }
      if (!parts[i].isEmpty()) {
        regex.append(Pattern.quote(parts[i]));
      }
    }
    if (Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))) {
      regex.append("\\b");
    }
    return Pattern.compile(regex.toString());
  }
}
