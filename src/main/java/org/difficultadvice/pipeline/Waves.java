package org.difficultadvice.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.difficultadvice.plan.DilemmaSpec;

/**
 * Which planned specs are called, wave by wave, so that no call is paid for that the budget
 * then discards. The plan holds more specs than any run needs; each domain's specs are called
 * in plan order. The first wave is sized from the config's estimates (tokens per example,
 * expected drop rate) and deliberately short of the need; each next wave from the yield
 * measured so far (exported tokens per called spec, per domain), until every domain holds its
 * share of the budget plus a small surplus for the selection to choose from.
 *
 * <p>Every decision is a function of the plan and of the stored results of the waves before,
 * never of timing: a run at any concurrency, killed and resumed any number of times, calls the
 * same specs and exports the same shards.
 */
final class Waves {
  /**
   * The first wave calls this share of the estimated need: a config's estimate can be far off
   * (answers longer or shorter, more or fewer drops), and measuring before committing costs one
   * wave's tail latency instead of up to half the calls.
   */
  static final double FIRST_WAVE_SHARE = 0.6;

  /**
   * Kept tokens beyond each domain's share: the budget's selection lands within 0.5% of the
   * target and 2 points of each share only if it has a little to choose from.
   */
  static final double SURPLUS = 0.008;

  /**
   * How far under its share a domain may end: half the two points the budget's selection
   * allows, so the selection still lands inside its tolerance.
   */
  static final double SHARE_SLACK = 0.01;

  /** Waves in a run at most: the need shrinks geometrically, so a run needs three or four. */
  static final int MAX_WAVES = 12;

  /** Called specs a domain's yield is trusted from; below it the run's overall yield is used. */
  private static final int MIN_SAMPLE = 20;

  private final Map<String, List<DilemmaSpec>> byDomain = new LinkedHashMap<>();
  private final Map<String, Double> needTokens = new LinkedHashMap<>();
  private final Map<String, Integer> called = new LinkedHashMap<>();
  private final double estimatedYield;
  private int waves;

  /**
   * @param plan every spec the run may call, in plan order
   * @param shares each domain's planned share of the budget
   * @param estimatedTokensPerSpec the config's estimate of exported tokens per called spec
   *     (tokens per example times the share expected to survive)
   */
  Waves(List<DilemmaSpec> plan, Map<String, Double> shares, long budgetTokens,
      double estimatedTokensPerSpec) {
    for (DilemmaSpec spec : plan) {
      byDomain.computeIfAbsent(spec.domain(), d -> new ArrayList<>()).add(spec);
    }
    shares.forEach((domain, share) -> {
      if (byDomain.containsKey(domain)) {
        needTokens.put(domain, share * budgetTokens * (1 + SURPLUS));
        called.put(domain, 0);
      }
    });
    this.estimatedYield = estimatedTokensPerSpec;
  }

  /** The first wave, from the estimates. */
  List<DilemmaSpec> first() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    needTokens.forEach((domain, need) -> counts.put(domain,
        (int) Math.ceil(need / estimatedYield * FIRST_WAVE_SHARE)));
    return take(counts);
  }

  /**
   * The next wave, from what the waves so far yielded; empty when the run holds enough, when
   * the plan has no more specs for the domains that lack it, or after {@link #MAX_WAVES}.
   *
   * <p>Enough is the budget plus {@link #SURPLUS} in all, with every domain within {@link
   * #SHARE_SLACK} of its share: the selection may let a domain's share differ by two points, so
   * a domain that yielded more than expected is not matched by calling more in the others.
   *
   * @param keptTokens exported tokens per domain of the examples kept so far
   */
  Optional<List<DilemmaSpec>> next(Map<String, Long> keptTokens) {
    if (waves >= MAX_WAVES) {
      return Optional.empty();
    }
    long allKept = keptTokens.values().stream().mapToLong(Long::longValue).sum();
    double allNeed = needTokens.values().stream().mapToDouble(Double::doubleValue).sum();
    boolean everyDomainNearItsShare = needTokens.entrySet().stream().allMatch(need ->
        keptTokens.getOrDefault(need.getKey(), 0L)
            >= need.getValue() - SHARE_SLACK * allNeed);
    if (allKept >= allNeed && everyDomainNearItsShare) {
      return Optional.empty();
    }
    int allCalled = called.values().stream().mapToInt(Integer::intValue).sum();
    if (allKept == 0 && allCalled >= MIN_SAMPLE) {
      // Nothing at all survived a whole wave: the server or the stages are broken, and more
      // calls would be paid for nothing. The release then reports the shortfall and its cause.
      return Optional.empty();
    }
    double overall = allCalled == 0 ? estimatedYield : allKept / (double) allCalled;
    Map<String, Integer> counts = new LinkedHashMap<>();
    String neediest = null;
    double largestDeficit = 0;
    for (Map.Entry<String, Double> need : needTokens.entrySet()) {
      String domain = need.getKey();
      long kept = keptTokens.getOrDefault(domain, 0L);
      double deficit = need.getValue() - kept;
      if (deficit <= 0) {
        continue;
      }
      int calledHere = called.get(domain);
      double yield = calledHere >= MIN_SAMPLE && kept > 0 ? kept / (double) calledHere : overall;
      // A domain nothing survives in yields nothing however many are called: give it a
      // small wave rather than its whole remaining plan.
      int more = yield <= 0 ? MIN_SAMPLE : (int) Math.round(deficit / yield);
      if (more > 0) {
        counts.put(domain, more);
      }
      if (deficit > largestDeficit) {
        largestDeficit = deficit;
        neediest = domain;
      }
    }
    if (counts.isEmpty() && neediest != null) {
      // Each domain lacks less than one example: one more where the lack is largest.
      counts.put(neediest, 1);
    }
    List<DilemmaSpec> wave = take(counts);
    return wave.isEmpty() ? Optional.empty() : Optional.of(wave);
  }

  private List<DilemmaSpec> take(Map<String, Integer> counts) {
    // Domains interleaved, so that the wave's early calls cover every domain.
    List<List<DilemmaSpec>> slices = new ArrayList<>();
    counts.forEach((domain, count) -> {
      List<DilemmaSpec> all = byDomain.get(domain);
      int from = called.get(domain);
      int to = Math.min(all.size(), from + count);
      slices.add(all.subList(from, to));
      called.put(domain, to);
    });
    List<DilemmaSpec> wave = new ArrayList<>();
    for (int i = 0; ; i++) {
      boolean any = false;
      for (List<DilemmaSpec> slice : slices) {
        if (i < slice.size()) {
          wave.add(slice.get(i));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    if (!wave.isEmpty()) {
      waves++;
    }
    return wave;
  }

  /** The ids of the specs called in the waves so far. */
  Set<String> calledIds() {
    Set<String> ids = new HashSet<>();
    called.forEach((domain, count) ->
        byDomain.get(domain).subList(0, count).forEach(spec -> ids.add(spec.id())));
    return ids;
  }

  /** Specs called in the waves so far. */
  int calledSpecs() {
    return called.values().stream().mapToInt(Integer::intValue).sum();
  }

  int waves() {
    return waves;
  }
}
