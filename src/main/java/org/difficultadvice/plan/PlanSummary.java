package org.difficultadvice.plan;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a streamed plan drew, counted as it went: the figures {@code plan} prints, without the
 * specs themselves.
 *
 * @param requested how many were asked for; more than {@code size} when the templates' axes
 *     cannot give that many distinct specs within the stratification bound
 */
public record PlanSummary(int size, int requested, SortedMap<String, Long> countsByDomain,
    SortedMap<String, Long> countsByTemptation) {
  public PlanSummary {
    countsByDomain = Collections.unmodifiableSortedMap(new TreeMap<>(countsByDomain));
    countsByTemptation = Collections.unmodifiableSortedMap(new TreeMap<>(countsByTemptation));
  }

  /** Counts specs as they pass. */
  static final class Counter {
    private final SortedMap<String, Long> byDomain = new TreeMap<>();
    private final SortedMap<String, Long> byTemptation = new TreeMap<>();
    private int size;

    void count(DilemmaSpec spec) {
      size++;
      byDomain.merge(spec.domain(), 1L, Long::sum);
      byTemptation.merge(spec.temptation(), 1L, Long::sum);
    }

    PlanSummary summary(int requested) {
      return new PlanSummary(size, requested, byDomain, byTemptation);
    }
  }
}
