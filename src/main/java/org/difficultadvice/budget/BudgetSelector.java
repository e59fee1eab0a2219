package org.difficultadvice.budget;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.difficultadvice.generate.Example;

/**
 * Selects examples up to a token target while keeping each domain near its planned share of
 * tokens. Deterministic: candidates are taken in an order fixed by a hash of the seed and their
 * spec id, never by arrival order.
 *
 * <ol>
 *   <li>If a domain has too few tokens for its share of the target, the target is lowered to
 *       what the scarcest domain allows (down to its share minus the tolerance) and a
 *       shortfall is reported.
 *   <li>Each domain gets a quota of its share of the (possibly lowered) target; quota a short
 *       domain cannot fill goes to the others, within their tolerance.
 *   <li>Each domain is filled in hash order with every candidate that still fits its quota.
 *   <li>What remains is filled across domains in hash order with candidates that keep the
 *       total within the target's tolerance and the domain within its share's.
 * </ol>
 */
public final class BudgetSelector {
  public static final long DEFAULT_TARGET = 3_000_000L;
  /** The required closeness to the target: within 0.5% either way. */
  public static final double TOTAL_TOLERANCE = 0.005;
  /** The required closeness of a domain's share to its planned share: two points. */
  public static final double SHARE_TOLERANCE = 0.02;
  /** Selection aims inside the tolerances, so the discrete last steps cannot cross them. */
  private static final double SHARE_AIM = 0.018;
  private static final double TOTAL_AIM = 0.004;

  private final long targetTokens;
  private final long seed;

  public BudgetSelector(long targetTokens, long seed) {
    if (targetTokens <= 0) {
      throw new IllegalArgumentException("budget tokens must be positive, got " + targetTokens);
    }
    this.targetTokens = targetTokens;
    this.seed = seed;
  }

  /** One example with its exported tokens, counted once here and carried to the export. */
  private record Candidate(Example example, TokenBreakdown breakdown, long tokens, long order) {
    CountedExample counted() {
      return new CountedExample(example, breakdown);
    }
  }

  /**
   * @param counter counts each example as it will be exported; the selection carries the
   *     counts of the examples it keeps, so the export need not count them again
   * @param plannedShares domain to planned token share (normalised here); domains absent from
   *     it are not selected
   * @param dropRate the measured share of generated examples dropped before budgeting, for
   *     the estimate of how many more specs to plan
   */
  public BudgetSelection select(List<Example> examples, ExampleTokens counter,
      Map<String, Double> plannedShares, double dropRate) {
    Objects.requireNonNull(counter, "counter");
    Map<String, Double> shares = normalised(plannedShares);
    Map<String, List<Candidate>> byDomain = new TreeMap<>();
    long poolTokens = 0;
    for (Example example : examples) {
      TokenBreakdown breakdown = counter.breakdown(example);
      long tokens = breakdown.total();
      poolTokens += tokens;
      if (shares.containsKey(example.spec().domain())) {
        byDomain.computeIfAbsent(example.spec().domain(), d -> new ArrayList<>())
            .add(new Candidate(example, breakdown, tokens, orderOf(example.specId())));
      }
    }
    Comparator<Candidate> hashOrder = Comparator.comparingLong(Candidate::order)
        .thenComparing(c -> c.example().specId());
    byDomain.values().forEach(list -> list.sort(hashOrder));
    Map<String, Long> available = new TreeMap<>();
    shares.keySet().forEach(d -> available.put(d, byDomain.getOrDefault(d, List.of()).stream()
        .mapToLong(Candidate::tokens).sum()));

    long supply = available.values().stream().mapToLong(Long::longValue).sum();
    if (supply < targetTokens * (1 - TOTAL_TOLERANCE)) {
      // Everything together falls short of the target: balancing domains now could only throw
      // examples away, so all of them are kept and the shortfall says how many more to plan.
      List<Candidate> all = new ArrayList<>();
      byDomain.values().forEach(all::addAll);
      all.sort(Comparator.comparing(c -> c.example().specId()));
      Map<String, Long> byDomainTokens = new TreeMap<>();
      all.forEach(c -> byDomainTokens.merge(c.example().spec().domain(), c.tokens(), Long::sum));
      return new BudgetSelection(all.stream().map(Candidate::counted).toList(),
          counter.format(), targetTokens, supply, byDomainTokens, Optional.of(shortfallOf(
              supply, shares, available, examples.size(), poolTokens, dropRate)));
    }
    double reachable = reachableTarget(shares, available);
    Map<String, Double> quotas = quotas(reachable, shares, available);

    Map<String, Long> taken = new TreeMap<>();
    List<Candidate> chosen = new ArrayList<>();
    List<Candidate> rest = new ArrayList<>();
    for (Map.Entry<String, List<Candidate>> domain : byDomain.entrySet()) {
      double quota = quotas.get(domain.getKey());
      long sum = 0;
      for (Candidate candidate : domain.getValue()) {
        if (sum + candidate.tokens() <= quota) {
          sum += candidate.tokens();
          chosen.add(candidate);
        } else {
          rest.add(candidate);
        }
      }
      taken.put(domain.getKey(), sum);
    }
    long total = taken.values().stream().mapToLong(Long::longValue).sum();
    rest.sort(hashOrder);
    double ceiling = reachable * (1 + TOTAL_AIM);
    for (Candidate candidate : rest) {
      if (total >= reachable) {
        break;
      }
      String domain = candidate.example().spec().domain();
      double domainCap = (shares.get(domain) + SHARE_AIM) * reachable;
      long domainTokens = taken.get(domain);
      if (total + candidate.tokens() <= ceiling
          && domainTokens + candidate.tokens() <= domainCap) {
        chosen.add(candidate);
        taken.put(domain, domainTokens + candidate.tokens());
        total += candidate.tokens();
      }
    }
    chosen.sort(Comparator.comparing(c -> c.example().specId()));
    List<CountedExample> selected = chosen.stream().map(Candidate::counted).toList();
    Optional<BudgetSelection.Shortfall> shortfall = Optional.empty();
    if (total < targetTokens * (1 - TOTAL_TOLERANCE)) {
      shortfall = Optional.of(shortfallOf(total, shares, available, examples.size(),
          poolTokens, dropRate));
    }
    return new BudgetSelection(selected, counter.format(), targetTokens, total, taken,
        shortfall);
  }

