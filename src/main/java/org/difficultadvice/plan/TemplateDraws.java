package org.difficultadvice.plan;

import com.google.common.hash.Hashing;
import com.google.common.math.LongMath;
import freemarker.template.TemplateException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.difficultadvice.load.AxisRow;
import org.difficultadvice.load.DilemmaTemplate;
import org.difficultadvice.load.FreemarkerDiagnostics;
import org.difficultadvice.load.InvalidInputException;

/**
 * Draws specs from one template. Draw number {@code k} depends only on the seed, the template id
 * and {@code k}, so a template's specs do not change when other templates are added or removed.
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

  private final DilemmaTemplate template;
  private final List<WeightedRowSampler> samplers;
  private final long space;
  private long draws;
  private long scanned;
  private long produced;
  private boolean exhausted;

  TemplateDraws(DilemmaTemplate template, Map<String, WeightedRowSampler> samplersByAxis) {
    this.template = template;
    this.samplers = template.axes().stream().map(samplersByAxis::get).toList();
    long combinations = 1;
    for (WeightedRowSampler sampler : samplers) {
      combinations = LongMath.saturatedMultiply(combinations, sampler.size());
    }
    this.space = combinations;
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
      List<AxisRow> chosen = new ArrayList<>(samplers.size());
      samplers.forEach(sampler -> chosen.add(sampler.pick(random)));
      DilemmaSpec spec = specIfNew(chosen, taken, renderer);
      if (spec != null) {
        return spec;
      }
    }
    // Random draws keep meeting used combinations: walk the rest in order so none is missed.
    while (!exhausted && space <= MAX_SCANNED && scanned < space) {
      DilemmaSpec spec = specIfNew(combination(scanned++), taken, renderer);
      if (spec != null) {
        return spec;
      }
    }
    exhausted = true;
    return null;
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
