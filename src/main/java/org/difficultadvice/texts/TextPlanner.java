package org.difficultadvice.texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.difficultadvice.load.Clause;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.Plan;
import org.difficultadvice.plan.PlanSummary;
import org.difficultadvice.plan.SpecId;
import org.difficultadvice.plan.SpecPlanner;

/**
 * Plans a text kind: every (clause, form) cell once per round, in an order shuffled by the seed,
 * so any plan covers the cells evenly (no cell more than one text ahead of another). Each draw
 * walks its own seeded permutation of its values and shifts by one every round, so its values
 * are used evenly too (within two uses of each other) and a cell meets new draws each round.
 */
public final class TextPlanner implements SpecPlanner {
  private final TextCells cells;
  private final List<Clause> clauses;

  public TextPlanner(TextCells cells, List<Clause> clauses) {
    this.cells = cells;
    this.clauses = clauses.stream().sorted(Comparator.comparing(Clause::id)).toList();
    if (this.clauses.isEmpty()) {
      throw new IllegalArgumentException("a text plan needs at least one clause");
    }
  }

  /** How many distinct cells a round covers. */
  public int cellCount() {
    return clauses.size() * cells.forms().size();
  }

  @Override
  public Plan plan(int count, long seed) {
    List<DilemmaSpec> specs = new ArrayList<>();
    plan(count, seed, specs::add);
    return new Plan(specs, count);
  }

  @Override
  public PlanSummary plan(int count, long seed, Consumer<DilemmaSpec> sink) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<Cell> order = new ArrayList<>();
    for (Clause clause : clauses) {
      for (TextForm form : cells.forms()) {
        order.add(new Cell(clause, form));
      }
    }
    shuffle(order, new Random(seed));
    Map<String, int[]> walks = new LinkedHashMap<>();
    cells.draws().forEach((name, values) ->
        walks.put(name, permutation(values.size(), new Random(seed ^ name.hashCode()))));

    SortedMap<String, Long> byForm = new TreeMap<>();
    SortedMap<String, Long> byTheme = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      int round = i / order.size();
      Cell cell = order.get(i % order.size());
      Map<String, String> bindings = new TreeMap<>();
      bindings.put("clause", cell.clause().id());
      bindings.put("round", Integer.toString(round));
      for (Map.Entry<String, int[]> walk : walks.entrySet()) {
        int[] permutation = walk.getValue();
        bindings.put(walk.getKey(), cells.draws().get(walk.getKey())
            .get(permutation[(i + round) % permutation.length]));
      }
      DilemmaSpec spec = specOf(cell, bindings);
      byForm.merge(spec.domain(), 1L, Long::sum);
      byTheme.merge(spec.temptation(), 1L, Long::sum);
      sink.accept(spec);
    }
    return new PlanSummary(count, count, byForm, byTheme);
  }

  private DilemmaSpec specOf(Cell cell, Map<String, String> bindings) {
    String template = cells.kind().id() + "/" + cell.form().id();
    String theme = cell.clause().id().contains(".")
        ? cell.clause().id().substring(0, cell.clause().id().indexOf('.'))
        : cell.clause().id();
    StringBuilder brief = new StringBuilder()
        .append(cell.form().name()).append(" on \"").append(cell.clause().title()).append('"');
    cells.draws().keySet().forEach(name ->
        brief.append("; ").append(name).append(": ").append(bindings.get(name)));
    return new DilemmaSpec(SpecId.of(template, bindings), template, cell.form().id(), theme,
        List.of(cell.clause().id()), bindings, cell.form().name(), "", "", brief.toString());
  }

  private static void shuffle(List<Cell> cells, Random random) {
    for (int i = cells.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Cell swap = cells.get(i);
      cells.set(i, cells.get(j));
      cells.set(j, swap);
    }
  }

  private static int[] permutation(int size, Random random) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  private record Cell(Clause clause, TextForm form) {}
}
