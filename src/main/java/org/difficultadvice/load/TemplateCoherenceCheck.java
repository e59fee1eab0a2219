package org.difficultadvice.load;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.difficultadvice.load.Coherence.Tense;

/**
 * The part of the coherence check that is cheap enough for every load: two declared axes that
 * share a fact column must be tied by a constraint on it, a slot whose values are written in a
 * tense must sit in a sentence of that tense, a table's article column must fit its title, and
 * a slot after "there is" or "there was" takes no value that starts with a bare plural.
 * What can only be seen in drawn specs is {@code plan.SpecCoherence}'s.
 */
final class TemplateCoherenceCheck {
  private static final Pattern SLOT =
      Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)[^}]*}");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\\]]*(\\s|$)");
  private static final Pattern THERE_IS =
      Pattern.compile("\\b[Tt]here (is|was|'s)(\\s+(also|still|now|only))?\\s+$");
  private static final String REFERENCE = "see 'Coherence' in docs/content-format.md";

  private final Map<String, AxisTable> axes;
  private final Set<String> tablesChecked = new HashSet<>();

  TemplateCoherenceCheck(Map<String, AxisTable> axes) {
    this.axes = axes;
  }

  /** Adds a diagnostic for each problem; all declared axes must be loaded. */
  void check(DilemmaTemplate template, Diagnostics diagnostics) {
    checkSharedFacts(template, diagnostics);
    checkTenses(template, diagnostics);
    checkThereIs(template, diagnostics);
    for (String axis : template.axes()) {
      if (tablesChecked.add(axis)) {
        checkArticles(axes.get(axis), diagnostics);
      }
    }
  }

  private void checkSharedFacts(DilemmaTemplate template, Diagnostics diagnostics) {
    List<String> declared = template.axes();
    for (int i = 0; i < declared.size(); i++) {
      for (int j = i + 1; j < declared.size(); j++) {
        AxisTable a = axes.get(declared.get(i));
        AxisTable b = axes.get(declared.get(j));
        for (String column : a.columns()) {
          if (Coherence.LABEL_COLUMNS.contains(column) || !b.columns().contains(column)
              || tied(template, a.name(), b.name(), column)) {
            continue;
          }
          boolean aList = isListColumn(a, column);
          String suggestion = aList || !isListColumn(b, column)
              ? a.name() + "." + column + (aList ? " ~ " : " = ") + b.name() + "." + column
              : b.name() + "." + column + " ~ " + a.name() + "." + column;
          int line = template.lineOf("agree") > 0 ? template.lineOf("agree")
              : template.lineOf("axes");
          diagnostics.add(Diagnostic.at(template.file(), line,
              "axes '" + a.name() + "' and '" + b.name() + "' both have the fact column '"
                  + column + "' but no constraint says how they agree",
              "add 'agree: [" + suggestion + "]' to the header (or '!=' where they must "
                  + "differ); " + REFERENCE));
        }
      }
    }
  }

  private static boolean tied(DilemmaTemplate template, String a, String b, String column) {
    return template.constraints().stream().anyMatch(c -> c.right().isPresent()
        && Set.of(c.left().axis(), c.right().get().axis()).equals(Set.of(a, b))
        && (c.left().column().equals(column) || c.right().get().column().equals(column)));
  }

  private static boolean isListColumn(AxisTable table, String column) {
    return table.rows().stream().map(r -> r.values().get(column))
        .anyMatch(v -> v.contains(AxisConstraint.LIST_SEPARATOR) || v.strip().equals("*"));
  }

  private void checkTenses(DilemmaTemplate template, Diagnostics diagnostics) {
    String text;
    try {
      text = Files.readString(template.file());
    } catch (IOException e) {
      return; // the loader has already read it; a file gone since is not this check's concern
    }
    int bodyStart = text.indexOf("-->") + 3;
    String body = text.substring(Math.max(0, bodyStart));
    Tense whole = Coherence.tenseOfFrame(SLOT.matcher(body).replaceAll(" "));
    Matcher slot = SLOT.matcher(body);
    while (slot.find()) {
      AxisTable table = axes.get(slot.group(1));
      if (table == null || !table.columns().contains(slot.group(2))) {
        continue;
      }
      Tense column = columnTense(table, slot.group(2));
      if (column == Tense.UNKNOWN) {
        continue;
      }
      Tense frame = Coherence.tenseOfFrame(
          SLOT.matcher(sentenceAround(body, slot.start(), slot.end())).replaceAll(" "));
      if (frame == Tense.UNKNOWN) {
        frame = whole;
      }
      if (frame != Tense.UNKNOWN && frame != column) {
        int offset = bodyStart + slot.start();
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int col = offset - text.lastIndexOf('\n', offset - 1);
        diagnostics.add(new Diagnostic(template.file(), line, col,
            slot.group() + " is " + name(column) + "-tense text (like '"
                + example(table, slot.group(2)) + "') in a " + name(frame) + "-tense sentence",
            "use a column written in the sentence's tense or make the slot's text "
                + "tense-neutral; " + REFERENCE));
      }
    }
  }

  /** "There is ${asset.asset}" must not read "there is shares from...". */
  private void checkThereIs(DilemmaTemplate template, Diagnostics diagnostics) {
    String text;
    try {
      text = Files.readString(template.file());
    } catch (IOException e) {
      return; // as in checkTenses
    }
    int bodyStart = Math.max(0, text.indexOf("-->") + 3);
    Matcher slot = SLOT.matcher(text);
    slot.region(bodyStart, text.length());
    while (slot.find()) {
      AxisTable table = axes.get(slot.group(1));
      if (table == null || !table.columns().contains(slot.group(2))
          || !THERE_IS.matcher(text.substring(Math.max(bodyStart, slot.start() - 30),
              slot.start())).find()) {
        continue;
      }
      table.rows().stream().map(r -> r.values().get(slot.group(2)))
          .filter(Coherence::startsWithBarePlural).findFirst().ifPresent(plural -> {
            int line = (int) text.substring(0, slot.start()).chars().filter(c -> c == '\n')
                .count() + 1;
            int col = slot.start() - text.lastIndexOf('\n', slot.start() - 1);
            diagnostics.add(new Diagnostic(template.file(), line, col,
                slot.group() + " follows 'there is' but a value of it is plural ('" + plural
                    + "')",
                "reword the sentence so the slot's number does not matter (\"X also has "
                    + slot.group() + "\"), or start every value with an article; " + REFERENCE));
          });
    }
  }

  /** The tense most of a column's values are written in, if at least half are tensed alike. */
  static Tense columnTense(AxisTable table, String column) {
    int past = 0;
    int present = 0;
    for (AxisRow row : table.rows()) {
      switch (Coherence.tenseOfSlot(row.values().get(column))) {
        case PAST -> past++;
        case PRESENT -> present++;
        default -> { }
      }
    }
    int half = (table.rows().size() + 1) / 2;
    if (past >= half && past > present) {
      return Tense.PAST;
    }
    if (present >= half && present > past) {
      return Tense.PRESENT;
    }
    return Tense.UNKNOWN;
  }

  private static String sentenceAround(String body, int start, int end) {
    int from = 0;
    Matcher ends = SENTENCE_END.matcher(body);
    int to = body.length();
    while (ends.find()) {
      if (ends.end() <= start) {
        from = ends.end();
      } else if (ends.start() >= end) {
        to = ends.start();
        break;
      }
    }
    return body.substring(from, to);
  }

  private static String example(AxisTable table, String column) {
    return table.rows().get(0).values().get(column);
  }

  private static String name(Tense tense) {
    return tense == Tense.PAST ? "past" : "present";
  }

  private static void checkArticles(AxisTable table, Diagnostics diagnostics) {
    if (!table.columns().contains("a") || !table.columns().contains("title")) {
      return;
    }
    for (AxisRow row : table.rows()) {
      String title = row.values().get("title");
      String expected = Coherence.articleFor(title);
      if (!row.values().get("a").strip().equals(expected)) {
        diagnostics.add(Diagnostic.at(table.file(), row.line(),
            "article '" + row.values().get("a") + "' does not fit '" + title + "'",
            "write '" + expected + "' in the 'a' column"));
      }
    }
  }
}
