package org.difficultadvice.quality;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's text with its person and place names masked, so that a retelling with other names
 * compares equal to the story it retells. Masked are the names a caller knows (drawn seeds,
 * bound axis values) and every capitalised word that does not start a sentence: in plain
 * English prose those are proper nouns.
 */
public final class StoryMask {
  /** What a masked name becomes: one word, the same for every name. */
  public static final String MASK = "someone";

  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]*");
  /** Characters after which a capital starts a sentence (or a quotation) rather than a name. */
  private static final String SENTENCE_END = ".!?:;\"\u201c\u2018(";

  private StoryMask() {}

  /** {@code text} with the known names and the other proper nouns replaced by {@link #MASK}. */
  public static String mask(String text, Collection<String> knownNames) {
    String masked = text;
    // Longest first, so that "New York" is masked before a name "York" could split it.
    List<String> names = knownNames.stream().filter(n -> !n.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String name : names) {
      masked = Pattern.compile("\\b" + Pattern.quote(name) + "\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(masked)
          .replaceAll(MASK);
    }
    Matcher word = CAPITALISED.matcher(masked);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (word.find()) {
      out.append(masked, last, word.start());
      boolean keep = startsSentence(masked, word.start()) || isPronounI(word.group());
      out.append(keep ? word.group() : MASK);
      last = word.end();
    }
    out.append(masked.substring(last));
    return out.toString();
  }

  /** True when only spaces stand between {@code at} and the text's start or a sentence end. */
  private static boolean startsSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return SENTENCE_END.indexOf(c) >= 0;
      }
    }
    return true;
  }

  private static boolean isPronounI(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return word.equals("I") || lower.startsWith("i'") || lower.startsWith("i\u2019");
  }
}
