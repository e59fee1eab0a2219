package org.difficultadvice.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The specs a planner drew.
 *
 * @param requested how many were asked for; more than {@code specs.size()} when the templates'
 *     axes cannot give that many distinct specs within the stratification bound
 */
public record Plan(List<DilemmaSpec> specs, int requested) {
  public Plan {
    specs = List.copyOf(specs);
  }

  public Map<String, Long> countsByDomain() {
    return countBy(DilemmaSpec::domain);
  }

  public Map<String, Long> countsByTemptation() {
    return countBy(DilemmaSpec::temptation);
  }

  private Map<String, Long> countBy(Function<DilemmaSpec, String> key) {
    return specs.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }
}
