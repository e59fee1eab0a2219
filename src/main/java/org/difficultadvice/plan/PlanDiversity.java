package org.difficultadvice.plan;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * How varied a plan's stories are ({@link StoryDiversity} over the specs' stories and briefs):
 * distinct stories, specs per story, the largest share of one story, and the mean similarity of
 * two briefs of the same domain.
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

  static PlanDiversity of(StoryDiversity figures) {
    StoryDiversity.Stories stories = figures.stories()
        .orElse(new StoryDiversity.Stories(0, 0, 0));
    return new PlanDiversity((int) figures.examples(), stories.distinct(),
        stories.meanPerStory(), stories.maxPerStory(), stories.largestShare(),
        figures.meanWithinDomainSimilarity());
  }

  /**
   * Gathers the figures from specs as they stream past, keeping a bounded sample of briefs per
   * domain (see {@link StoryDiversity.Collector}), so memory stays bounded however long the plan.
   */
  public static final class Collector implements Consumer<DilemmaSpec> {
    private final StoryDiversity.Collector stories = new StoryDiversity.Collector();

    @Override
    public void accept(DilemmaSpec spec) {
      stories.accept(spec.story(), spec.domain(), spec.brief());
    }

    public PlanDiversity result(ToDoubleFunction<List<String>> meanPairwiseSimilarity) {
      return of(stories.result(meanPairwiseSimilarity));
    }
  }
}
