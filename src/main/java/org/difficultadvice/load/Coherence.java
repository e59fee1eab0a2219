package org.difficultadvice.load;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules shared by the coherence checks of templates ({@code validate}) and of planned specs
 * (the tests): which columns are facts that bound rows must agree on, the tense a piece of text
 * is written in, and the article a word takes.
 */
public final class Coherence {
  /**
   * Columns that say how to write a row (its name, title, article, pronouns, the relation it
   * names, a free sentence of a variant table), not facts about the world: two rows may differ
   * in them. Every other column two bound rows share is a fact they must agree on.
   */
  public static final Set<String> LABEL_COLUMNS =
      Set.of("name", "title", "a", "they", "them", "their", "relation", "text");

  /** The tense a text is written in, judged from its auxiliaries and common verbs. */
  public enum Tense { PRESENT, PAST, UNKNOWN }

  private static final Pattern PRESENT = Pattern.compile(
      "\\b(is|are|has|have|does|do|says|seems|keeps|knows|wants|needs|thinks|feels|looks"
          + "|fills|can|cannot|will|would)\\b");
  private static final Pattern PAST = Pattern.compile(
      "\\b(was|were|had|did|said|seemed|kept|knew|wanted|needed|thought|felt|looked|began"
          + "|came|went|told|took|got|found|could)\\b");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\W*([A-Za-z']+)");
  private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");
  private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "has", "does");

  /** The tense of a slot value by its first word ({@code was behind} is past), if tensed. */
  public static Tense tenseOfSlot(String value) {
    Matcher m = FIRST_WORD.matcher(value);
    if (!m.find()) {
      return Tense.UNKNOWN;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    if (PAST_AUXILIARIES.contains(word)) {
      return Tense.PAST;
    }
    if (PRESENT_AUXILIARIES.contains(word)) {
      return Tense.PRESENT;
    }
    return Tense.UNKNOWN;
  }

  /**
   * The tense of a frame (text around a slot): present when it has present markers and no past
   * ones, past the other way round, unknown when it has both or neither. {@code would} and
   * {@code could} count as present and past so that conditionals do not decide alone.
   */
  public static Tense tenseOfFrame(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean present = PRESENT.matcher(lower).find();
    boolean past = PAST.matcher(lower).find();
    if (present == past) {
      return Tense.UNKNOWN;
    }
    return present ? Tense.PRESENT : Tense.PAST;
  }

  /** Whether two facts agree: equal, or one is a {@code |} list (or {@code *}) holding the other. */
  public static boolean agrees(String a, String b) {
    if (a.strip().equals(b.strip())) {
      return true;
    }
    boolean aList = a.contains(AxisConstraint.LIST_SEPARATOR) || a.strip().equals("*");
    boolean bList = b.contains(AxisConstraint.LIST_SEPARATOR) || b.strip().equals("*");
    if (aList && !bList) {
      return AxisConstraint.listContains(a, b);
    }
    if (bList && !aList) {
      return AxisConstraint.listContains(b, a);
    }
    if (aList) {
      List<String> items = AxisConstraint.listItems(b);
      return a.strip().equals("*") || b.strip().equals("*")
          || AxisConstraint.listItems(a).stream().anyMatch(items::contains);
    }
    return false;
  }

  /** Letters whose spoken name starts with a vowel, for initialisms (an MP, an IT manager). */
  private static final String VOWEL_SOUNDING_LETTERS = "AEFHILMNORSX";

  /**
   * The indefinite article {@code word} takes: {@code an} before a vowel sound. Initialisms are
   * read letter by letter; {@code uni-}, {@code use-}, {@code eu-} and {@code one} start with a
   * consonant sound; {@code hour} and {@code honest} with a vowel.
   */
  public static String articleFor(String word) {
    String w = word.strip();
    if (w.isEmpty()) {
      return "a";
    }
    if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))) {
      return VOWEL_SOUNDING_LETTERS.indexOf(w.charAt(0)) >= 0 ? "an" : "a";
    }
    String lower = w.toLowerCase(Locale.ROOT);
    for (String consonantSound : List.of("uni", "use", "usu", "uti", "eu", "one", "once", "ewe")) {
      if (lower.startsWith(consonantSound)) {
        return "a";
      }
    }
    if (lower.startsWith("hour") || lower.startsWith("honest") || lower.startsWith("heir")) {
      return "an";
    }
    return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
  }

  /** Words ending in s that do not make a noun phrase plural. */
  private static final Set<String> NOT_PLURAL = Set.of("this", "his", "its", "less", "news",
      "always", "thus", "series", "species", "plus", "gas", "bus", "lens", "means", "various");

  /**
   * Whether a text starts with a bare plural noun ({@code shares from a share scheme}), so that
   * {@code there is} before it reads wrongly; a text starting with an article, a number word or
   * a singular word does not.
   */
  public static boolean startsWithBarePlural(String value) {
    Matcher m = FIRST_WORD.matcher(value);
    if (!m.find()) {
      return false;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        && !word.endsWith("us") && !word.endsWith("is") && !word.endsWith("'s")
        && !NOT_PLURAL.contains(word);
  }

  private Coherence() {}
}
