package org.difficultadvice.scenario;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.difficultadvice.plan.DilemmaSpec;

/**
 * The library briefs a scenario prompt shows as examples of form and depth: the spec's own
 * brief, then briefs of other templates of the same cell (domain and temptation), or of the
 * same temptation elsewhere when the cell has one template. Chosen by the spec's id, so the
 * prompt is the same on every replay.
 */
public final class CellExamples {
  /** Briefs shown besides the spec's own. */
  static final int OTHERS = 2;

  /** One brief per template: its first spec's in the plan. */
  private final Map<String, DilemmaSpec> firstByTemplate = new LinkedHashMap<>();

  public CellExamples(List<DilemmaSpec> plan) {
    for (DilemmaSpec spec : plan) {
      firstByTemplate.putIfAbsent(spec.template(), spec);
    }
  }

  /** The first spec of each template, in the plan's order. */
  public List<DilemmaSpec> templateFirsts() {
    return List.copyOf(firstByTemplate.values());
  }

  public List<String> forSpec(DilemmaSpec spec) {
    List<DilemmaSpec> sameCell = new ArrayList<>();
    List<DilemmaSpec> sameTemptation = new ArrayList<>();
    for (DilemmaSpec first : firstByTemplate.values()) {
      if (first.template().equals(spec.template())
          || !first.temptation().equals(spec.temptation())) {
        continue;
      }
      (first.domain().equals(spec.domain()) ? sameCell : sameTemptation).add(first);
    }
    List<String> examples = new ArrayList<>();
    examples.add(spec.brief());
    long start = Hashing.sha256().hashString(spec.id(), StandardCharsets.UTF_8).asLong();
    for (List<DilemmaSpec> pool : List.of(sameCell, sameTemptation)) {
      for (int i = 0; i < pool.size() && examples.size() <= OTHERS; i++) {
        examples.add(pool.get((int) Math.floorMod(start + i, (long) pool.size())).brief());
      }
    }
    return examples;
  }
}
