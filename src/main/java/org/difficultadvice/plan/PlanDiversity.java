package org.difficultadvice.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
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
    Collector collector = new Collector();
    plan.specs().forEach(collector);
    return collector.result(meanPairwiseSimilarity);
  }

  /**
   * Gathers the figures from specs as they stream past: counts per story, and the first
   * {@link #BRIEFS_PER_DOMAIN} briefs of each domain for the similarity, so memory stays
   * bounded however long the plan.
   */
  public static final class Collector implements Consumer<DilemmaSpec> {
    /** Enough briefs for a steady mean similarity; all of them at a release's size. */
    static final int BRIEFS_PER_DOMAIN = 500;

    private final Map<String, Long> perStory = new TreeMap<>();
    private final Map<String, List<String>> byDomain = new TreeMap<>();
    private long specs;

    @Override
    public void accept(DilemmaSpec spec) {
      specs++;
      perStory.merge(spec.template(), 1L, Long::sum);
      List<String> briefs = byDomain.computeIfAbsent(spec.domain(), d -> new ArrayList<>());
      if (briefs.size() < BRIEFS_PER_DOMAIN) {
        briefs.add(spec.brief());
      }
    }

    public PlanDiversity result(ToDoubleFunction<List<String>> meanPairwiseSimilarity) {
      long max = perStory.values().stream().mapToLong(Long::longValue).max().orElse(0);
      double sum = 0;
      int domains = 0;
      for (List<String> briefs : byDomain.values()) {
        if (briefs.size() >= 2) {
          sum += meanPairwiseSimilarity.applyAsDouble(briefs);
          domains++;
        }
      }
      return new PlanDiversity((int) specs, perStory.size(),
          perStory.isEmpty() ? 0 : (double) specs / perStory.size(), max,
          specs == 0 ? 0 : (double) max / specs,
          domains == 0 ? Double.NaN : sum / domains);
    }
  }
}
