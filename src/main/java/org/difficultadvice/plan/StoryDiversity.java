package org.difficultadvice.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * How varied the stories of a stream of examples are: distinct stories, examples per story, the
 * largest share of one story, and the mean similarity of two texts of the same domain. One
 * computation for {@code plan} (briefs), the export's manifest and card, and {@code audit}
 * (user turns).
 *
 * @param examples every example seen
 * @param stories the story figures over the examples that name their story; empty when none
 *     does (a dataset without {@code metadata.story} or {@code metadata.template})
 * @param meanWithinDomainSimilarity the mean, over domains, of the mean pairwise similarity of
 *     the domain's sampled texts (NaN when no domain has two)
 * @param domainsCompared domains with at least two sampled texts
 * @param sampledPerDomain at most this many texts of each domain (the first ones met) were
 *     compared; at most {@link Collector#MAX_DOMAINS} domains are sampled
 */
public record StoryDiversity(
    long examples,
    Optional<Stories> stories,
    double meanWithinDomainSimilarity,
    int domainsCompared,
    int sampledPerDomain) {

  /**
   * @param examples the examples that name their story
   * @param distinct distinct stories among them
   * @param maxPerStory examples of the most told story
   */
  public record Stories(long examples, int distinct, long maxPerStory) {
    /** Distinct stories per 1,000 examples: 1,000 when no story is told twice. */
    public double perThousand() {
      return examples == 0 ? 0 : 1000.0 * distinct / examples;
    }

    public double meanPerStory() {
      return distinct == 0 ? 0 : (double) examples / distinct;
    }

    /** The most told story's share of the examples, 0 to 1. */
    public double largestShare() {
      return examples == 0 ? 0 : (double) maxPerStory / examples;
    }
  }

  /**
   * Writes the figures under the keys that {@code manifest.json} and {@code audit.json} share;
   * unknown figures are null.
   *
   * @param similarityDefinition how the similarity was measured, in words
   */
  public void writeJson(ObjectNode node, String similarityDefinition) {
    node.put("examples", examples);
    stories.ifPresentOrElse(s -> {
      node.put("examples_naming_a_story", s.examples());
      node.put("stories", s.distinct());
      node.put("stories_per_1000_examples", round6(s.perThousand()));
      node.put("examples_per_story_mean", round6(s.meanPerStory()));
      node.put("examples_per_story_max", s.maxPerStory());
      node.put("largest_story_share", round6(s.largestShare()));
    }, () -> {
      node.putNull("stories");
      node.put("stories_unknown_because", "no record names its story (metadata.story or "
          + "metadata.template)");
    });
    if (Double.isNaN(meanWithinDomainSimilarity)) {
      node.putNull("within_domain_user_similarity");
    } else {
      node.put("within_domain_user_similarity", round6(meanWithinDomainSimilarity));
    }
    node.put("domains_compared", domainsCompared);
    node.put("similarity", similarityDefinition);
  }

  private static double round6(double value) {
    return Math.round(value * 1_000_000d) / 1_000_000d;
  }

  /**
   * Gathers the figures as examples stream past. Memory is bounded by the sample (texts per
   * domain times domains) plus one count per distinct story, never one entry per example.
   */
  public static final class Collector {
    /** Enough texts for a steady mean similarity; all of them at a release's size. */
    public static final int TEXTS_PER_DOMAIN = 500;

    /** Bounds the sample when a dataset's domain field is free text. */
    public static final int MAX_DOMAINS = 64;

    // Stories are counted by a 64-bit hash: a long title costs no more than a template id.
    private static final HashFunction STORY_HASH = Hashing.murmur3_128(0x570e1);

    private final int textsPerDomain;
    private final Map<Long, Long> perStory = new HashMap<>();
    private final Map<String, List<String>> byDomain = new LinkedHashMap<>();
    private long examples;
    private long named;

    public Collector() {
      this(TEXTS_PER_DOMAIN);
    }

    public Collector(int textsPerDomain) {
      if (textsPerDomain < 2) {
        throw new IllegalArgumentException("texts per domain must be at least 2");
      }
      this.textsPerDomain = textsPerDomain;
    }

    /** An example whose story is known. */
    public void accept(String story, String domain, String text) {
      accept(Optional.of(story), domain, text);
    }

    /**
     * @param story what the example retells, when known
     * @param domain its domain; one group for a whole dataset that has none
     * @param text what is compared within the domain (a brief, a user turn)
     */
    public void accept(Optional<String> story, String domain, String text) {
      examples++;
      story.ifPresent(s -> {
        named++;
        perStory.merge(STORY_HASH.hashString(s, StandardCharsets.UTF_8).asLong(), 1L, Long::sum);
      });
      List<String> texts = byDomain.get(domain);
      if (texts == null) {
        if (byDomain.size() >= MAX_DOMAINS) {
          return;
        }
        texts = new ArrayList<>();
        byDomain.put(domain, texts);
      }
      if (texts.size() < textsPerDomain) {
        texts.add(text);
      }
    }

    /**
     * @param meanPairwiseSimilarity the mean similarity of all pairs of a group of texts (a
     *     MinHash estimate in practice, supplied by the caller so that {@code plan} does not
     *     depend on the quality stages)
     */
    public StoryDiversity result(ToDoubleFunction<List<String>> meanPairwiseSimilarity) {
      long max = perStory.values().stream().mapToLong(Long::longValue).max().orElse(0);
      double sum = 0;
      int domains = 0;
      for (List<String> texts : byDomain.values()) {
        if (texts.size() >= 2) {
          sum += meanPairwiseSimilarity.applyAsDouble(texts);
          domains++;
        }
      }
      Optional<Stories> stories =
          named == 0 ? Optional.empty() : Optional.of(new Stories(named, perStory.size(), max));
      return new StoryDiversity(examples, stories, domains == 0 ? Double.NaN : sum / domains,
          domains, textsPerDomain);
    }
  }
}