  private long orderOf(String specId) {
    return Hashing.sha256().newHasher()
        .putString("budget", StandardCharsets.UTF_8)
        .putLong(seed)
        .putString(specId, StandardCharsets.UTF_8)
        .hash().asLong();
  }

  private static Map<String, Double> normalised(Map<String, Double> planned) {
    double sum = planned.values().stream().mapToDouble(Double::doubleValue).sum();
    if (planned.isEmpty() || !(sum > 0)) {
      throw new IllegalArgumentException("planned domain shares must have a positive sum");
    }
    Map<String, Double> shares = new TreeMap<>();
    planned.forEach((domain, share) -> {
      if (!(share >= 0)) {
        throw new IllegalArgumentException("share of " + domain + " is negative: " + share);
      }
      shares.put(domain, share / sum);
    });
    return shares;
  }

  /** The target, lowered when a domain cannot supply even its share minus the tolerance. */
  private double reachableTarget(Map<String, Double> shares, Map<String, Long> available) {
    double reachable = targetTokens;
    for (Map.Entry<String, Double> entry : shares.entrySet()) {
      double lowest = entry.getValue() - SHARE_AIM;
      if (lowest > 0) {
        reachable = Math.min(reachable, available.get(entry.getKey()) / lowest);
      }
    }
    // Without any domain at its full share, the others would have to exceed theirs.
    double supply = available.values().stream().mapToLong(Long::longValue).sum();
    return Math.min(reachable, supply);
  }

  /**
   * Each domain's share of the target, capped by what it has; what a capped domain cannot
   * fill is handed to the others in proportion to their shares, within their tolerance.
   */
  private static Map<String, Double> quotas(double target, Map<String, Double> shares,
      Map<String, Long> available) {
    Map<String, Double> quotas = new HashMap<>();
    double deficit = 0;
    for (Map.Entry<String, Double> entry : shares.entrySet()) {
      double wanted = entry.getValue() * target;
      double quota = Math.min(wanted, available.get(entry.getKey()));
      quotas.put(entry.getKey(), quota);
      deficit += wanted - quota;
    }
    TreeSet<String> open = new TreeSet<>(shares.keySet());
    while (deficit > 1 && !open.isEmpty()) {
      double openShare = open.stream().mapToDouble(shares::get).sum();
      double handed = 0;
      for (String domain : List.copyOf(open)) {
        double cap = Math.min(available.get(domain), (shares.get(domain) + SHARE_AIM) * target);
        double extra = openShare > 0 ? deficit * shares.get(domain) / openShare : 0;
        double room = cap - quotas.get(domain);
        double given = Math.min(extra, room);
        quotas.put(domain, quotas.get(domain) + given);
        handed += given;
        if (given >= room || openShare == 0) {
          open.remove(domain);
        }
      }
      deficit -= handed;
      if (handed <= 0) {
        break;
      }
    }
    return quotas;
  }

  /**
   * How many more specs to plan: enough that every domain can supply its share of the target,
   * at the pool's mean tokens per example and the measured drop rate.
   */
  private BudgetSelection.Shortfall shortfallOf(long selected, Map<String, Double> shares,
      Map<String, Long> available, int poolSize, long poolTokens, double dropRate) {
    double meanTokens = poolSize == 0 ? 0 : poolTokens / (double) poolSize;
    double missingScaled = 0;
    for (Map.Entry<String, Double> entry : shares.entrySet()) {
      if (entry.getValue() > 0) {
        double missing = entry.getValue() * targetTokens - available.get(entry.getKey());
        missingScaled = Math.max(missingScaled, missing / entry.getValue());
      }
    }
    missingScaled = Math.max(missingScaled, targetTokens - selected);
    long moreSpecs;
    if (meanTokens <= 0) {
      moreSpecs = -1; // nothing generated: no estimate of tokens per example exists
    } else {
      double kept = Math.max(0, Math.min(dropRate, 0.99));
      moreSpecs = (long) Math.ceil(
          missingScaled * (1 + PlanSizer.DEFAULT_HEADROOM) / meanTokens / (1 - kept));
    }
    return new BudgetSelection.Shortfall(targetTokens - selected, moreSpecs);
  }
}
