package org.difficultadvice.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.difficultadvice.export.TestExamples;
import org.difficultadvice.generate.Example;
import org.junit.jupiter.api.Test;

class BudgetSelectorTest {
  private static final List<String> DOMAINS =
      List.of("workplace", "health", "money", "school", "family");
  private static final Map<String, Double> PLANNED = Map.of(
      "workplace", 0.35, "health", 0.25, "money", 0.2, "school", 0.12, "family", 0.08);
  private static final ExampleTokens O200K =
      new ExampleTokens(JtokkitTokenCounter.o200kBase(), ChatFormat.OPENAI);

  /** Equal counts per domain, so reaching the planned shares takes real balancing. */
  private static final List<Example> POOL = TestExamples.pool(1500, DOMAINS, 21);

  @Test
  void reachesTheTargetWithinHalfAPercentAndKeepsDomainSharesWithinTwoPoints() {
    long target = 300_000;
    BudgetSelection selection = new BudgetSelector(target, 7).select(POOL, O200K, PLANNED, 0.1);

    assertTrue(Math.abs(selection.deviation()) <= 0.005, "deviation " + selection.deviation());
    assertTrue(selection.shortfall().isEmpty());
    for (Map.Entry<String, Double> planned : PLANNED.entrySet()) {
      double share = selection.shareOf(planned.getKey());
      assertTrue(Math.abs(share - planned.getValue()) <= 0.02,
          planned.getKey() + " " + share + " vs " + planned.getValue());
    }
  }

  @Test
  void reportedTokensEqualAnIndependentRecountOfTheSelection() {
    BudgetSelection selection =
        new BudgetSelector(200_000, 7).select(POOL, O200K, PLANNED, 0.1);

    long recount = selection.selected().stream().mapToLong(O200K::count).sum();
    assertEquals(recount, selection.selectedTokens());
    assertEquals(recount, selection.tokensByDomain().values().stream()
        .mapToLong(Long::longValue).sum());
  }

  @Test
  void selectionDependsOnSeedAndSpecIdsNotOnArrivalOrder() {
    List<Example> shuffled = new ArrayList<>(POOL);
    Collections.shuffle(shuffled, new Random(4));

    BudgetSelection first = new BudgetSelector(200_000, 7).select(POOL, O200K, PLANNED, 0);
    BudgetSelection second = new BudgetSelector(200_000, 7).select(shuffled, O200K, PLANNED, 0);
    BudgetSelection otherSeed = new BudgetSelector(200_000, 8).select(POOL, O200K, PLANNED, 0);

    assertEquals(first.selected(), second.selected());
    assertTrue(!first.selected().equals(otherSeed.selected()));
    List<String> ids = first.selected().stream().map(Example::specId).toList();
    assertEquals(ids.stream().sorted().toList(), ids, "sorted by spec id");
  }

  @Test
  void aTooSmallPoolExportsWhatThereIsAndSaysHowManyMoreSpecsToPlan() {
    // As the planner stratifies: domains in proportion to their planned shares.
    List<String> stratified = new ArrayList<>();
    Map<String, Integer> weights = Map.of("workplace", 7, "health", 5, "money", 4, "school", 2,
        "family", 2);
    weights.forEach((domain, weight) -> stratified.addAll(Collections.nCopies(weight, domain)));
    Collections.sort(stratified);
    Map<String, Double> planned = Map.of(
        "workplace", 0.35, "health", 0.25, "money", 0.2, "school", 0.1, "family", 0.1);
    List<Example> all = TestExamples.pool(3000, stratified, 33);
    List<Example> small = all.subList(0, 400);
    long poolTokens = small.stream().mapToLong(O200K::count).sum();
    long target = poolTokens * 2;

    BudgetSelection selection = new BudgetSelector(target, 7).select(small, O200K, planned, 0.2);

    BudgetSelection.Shortfall shortfall = selection.shortfall().orElseThrow();
    assertEquals(target - selection.selectedTokens(), shortfall.missingTokens());
    assertEquals(poolTokens, selection.selectedTokens(), "exports all of what there is");
    assertEquals(small.size(), selection.selected().size());
    for (Map.Entry<String, Double> share : planned.entrySet()) {
      assertTrue(Math.abs(selection.shareOf(share.getKey()) - share.getValue()) <= 0.02,
          share.getKey());
    }
    double meanTokens = poolTokens / 400.0;
    long bare = (long) (shortfall.missingTokens() / meanTokens / 0.8);
    assertTrue(shortfall.moreSpecsToPlan() >= bare,
        shortfall.moreSpecsToPlan() + " specs for " + shortfall.missingTokens() + " tokens");

    int keptOfMore = (int) (shortfall.moreSpecsToPlan() * 0.8); // the drop rate, applied
    List<Example> bigger = all.subList(0, 400 + keptOfMore);
    BudgetSelection rerun = new BudgetSelector(target, 7).select(bigger, O200K, planned, 0.2);
    assertTrue(rerun.shortfall().isEmpty(), "the advised plan reaches the target");
    assertTrue(Math.abs(rerun.deviation()) <= 0.005, "deviation " + rerun.deviation());
  }

  @Test
  void aDomainWithoutExamplesUnderTwoPointsOfShareDoesNotBlockTheBudget() {
    Map<String, Double> planned = Map.of("workplace", 0.5, "health", 0.485, "money", 0.015);
    List<Example> noMoney = POOL.stream()
        .filter(e -> !e.spec().domain().equals("money")).toList();

    BudgetSelection selection =
        new BudgetSelector(150_000, 7).select(noMoney, O200K, planned, 0);

    assertTrue(Math.abs(selection.deviation()) <= 0.005, "deviation " + selection.deviation());
    assertEquals(0.0, selection.shareOf("money"));
  }

  @Test
  void domainsOutsideThePlanAreNotSelected() {
    BudgetSelection selection = new BudgetSelector(100_000, 7)
        .select(POOL, O200K, Map.of("workplace", 1.0, "health", 1.0), 0);

    assertTrue(selection.selected().stream().allMatch(e ->
        List.of("workplace", "health").contains(e.spec().domain())));
    assertEquals(0.5, selection.shareOf("health"), 0.02);
  }

  @Test
  void planSizerCoversDropsAndHeadroom() {
    assertEquals(4000, PlanSizer.specsFor(3_000_000, 750, 0, 0));
    assertEquals(5000, PlanSizer.specsFor(3_000_000, 750, 0.2, 0));
    assertEquals(5750, PlanSizer.specsFor(3_000_000, 750, 0.2));
  }
}
