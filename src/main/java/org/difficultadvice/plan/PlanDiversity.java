package org.difficultadvice.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * How varied a plan's stories are: distinct stories (templates), specs per story, the largest
 * share of one story, and the mean similarity of two briefs of the same domain.
 *
 * @param meanWithinDomainSimilarity the mean, over domains, of the mean pairwise similarity
 *     of the domain's briefs (NaN when no domain has two specs)
 */
public record PlanDiversity(
    int specs,
    int stories,
    double meanPerStory,
    long maxPerStory,
    double largestShare,
    double meanWithinDomainSimilarity) {

  /**
   * @param meanPairwiseSimilarity the mean similarity of all pairs of a group of briefs (a
   *     MinHash estimate in practice; the caller chooses, so that this stage does not depend on
   *     the quality stages)
   */
  public static PlanDiversity of(Plan plan,
      ToDoubleFunction<List<String>> meanPairwiseSimilarity) {
    List<DilemmaSpec> specs = plan.specs();
    Map<String, Long> perStory = specs.stream()
        .collect(Collectors.groupingBy(DilemmaSpec::template, TreeMap::new,
            Collectors.counting()));
    long max = perStory.values().stream().mapToLong(Long::longValue).max().orElse(0);
    Map<String, List<String>> byDomain = new TreeMap<>();
    specs.forEach(s -> byDomain.computeIfAbsent(s.domain(), d -> new ArrayList<>()).add(s.brief()));
    double sum = 0;
    int domains = 0;
    for (List<String> briefs : byDomain.values()) {
      if (briefs.size() >= 2) {
        sum += meanPairwiseSimilarity.applyAsDouble(briefs);
        domains++;
      }
    }
    return new PlanDiversity(specs.size(), perStory.size(),
        perStory.isEmpty() ? 0 : (double) specs.size() / perStory.size(), max,
        specs.isEmpty() ? 0 : (double) max / specs.size(),
        domains == 0 ? Double.NaN : sum / domains);
  }
}
