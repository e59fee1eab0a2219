package org.difficultadvice.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.difficultadvice.load.AxisConstraint;
import org.difficultadvice.load.Coherence;
import org.difficultadvice.load.Coherence.Tense;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.DilemmaTemplate;

/**
 * The coherence check of drawn specs: what contradicts itself once rows are bound and the brief
 * is rendered. Bound rows that share a fact column agree (unless a constraint of the template
 * ties them otherwise), the template's constraints hold, two people bound in one spec have
 * different names, a tensed slot value sits in a sentence of its tense, and every "a"/"an" in
 * the brief fits the word after it, no sentence starts in lowercase, and no word is doubled
 * where a slot meets its frame ("cost the cost of a small car", "move in in three days"). Runs
 * in the tests over plans of the shipped library.
 */
public final class SpecCoherence {
  private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]n?) ([A-Za-z][A-Za-z'-]*)");
  private static final Pattern LOWERCASE_START = Pattern.compile("(^|[.!?]\\s+)([a-z])");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\\]]*(\\s|$)");
  /** A word repeated, maybe across an article: "in in", "cost the cost". */
  private static final Pattern DOUBLED = Pattern.compile(
      "\\b([A-Za-z]{2,})\\s+(?:(?:the|an?)\\s+)?(\\1)\\b", Pattern.CASE_INSENSITIVE);

  private final Map<String, DilemmaTemplate> templates = new HashMap<>();

  public SpecCoherence(ContentLibrary library) {
    library.templates().forEach(t -> templates.put(t.id(), t));
  }

  /** What is incoherent in {@code spec}, one line each; empty when nothing is. */
  public List<String> problems(DilemmaSpec spec) {
    DilemmaTemplate template = templates.get(spec.template());
    if (template == null) {
      throw new IllegalArgumentException("spec of unknown template " + spec.template());
    }
    Map<String, Map<String, String>> rows = rows(spec);
    List<String> problems = new ArrayList<>();
    sharedFacts(template, rows, problems);
    for (AxisConstraint constraint : template.constraints()) {
      if (!constraint.holds(rows)) {
        problems.add("constraint '" + constraint + "' does not hold");
      }
    }
    samePerson(rows, problems);
    tenses(spec, problems);
    articles(spec.brief(), problems);
    doubledWords(spec.brief(), problems);
    Matcher lower = LOWERCASE_START.matcher(spec.brief());
    if (lower.find()) {
      problems.add("a sentence starts in lowercase: '" + spec.brief().substring(lower.start(2),
          Math.min(spec.brief().length(), lower.start(2) + 30)) + "'");
    }
    return problems;
  }

  private static void sharedFacts(DilemmaTemplate template, Map<String, Map<String, String>> rows,
      List<String> problems) {
    List<String> axes = new ArrayList<>(rows.keySet());
    for (int i = 0; i < axes.size(); i++) {
      for (int j = i + 1; j < axes.size(); j++) {
        String a = axes.get(i);
        String b = axes.get(j);
        for (String column : rows.get(a).keySet()) {
          if (Coherence.LABEL_COLUMNS.contains(column) || !rows.get(b).containsKey(column)
              || tiedOtherwise(template, a, b, column)) {
            continue;
          }
          String x = rows.get(a).get(column);
          String y = rows.get(b).get(column);
          if (!Coherence.agrees(x, y)) {
            problems.add(a + "." + column + " '" + x + "' disagrees with " + b + "." + column
                + " '" + y + "'");
          }
        }
      }
    }
  }

  /** A constraint other than agreement on the column between the two axes says otherwise. */
  private static boolean tiedOtherwise(DilemmaTemplate template, String a, String b,
      String column) {
    return template.constraints().stream().anyMatch(c -> c.right().isPresent()
        && c.relation() == AxisConstraint.Relation.DIFFERS
        && Set.of(c.left().axis(), c.right().get().axis()).equals(Set.of(a, b))
        && (c.left().column().equals(column) || c.right().get().column().equals(column)));
  }

  private static void samePerson(Map<String, Map<String, String>> rows, List<String> problems) {
    Map<String, String> byName = new HashMap<>();
    for (Map.Entry<String, Map<String, String>> row : rows.entrySet()) {
      Map<String, String> values = row.getValue();
      if (values.containsKey("they") && values.containsKey("name")) {
        String other = byName.putIfAbsent(values.get("name"), row.getKey());
        if (other != null) {
          problems.add(other + " and " + row.getKey() + " are both named '"
              + values.get("name") + "'");
        }
      }
    }
  }

  private static void tenses(DilemmaSpec spec, List<String> problems) {
    String brief = spec.brief();
    Set<String> checked = new TreeSet<>();
    for (Map.Entry<String, String> binding : spec.bindings().entrySet()) {
      String value = binding.getValue();
      Tense slot = Coherence.tenseOfSlot(value);
      if (slot == Tense.UNKNOWN || value.isBlank() || !checked.add(value)) {
        continue;
      }
      int at = brief.indexOf(value);
      if (at < 0) {
        continue;
      }
      if (mayShiftTense(brief, at, value)) {
        continue;
      }
      String sentence = sentenceAround(brief, at, at + value.length()).replace(value, " ");
      Tense frame = Coherence.tenseOfFrame(sentence);
      if (frame == Tense.UNKNOWN) {
        frame = Coherence.tenseOfFrame(brief.replace(value, " "));
      }
      if (frame != Tense.UNKNOWN && frame != slot) {
        problems.add(binding.getKey() + " '" + value + "' is " + slot.name().toLowerCase(Locale.ROOT)
            + "-tense in a " + frame.name().toLowerCase(Locale.ROOT) + "-tense sentence");
      }
    }
  }

  /**
   * Where English lets a slot's tense differ from its sentence's: in a subordinate or relative
   * clause ("complained that Koa was on the phone", "Amara, who is a tester, ended up"), in the
   * present perfect (which joins a past event to the present), and when the slot dates itself
   * ("was caught on camera last year").
   */
  private static boolean mayShiftTense(String brief, int at, String value) {
    String before = brief.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT);
    String[] words = before.trim().split("[\\s,]+");
    for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
      if (SUBORDINATORS.contains(words[i])) {
        return true;
      }
    }
    String text = value.toLowerCase(Locale.ROOT);
    return text.startsWith("has ") || text.startsWith("have ") || DATED.matcher(text).find();
  }

  private static final Set<String> SUBORDINATORS = Set.of("who", "that", "because", "after",
      "since", "when", "while", "whether", "if", "which", "whose");

  private static final Pattern DATED = Pattern.compile(
      "\\b(last (year|week|month|night|spring|summer|autumn|winter)|ago|yesterday|earlier|"
          + "once|in the past)\\b");

  private static void articles(String brief, List<String> problems) {
    Matcher m = ARTICLE.matcher(brief);
    while (m.find()) {
      String expected = Coherence.articleFor(m.group(2));
      if (!m.group(1).toLowerCase(Locale.ROOT).equals(expected)) {
        problems.add("'" + m.group() + "' should read '" + expected + " " + m.group(2) + "'");
      }
    }
  }

  /** A doubled word, unless both are capitalised: place names may double ("Wagga Wagga"). */
  private static void doubledWords(String brief, List<String> problems) {
    Matcher m = DOUBLED.matcher(brief);
    while (m.find()) {
      if (!(Character.isUpperCase(m.group(1).charAt(0))
          && Character.isUpperCase(m.group(2).charAt(0)))) {
        problems.add("'" + m.group() + "' repeats a word");
      }
    }
  }

  private static String sentenceAround(String text, int start, int end) {
    int from = 0;
    int to = text.length();
    Matcher ends = SENTENCE_END.matcher(text);
    while (ends.find()) {
      if (ends.end() <= start) {
        from = ends.end();
      } else if (ends.start() >= end) {
        to = ends.start();
        break;
      }
    }
    return text.substring(from, to);
  }

  private static Map<String, Map<String, String>> rows(DilemmaSpec spec) {
    Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
    spec.bindings().forEach((key, value) -> {
      int dot = key.indexOf('.');
      rows.computeIfAbsent(key.substring(0, dot), k -> new java.util.LinkedHashMap<>())
          .put(key.substring(dot + 1), value);
    });
    return rows;
  }
}
