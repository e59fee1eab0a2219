package org.difficultadvice.plan;

import com.google.common.hash.Hashing;
import com.google.common.math.LongMath;
import freemarker.template.TemplateException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.difficultadvice.load.AxisRow;
import org.difficultadvice.load.AxisTable;
import org.difficultadvice.load.ConstrainedAxes;
import org.difficultadvice.load.DilemmaTemplate;
import org.difficultadvice.load.FreemarkerDiagnostics;
import org.difficultadvice.load.InvalidInputException;

/**
 * Draws specs from one template. Draw number {@code k} depends only on the seed, the template id
 * and {@code k}, so a template's specs do not change when other templates are added or removed.
 * Rows of axes tied by the template's constraints are drawn to agree; a template without
 * constraints draws each axis independently.
 */
final class TemplateDraws {
  /**
   * Consecutive repeats after which the template counts as used up: with weighted rows the last
   * few combinations may take many draws to hit, and a plan should not spin on them.
   */
  static final int MAX_REPEATS = 200;

  /**
   * Templates with up to this many combinations are walked in order once random draws stall,
   * so a small template gives every distinct spec it has; the walk visits each combination at
   * most once per plan, so it stays cheap.
   */
  static final long MAX_SCANNED = 1_000_000;

  /**
   * Tries of one draw before it counts as a repeat: a draw under constraints restarts when an
   * axis is left with no row that agrees with the rows drawn before it.
   */
  static final int MAX_RESTARTS = 50;

  private final DilemmaTemplate template;
  private final List<WeightedRowSampler> samplers;
  /** The template's constraints, or null when it has none (draws are then independent). */
  private final ConstrainedAxes constrained;
  /** Per axis, the rows that take part in some valid combination (null: all of them). */
  private final List<BitSet> usable;
  /** Combinations that satisfy every constraint. */
  private final long space;
  /** All combinations, valid or not: what the in-order walk counts through. */
  private final long rawSpace;
  private long draws;
  private long scanned;
  private long produced;
  private boolean exhausted;

  TemplateDraws(DilemmaTemplate template, Map<String, WeightedRowSampler> samplersByAxis,
      Map<String, AxisTable> tables) {
    this.template = template;
    this.samplers = template.axes().stream().map(samplersByAxis::get).toList();
    long combinations = 1;
    for (WeightedRowSampler sampler : samplers) {
      combinations = LongMath.saturatedMultiply(combinations, sampler.size());
    }
    this.rawSpace = combinations;
    if (template.constraints().isEmpty()) {
      this.constrained = null;
      this.usable = null;
      this.space = combinations;
    } else {
      this.constrained = new ConstrainedAxes(template, tables);
      Map<String, BitSet> rows = constrained.usableRows();
      this.usable = template.axes().stream().map(rows::get).toList();
      this.space = constrained.combinations();
    }
  }

  DilemmaTemplate template() {
    return template;
  }

  boolean exhausted() {
    return exhausted;
  }

  /**
   * The next spec whose id is not in {@code taken} (and adds it there), or {@code null} once the
   * template's combinations are used up.
   */
  DilemmaSpec next(long seed, Set<String> taken, BriefRenderer renderer)
      throws InvalidInputException {
    for (int repeats = 0; !exhausted && repeats < MAX_REPEATS; repeats++) {
      SplittableRandom random = randomFor(seed, draws++);
      List<AxisRow> chosen = constrained == null ? independentDraw(random) : agreeingDraw(random);
      if (chosen == null) {
        continue;
      }
      DilemmaSpec spec = specIfNew(chosen, taken, renderer);
      if (spec != null) {
        return spec;
      }
    }
    // Random draws keep meeting used combinations: walk the rest in order so none is missed.
    while (!exhausted && rawSpace <= MAX_SCANNED && scanned < rawSpace) {
      List<AxisRow> rows = combination(scanned++);
      if (constrained != null && !constrained.holds(valuesOf(rows))) {
        continue;
      }
      DilemmaSpec spec = specIfNew(rows, taken, renderer);
      if (spec != null) {
        return spec;
      }
    }
    exhausted = true;
    return null;
  }

  private List<AxisRow> independentDraw(SplittableRandom random) {
    List<AxisRow> chosen = new ArrayList<>(samplers.size());
    samplers.forEach(sampler -> chosen.add(sampler.pick(random)));
    return chosen;
  }

  /**
   * Draws the axes in declared order, each among the rows that agree with those drawn before
   * it (weights kept within them); starts over, from the same random stream, when an axis is
   * left with none. Null when every try ends that way.
   */
  private List<AxisRow> agreeingDraw(SplittableRandom random) {
    List<String> axes = template.axes();
    for (int attempt = 0; attempt < MAX_RESTARTS; attempt++) {
      List<AxisRow> chosen = new ArrayList<>(samplers.size());
      Map<String, Map<String, String>> bound = new HashMap<>();
      for (int i = 0; i < samplers.size(); i++) {
        int index = i;
        WeightedRowSampler sampler = samplers.get(i);
        BitSet rows = usable.get(i);
        AxisRow row = sampler.pick(random, r -> (rows == null || rows.get(r))
            && constrained.allows(index, sampler.row(r).values(), bound));
        if (row == null) {
          break;
        }
        chosen.add(row);
        bound.put(axes.get(i), row.values());
      }
      if (chosen.size() == samplers.size()) {
        return chosen;
      }
    }
    return null;
  }

  private Map<String, Map<String, String>> valuesOf(List<AxisRow> rows) {
    Map<String, Map<String, String>> values = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      values.put(template.axes().get(i), rows.get(i).values());
    }
    return values;
  }

  private DilemmaSpec specIfNew(List<AxisRow> chosen, Set<String> taken, BriefRenderer renderer)
      throws InvalidInputException {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    Map<String, String> bindings = new TreeMap<>();
    for (int i = 0; i < chosen.size(); i++) {
      String axis = template.axes().get(i);
      AxisRow row = chosen.get(i);
      rows.put(axis, row.values());
      row.values().forEach((column, value) -> bindings.put(axis + "." + column, value));
    }
    String id = SpecId.of(template.id(), bindings);
    if (!taken.add(id)) {
      return null;
    }
    produced++;
    exhausted = produced >= space;
    return new DilemmaSpec(id, template.id(), template.domain(), template.temptation(),
        template.clauses(), bindings, template.goal(), template.stakes(),
        template.pressure(), render(renderer, rows));
  }

  /** The rows of combination {@code index}, counting in mixed radix over the tables' sizes. */
  private List<AxisRow> combination(long index) {
    List<AxisRow> rows = new ArrayList<>(samplers.size());
    long rest = index;
    for (WeightedRowSampler sampler : samplers) {
      rows.add(sampler.row((int) (rest % sampler.size())));
      rest /= sampler.size();
    }
    return rows;
  }

  private String render(BriefRenderer renderer, Map<String, Map<String, String>> rows)
      throws InvalidInputException {
    try {
      return renderer.render(template, rows);
    } catch (TemplateException e) {
      // Validation renders a few samples; a row it did not try can still break an expression.
      Map<String, Object> columns = new LinkedHashMap<>();
      rows.forEach((axis, values) -> columns.put(axis, List.copyOf(values.keySet())));
      throw new InvalidInputException(FreemarkerDiagnostics.of(template.file(), e, columns));
    }
  }

  private SplittableRandom randomFor(long seed, long draw) {
    long derived = Hashing.sha256().newHasher()
        .putLong(seed)
        .putString(template.id(), StandardCharsets.UTF_8)
        .putLong(draw)
        .hash().asLong();
    return new SplittableRandom(derived);
  }
}
