package org.difficultadvice.load;

import com.google.common.math.LongMath;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template's axes with its constraints: which rows may be bound together. Axes that no
 * constraint ties are independent; tied axes form groups whose valid combinations are found
 * by a search that prunes on each constraint as soon as its axes are bound (the groups are a
 * few small tables, so this stays in the thousands of steps).
 */
public final class ConstrainedAxes {
  /** A group whose tables multiply past this is not searched exhaustively (counted as huge). */
  static final long MAX_SEARCHED = 5_000_000;

  private final List<String> axes;
  private final Map<String, AxisTable> tables;
  private final List<AxisConstraint> constraints;
  /** For each axis (by position in {@code axes}): the constraints checkable once it is bound. */
  private final List<List<AxisConstraint>> checkableAt;
  private final List<List<String>> groups;

  /** @param tables must hold every axis the template declares */
  public ConstrainedAxes(DilemmaTemplate template, Map<String, AxisTable> tables) {
    this.axes = template.axes();
    this.tables = tables;
    this.constraints = template.constraints();
    this.checkableAt = new ArrayList<>();
    for (int i = 0; i < axes.size(); i++) {
      List<String> bound = axes.subList(0, i + 1);
      String axis = axes.get(i);
      checkableAt.add(constraints.stream()
          .filter(c -> c.axes().contains(axis) && bound.containsAll(c.axes()))
          .toList());
    }
    this.groups = groups();
  }

  public boolean isConstrained() {
    return !constraints.isEmpty();
  }

  /** The axes in declared order. */
  public List<String> axes() {
    return axes;
  }

  /**
   * Whether {@code row} can be bound to the axis at {@code index} given the rows already bound
   * to the axes before it ({@code bound}: axis -> row values): every constraint that becomes
   * checkable holds.
   */
  public boolean allows(int index, Map<String, String> row, Map<String, Map<String, String>> bound) {
    List<AxisConstraint> checks = checkableAt.get(index);
    if (checks.isEmpty()) {
      return true;
    }
    Map<String, Map<String, String>> with = new HashMap<>(bound);
    with.put(axes.get(index), row);
    for (AxisConstraint constraint : checks) {
      if (!constraint.holds(with)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the full binding (axis -> row values) satisfies every constraint. */
  public boolean holds(Map<String, Map<String, String>> rows) {
    return constraints.stream().allMatch(c -> c.holds(rows));
  }

  /** How many combinations of rows satisfy every constraint (saturating at Long.MAX_VALUE). */
  public long combinations() {
    long total = 1;
    for (List<String> group : groups) {
      total = LongMath.saturatedMultiply(total, search(group, null));
    }
    return total;
  }

  /**
   * For each axis tied by a constraint, the row indexes that are part of at least one valid
   * combination of its group; axes in a group too large to search are left out.
   */
  public Map<String, BitSet> usableRows() {
    Map<String, BitSet> usable = new LinkedHashMap<>();
    for (List<String> group : groups) {
      if (group.size() < 2 && constraintsOf(group).isEmpty()) {
        continue;
      }
      Map<String, BitSet> marks = new LinkedHashMap<>();
      group.forEach(axis -> marks.put(axis, new BitSet()));
      if (search(group, marks) >= 0) {
        usable.putAll(marks);
      }
    }
    return usable;
  }

  /**
   * Counts the valid combinations of {@code group}, marking the rows used in {@code marks}
   * when given; -1 when the group is too large to search.
   */
  private long search(List<String> group, Map<String, BitSet> marks) {
    long raw = 1;
    for (String axis : group) {
      raw = LongMath.saturatedMultiply(raw, tables.get(axis).rows().size());
    }
    List<AxisConstraint> own = constraintsOf(group);
    if (own.isEmpty()) {
      return raw;
    }
    if (raw > MAX_SEARCHED) {
      return marks == null ? raw : -1;
    }
    List<List<AxisConstraint>> checks = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      List<String> bound = group.subList(0, i + 1);
      String axis = group.get(i);
      checks.add(own.stream()
          .filter(c -> c.axes().contains(axis) && bound.containsAll(c.axes())).toList());
    }
    int[] chosen = new int[group.size()];
    return descend(group, checks, 0, new HashMap<>(), chosen, marks);
  }

  private long descend(List<String> group, List<List<AxisConstraint>> checks, int depth,
      Map<String, Map<String, String>> bound, int[] chosen, Map<String, BitSet> marks) {
    if (depth == group.size()) {
      if (marks != null) {
        for (int i = 0; i < group.size(); i++) {
          marks.get(group.get(i)).set(chosen[i]);
        }
      }
      return 1;
    }
    String axis = group.get(depth);
    List<AxisRow> rows = tables.get(axis).rows();
    long count = 0;
    for (int r = 0; r < rows.size(); r++) {
      bound.put(axis, rows.get(r).values());
      boolean ok = true;
      for (AxisConstraint constraint : checks.get(depth)) {
        if (!constraint.holds(bound)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        chosen[depth] = r;
        count = LongMath.saturatedAdd(count,
            descend(group, checks, depth + 1, bound, chosen, marks));
      }
    }
    bound.remove(axis);
    return count;
  }

  private List<AxisConstraint> constraintsOf(List<String> group) {
    return constraints.stream().filter(c -> group.containsAll(c.axes())).toList();
  }

  /** The axes split into groups tied by constraints, each in declared order. */
  private List<List<String>> groups() {
    Map<String, String> parent = new HashMap<>();
    axes.forEach(axis -> parent.put(axis, axis));
    for (AxisConstraint constraint : constraints) {
      List<String> tied = constraint.axes();
      if (tied.size() == 2 && parent.containsKey(tied.get(0))
          && parent.containsKey(tied.get(1))) {
        parent.put(root(parent, tied.get(0)), root(parent, tied.get(1)));
      }
    }
    Map<String, List<String>> byRoot = new LinkedHashMap<>();
    for (String axis : axes) {
      byRoot.computeIfAbsent(root(parent, axis), r -> new ArrayList<>()).add(axis);
    }
    return List.copyOf(byRoot.values());
  }

  private static String root(Map<String, String> parent, String axis) {
    String at = axis;
    while (!parent.get(at).equals(at)) {
      at = parent.get(at);
    }
    return at;
  }
}
