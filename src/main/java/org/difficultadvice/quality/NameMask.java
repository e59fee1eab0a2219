package org.difficultadvice.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.difficultadvice.plan.DilemmaSpec;

/**
 * A story's text with its people and places masked, so that two retellings of one story that
 * differ only in who and where compare as the same text. Masked: the values bound from the
 * spec's name and place columns (and its people's pronouns), then every capitalised word that
 * does not start a sentence (a general proper-noun mask for names the model made up). A run of
 * masked words becomes one placeholder, so "Port Harcourt" and "Lagos" mask alike.
 */
final class NameMask {
  /** Axis columns whose values name a person, an organisation or a place. */
  static final Set<String> NAME_COLUMNS = Set.of("name", "place", "city", "country", "town");

  /** A person axis's pronoun columns: a retelling with another person changes them too. */
  static final Set<String> PRONOUN_COLUMNS = Set.of("they", "them", "their");

  /** Lower case, so the proper-noun pass leaves it alone; not an English word. */
  static final String PLACEHOLDER = "xname";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019-]*");

  private NameMask() {}

  /** The values of {@code spec}'s bindings that the mask hides. */
  static List<String> boundNames(DilemmaSpec spec) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, String> binding : spec.bindings().entrySet()) {
      String key = binding.getKey();
      String column = key.substring(key.lastIndexOf('.') + 1);
      if ((NAME_COLUMNS.contains(column) || PRONOUN_COLUMNS.contains(column))
          && !binding.getValue().isBlank()) {
        names.add(binding.getValue().strip());
      }
    }
    return names;
  }

  /** {@code text} with {@code names} (whole words, any case) and proper nouns masked. */
  static String masked(String text, List<String> names) {
    String out = text;
    List<String> longestFirst = new ArrayList<>(names);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    for (String name : longestFirst) {
      out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(out).replaceAll(PLACEHOLDER);
    }
    return properNounsMasked(out);
  }

  private static String properNounsMasked(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher word = WORD.matcher(text);
    int copied = 0;
    boolean lastMasked = false;
    while (word.find()) {
      String between = text.substring(copied, word.start());
      boolean mask = isProperNoun(text, word.start(), word.group()) || isPlaceholder(word.group());
      if (mask && lastMasked && between.isBlank()) {
        copied = word.end(); // one placeholder for a run of masked words
        continue;
      }
      out.append(between).append(mask ? PLACEHOLDER : word.group());
      copied = word.end();
      lastMasked = mask;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean isPlaceholder(String word) {
    return word.startsWith(PLACEHOLDER)
        && (word.length() == PLACEHOLDER.length()
            || !Character.isLetterOrDigit(word.charAt(PLACEHOLDER.length())));
  }

  private static boolean isProperNoun(String text, int start, String word) {
    if (!Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    if (word.equals("I") || word.startsWith("I'") || word.startsWith("I\u2019")) {
      return false;
    }
    return !startsSentence(text, start);
  }

  /** Nothing but quotes, brackets and spaces between the word and a sentence end or a line start. */
  private static boolean startsSentence(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?') {
        return true;
      }
      if (!(Character.isWhitespace(c) || "\"'\u201c\u2018([*-".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }
}
