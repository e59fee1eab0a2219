package org.difficultadvice.budget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.difficultadvice.export.DatasetExporter;
import org.difficultadvice.export.ExportRequest;
import org.difficultadvice.export.Manifest;
import org.difficultadvice.export.TestExamples;
import org.difficultadvice.generate.Example;

/**
 * Prints the figures of a 3,000,000-token selection and export on a synthetic pool: time,
 * tokens reached, largest domain share deviation. Not a test: run it by hand.
 */
public final class BudgetBench {
  public static void main(String[] args) throws Exception {
    long target = args.length > 0 ? Long.parseLong(args[0]) : 3_000_000L;
    Map<String, Integer> weights = new TreeMap<>(Map.of("workplace", 7, "health", 5,
        "money", 4, "school", 2, "family", 2));
    List<String> stratified = new ArrayList<>();
    weights.forEach((domain, weight) -> stratified.addAll(Collections.nCopies(weight, domain)));
    Map<String, Double> planned = new TreeMap<>();
    weights.forEach((domain, weight) -> planned.put(domain, weight / 20.0));
    List<Example> pool = TestExamples.pool(14_000, stratified, 2026);
    ExampleTokens tokens = new ExampleTokens(JtokkitTokenCounter.o200kBase(), ChatFormat.OPENAI);

    long start = System.nanoTime();
    BudgetSelection selection = new BudgetSelector(target, 20260508L)
        .select(pool, tokens, planned, 0.1);
    long selectedAt = System.nanoTime();
    Path out = Files.createTempDirectory("budget-bench");
    Manifest manifest = new DatasetExporter().export(selection,
        ExportRequest.defaults(out).withSeed(20260508L).withPlannedDomainShares(planned));
    long exportedAt = System.nanoTime();

    double worst = 0;
    for (Map.Entry<String, Double> share : planned.entrySet()) {
      worst = Math.max(worst, Math.abs(selection.shareOf(share.getKey()) - share.getValue()));
    }
    System.out.printf("pool: %d examples%n", pool.size());
    System.out.printf("selected: %d examples, %d tokens, target %d, deviation %+.4f%%%n",
        selection.selected().size(), selection.selectedTokens(), target,
        selection.deviation() * 100);
    System.out.printf("largest domain share deviation: %.3f points%n", worst * 100);
    System.out.printf("select (count + choose): %d ms; export (count + render + write): %d ms%n",
        (selectedAt - start) / 1_000_000, (exportedAt - selectedAt) / 1_000_000);
    System.out.printf("manifest tokens: %d in %d shards at %s%n",
        manifest.tokens(), manifest.shards().size(), out);
  }

  private BudgetBench() {}
}
