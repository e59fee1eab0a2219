package org.difficultadvice.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.difficultadvice.load.AxisConstraint.AxisColumn;
import org.difficultadvice.load.AxisConstraint.Relation;

/**
 * Reads one entry of a template's {@code agree:} list:
 * {@code <axis>.<column> <op> <axis>.<column>} or {@code <axis>.<column> <op> '<literal>'},
 * where {@code <op>} is {@code =}, {@code !=} or {@code ~}, and a literal may list
 * alternatives separated by {@code |}.
 */
final class AxisConstraintParser {
  static final String SYNTAX = "write 'axis.column = other.column', 'axis.column ~ other.column',"
      + " 'axis.column != other.column' or 'axis.column = 'value|value'' (see 'Constraints' in"
      + " docs/content-format.md)";
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern FORM = Pattern.compile(
      "\\s*(" + NAME + ")\\.(" + NAME + ")\\s*(!=|=|~)\\s*"
          + "(?:(" + NAME + ")\\.(" + NAME + ")|'([^']*)'|\"([^\"]*)\")\\s*");

  /** The constraint, or {@code null} after adding a diagnostic at {@code line:column}. */
  static AxisConstraint parse(String text, Path file, int line, int column,
      Diagnostics diagnostics) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      diagnostics.add(new Diagnostic(file, line, column,
          "constraint '" + text + "' is not of the form 'axis.column <op> other.column'",
          SYNTAX));
      return null;
    }
    Relation relation = Arrays.stream(Relation.values())
        .filter(r -> r.symbol().equals(m.group(3))).findFirst().orElseThrow();
    AxisColumn left = new AxisColumn(m.group(1), m.group(2));
    if (m.group(4) != null) {
      AxisColumn right = new AxisColumn(m.group(4), m.group(5));
      if (right.axis().equals(left.axis())) {
        diagnostics.add(new Diagnostic(file, line, column,
            "constraint '" + text + "' compares axis '" + left.axis() + "' with itself",
            "a constraint ties two different axes, or one axis to a quoted value"));
        return null;
      }
      return new AxisConstraint(left, relation, Optional.of(right), List.of(), text.strip(),
          line, column);
    }
    String quoted = m.group(6) != null ? m.group(6) : m.group(7);
    List<String> alternatives = AxisConstraint.listItems(quoted);
    if (alternatives.isEmpty()) {
      diagnostics.add(new Diagnostic(file, line, column,
          "constraint '" + text + "' compares with an empty value",
          "write the value between the quotes, like 'licensing'"));
      return null;
    }
    return new AxisConstraint(left, relation, Optional.empty(), alternatives, text.strip(),
        line, column);
  }

  private AxisConstraintParser() {}
}
