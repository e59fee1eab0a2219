package org.difficultadvice.load;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.difficultadvice.load.AxisConstraint.AxisColumn;
import org.difficultadvice.load.AxisConstraint.Relation;

/**
 * Checks a template's {@code agree:} constraints against the axis tables: each names declared
 * axes and existing columns, each quoted value occurs in the table, each value on the left of a
 * column-to-column constraint occurs on the right (so no row is left that can never be drawn),
 * and the constraints together leave at least one combination.
 */
final class ConstraintCheck {
  private static final String REFERENCE = "see 'Constraints' in docs/content-format.md";

  private final Map<String, AxisTable> axes;
  /** Row problems already reported: a table shared by templates is reported once. */
  private final Set<String> reported = new HashSet<>();

  ConstraintCheck(Map<String, AxisTable> axes) {
    this.axes = axes;
  }

  /** Adds a diagnostic for each problem; all declared axes must be loaded. */
  void check(DilemmaTemplate template, Diagnostics diagnostics) {
    int before = diagnostics.count();
    for (AxisConstraint constraint : template.constraints()) {
      checkNames(template, constraint, diagnostics);
    }
    if (diagnostics.count() != before) {
      return;
    }
    for (AxisConstraint constraint : template.constraints()) {
      checkValues(template, constraint, diagnostics);
    }
    if (diagnostics.count() != before || template.constraints().isEmpty()) {
      return;
    }
    ConstrainedAxes constrained = new ConstrainedAxes(template, axes);
    if (constrained.combinations() == 0) {
      diagnostics.add(Diagnostic.at(template.file(), template.lineOf("agree"),
          "no combination of rows satisfies every constraint together",
          "loosen a constraint or add rows that agree"));
      return;
    }
    reportRowsNeverDrawn(template, constrained, diagnostics);
  }

  private void checkNames(DilemmaTemplate template, AxisConstraint constraint,
      Diagnostics diagnostics) {
    List<AxisColumn> named = constraint.right().isPresent()
        ? List.of(constraint.left(), constraint.right().get()) : List.of(constraint.left());
    for (AxisColumn at : named) {
      AxisTable table = axes.get(at.axis());
      if (table == null) {
        diagnostics.add(at(template, constraint,
            "constraint '" + constraint + "' names unknown axis '" + at.axis() + "'",
            "use one of the template's axes " + template.axes()));
      } else if (!template.axes().contains(at.axis())) {
        diagnostics.add(at(template, constraint,
            "constraint '" + constraint + "' names axis '" + at.axis()
                + "', which the template does not declare",
            "add '" + at.axis() + "' to 'axes' or use one of " + template.axes()));
      } else if (!table.columns().contains(at.column())) {
        diagnostics.add(at(template, constraint,
            "constraint '" + constraint + "': axis '" + at.axis() + "' has no column '"
                + at.column() + "'",
            "use one of its columns " + table.columns()));
      }
    }
  }

  private void checkValues(DilemmaTemplate template, AxisConstraint constraint,
      Diagnostics diagnostics) {
    AxisTable left = axes.get(constraint.left().axis());
    String leftColumn = constraint.left().column();
    if (constraint.right().isEmpty()) {
      for (String value : constraint.literal()) {
        boolean occurs = left.rows().stream().map(r -> r.values().get(leftColumn))
            .anyMatch(cell -> constraint.relation() == Relation.CONTAINS
                ? AxisConstraint.listItems(cell).contains(value) : cell.equals(value));
        if (!occurs) {
          diagnostics.add(at(template, constraint,
              "constraint '" + constraint + "': value '" + value + "' occurs in no row of "
                  + constraint.left(),
              "fix the value or add it to a row of " + left.file()));
        }
      }
      return;
    }
    if (constraint.relation() == Relation.DIFFERS) {
      return;
    }
    AxisColumn right = constraint.right().get();
    AxisTable other = axes.get(right.axis());
    Set<String> values = new HashSet<>();
    other.rows().forEach(row -> values.add(row.values().get(right.column())));
    for (AxisRow row : left.rows()) {
      String cell = row.values().get(leftColumn);
      List<String> items = constraint.relation() == Relation.CONTAINS
          ? (cell.strip().equals(AxisConstraint.ANY) ? List.of() : AxisConstraint.listItems(cell))
          : List.of(cell);
      if (constraint.relation() == Relation.CONTAINS && items.isEmpty()
          && !cell.strip().equals(AxisConstraint.ANY)) {
        report(left, row, "'" + leftColumn + "' is empty, so no row of " + right
                + " can match it (constraint '" + constraint + "' of " + template.file() + ":"
                + constraint.line() + ")",
            "list the values it goes with, separated by '|', or '*' for any", diagnostics);
      }
      for (String item : items) {
        if (!values.contains(item)) {
          report(left, row, "value '" + item + "' of " + constraint.left()
                  + " occurs in no row of " + right + " (constraint '" + constraint + "' of "
                  + template.file() + ":" + constraint.line() + ")",
              "fix the value or add a row with " + right.column() + " '" + item + "' to "
                  + other.file(), diagnostics);
        }
      }
    }
  }

  /**
   * A row on the left of a column-to-column constraint that no combination can use, although
   * it passes the template's quoted-value filters, is a row that can never be drawn.
   */
  private void reportRowsNeverDrawn(DilemmaTemplate template, ConstrainedAxes constrained,
      Diagnostics diagnostics) {
    Map<String, BitSet> usable = constrained.usableRows();
    for (AxisConstraint constraint : template.constraints()) {
      if (constraint.right().isEmpty() || constraint.relation() == Relation.DIFFERS) {
        continue;
      }
      String axis = constraint.left().axis();
      BitSet rows = usable.get(axis);
      if (rows == null) {
        continue;
      }
      List<AxisRow> all = axes.get(axis).rows();
      for (int r = 0; r < all.size(); r++) {
        if (!rows.get(r) && passesLiterals(template, axis, all.get(r))) {
          report(axes.get(axis), all.get(r), "no row of " + constraint.right().get()
                  + " can be drawn with this row in " + template.id() + " (constraint '"
                  + constraint + "' of " + template.file() + ":" + constraint.line() + ")",
              "add a matching row to the other table or fix this row's "
                  + constraint.left().column(), diagnostics);
        }
      }
    }
  }

  private static boolean passesLiterals(DilemmaTemplate template, String axis, AxisRow row) {
    return template.constraints().stream()
        .filter(c -> c.right().isEmpty() && c.left().axis().equals(axis))
        .allMatch(c -> c.holds(Map.of(axis, row.values())));
  }

  private void report(AxisTable table, AxisRow row, String message, String fix,
      Diagnostics diagnostics) {
    if (reported.add(table.file() + ":" + row.line() + ":" + message.replaceAll("\\(.*", ""))) {
      diagnostics.add(Diagnostic.at(table.file(), row.line(), message, fix));
    }
  }

  private static Diagnostic at(DilemmaTemplate template, AxisConstraint constraint,
      String message, String fix) {
    int line = constraint.line() == 0 ? template.lineOf("agree") : constraint.line();
    return new Diagnostic(template.file(), line, constraint.column(), message,
        fix + "; " + REFERENCE);
  }
}
