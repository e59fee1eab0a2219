package org.difficultadvice.budget;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.difficultadvice.plan.DilemmaSpec;

/** The share of tokens each domain should have: its share of the planned specs. */
public final class PlannedShares {
  private PlannedShares() {}

  public static Map<String, Double> fromSpecs(List<DilemmaSpec> specs) {
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("no planned specs to take domain shares from");
    }
    Map<String, Double> shares = new TreeMap<>();
    for (DilemmaSpec spec : specs) {
      shares.merge(spec.domain(), 1.0, Double::sum);
    }
    shares.replaceAll((domain, count) -> count / specs.size());
    return Collections.unmodifiableMap(shares);
  }
}
