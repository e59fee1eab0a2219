package org.difficultadvice.load;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that the rows bound to a template must satisfy together, written in the template's
 * {@code agree:} header list: {@code savings_group.country = city.country},
 * {@code work_role.sector ~ company.sector}, {@code legal_role.work ~ 'licensing'}.
 *
 * @param left the column whose cell is tested
 * @param relation how the left cell must relate to the right side
 * @param right the other axis's column, or empty when the right side is a literal
 * @param literal the literal's alternatives ({@code 'a|b'} gives {@code [a, b]}); empty when
 *     the right side is a column
 * @param text the constraint as written, for messages
 * @param line the line of the template file it is on (0 when unknown)
 * @param column the 1-based column it starts at (0 when unknown)
 */
public record AxisConstraint(
    AxisColumn left,
    Relation relation,
    Optional<AxisColumn> right,
    List<String> literal,
    String text,
    int line,
    int column) {

  /** The separator of values in a list cell and of a literal's alternatives. */
  public static final String LIST_SEPARATOR = "|";
  /** A list cell of just this matches every value. */
  public static final String ANY = "*";

  public AxisConstraint {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(text, "text");
    literal = List.copyOf(literal);
    if (right.isPresent() == !literal.isEmpty()) {
      throw new IllegalArgumentException("the right side is either a column or a literal");
    }
  }

  /** {@code axis.column}. */
  public record AxisColumn(String axis, String column) {
    public AxisColumn {
      Objects.requireNonNull(axis, "axis");
      Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
      return axis + "." + column;
    }
  }

  /** How the left cell relates to the right value. */
  public enum Relation {
    /** {@code =}: the cells are equal (against a literal: equal to one of its alternatives). */
    EQUALS("="),
    /** {@code !=}: the cells differ (against a literal: equal to none of its alternatives). */
    DIFFERS("!="),
    /**
     * {@code ~}: the left cell is a {@code |}-separated list (or {@code *}, anything) that
     * contains the right value (against a literal: one of its alternatives).
     */
    CONTAINS("~");

    private final String symbol;

    Relation(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** The axes the constraint ties together: one, or two. */
  public List<String> axes() {
    return right.map(r -> List.of(left.axis(), r.axis())).orElse(List.of(left.axis()));
  }

  /**
   * Whether the rows satisfy the constraint; {@code rows} maps axis -> its bound row and must
   * hold every axis in {@link #axes()}.
   */
  public boolean holds(Map<String, Map<String, String>> rows) {
    String leftCell = cell(rows, left);
    List<String> values = right.map(r -> List.of(cell(rows, r))).orElse(literal);
    return switch (relation) {
      case EQUALS -> values.contains(leftCell);
      case DIFFERS -> !values.contains(leftCell);
      case CONTAINS -> values.stream().anyMatch(value -> listContains(leftCell, value));
    };
  }

  /** Whether the {@code |}-separated list {@code cell} (or {@code *}) contains {@code value}. */
  public static boolean listContains(String cell, String value) {
    if (cell.strip().equals(ANY)) {
      return true;
    }
    for (String item : listItems(cell)) {
      if (item.equals(value.strip())) {
        return true;
      }
    }
    return false;
  }

  /** The items of a {@code |}-separated list cell, stripped, without empty ones. */
  public static List<String> listItems(String cell) {
    return java.util.Arrays.stream(cell.split("\\|"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String cell(Map<String, Map<String, String>> rows, AxisColumn at) {
    Map<String, String> row = rows.get(at.axis());
    if (row == null || !row.containsKey(at.column())) {
      throw new IllegalArgumentException("no bound value for " + at);
    }
    return row.get(at.column());
  }

  @Override
  public String toString() {
    return text;
  }
}
