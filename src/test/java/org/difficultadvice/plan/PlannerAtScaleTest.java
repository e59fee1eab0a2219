package org.difficultadvice.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.difficultadvice.load.ContentLoader;
import org.difficultadvice.load.ContentLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library the size of the shipped one: 12 domains, 5 templates each, 4 temptation kinds. */
class PlannerAtScaleTest {
  private static final int DOMAINS = 12;
  private static final int TEMPLATES_PER_DOMAIN = 5;
  private static final int KINDS = 4;

  @TempDir Path dir;

  @Test
  void tenThousandSpecsHaveDistinctIdsAndCoverEveryDomainAndKindWithinTheBound()
      throws Exception {
    ContentLibrary library = writeLibrary();
    Plan plan = new Planner(library).plan(10_000, 20260508);

    assertEquals(10_000, plan.specs().size());
    Set<String> ids = plan.specs().stream().map(DilemmaSpec::id).collect(Collectors.toSet());
    assertEquals(10_000, ids.size());
    Map<String, Long> byDomain = plan.countsByDomain();
    assertEquals(DOMAINS, byDomain.size());
    double fairShare = 10_000.0 / DOMAINS;
    byDomain.values().forEach(n -> assertTrue(n <= 2 * fairShare && n >= fairShare - 1, "" + n));
    assertEquals(KINDS, plan.countsByTemptation().size());
    Map<String, Long> byTemplate = plan.specs().stream()
        .collect(Collectors.groupingBy(DilemmaSpec::template, Collectors.counting()));
    assertEquals(DOMAINS * TEMPLATES_PER_DOMAIN, byTemplate.size());
  }

  @Test
  void sevenThousandSpecsFromTwoHundredTwentyTemplatesInUnevenDomainsGiveAtMost35PerStory()
      throws Exception {
    // 22 domains of 8 to 12 templates (220 in all), as the larger library will have.
    int[] sizes = new int[22];
    for (int d = 0; d < sizes.length; d++) {
      sizes[d] = 8 + d % 5 + (d < 3 ? 1 : 0);
    }
    ContentLibrary library = writeLibrary(sizes);
    Plan plan = new Planner(library).plan(7_000, 20260508);

    assertEquals(7_000, plan.specs().size());
    Map<String, Long> byTemplate = plan.specs().stream()
        .collect(Collectors.groupingBy(DilemmaSpec::template, Collectors.counting()));
    assertEquals(220, byTemplate.size());
    long max = byTemplate.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    assertTrue(max <= 35, "max " + max);
    PlanDiversity diversity = PlanDiversity.of(plan, briefs -> 0.5);
    assertEquals(220, diversity.stories());
    assertEquals(7_000 / 220.0, diversity.meanPerStory(), 1e-9);
    assertTrue(diversity.largestShare() <= 35 / 7_000.0);
    assertEquals(0.5, diversity.meanWithinDomainSimilarity(), 1e-9);
  }

  private ContentLibrary writeLibrary() throws Exception {
    int[] sizes = new int[DOMAINS];
    java.util.Arrays.fill(sizes, TEMPLATES_PER_DOMAIN);
    return writeLibrary(sizes);
  }

  private ContentLibrary writeLibrary(int[] templatesPerDomain) throws Exception {
    int domains = templatesPerDomain.length;
    Path constitution = Files.createDirectories(dir.resolve("constitution"));
    Files.writeString(constitution.resolve("a.md"), "# A\n## One {#a.one}\nText.\n");
    Path templates = Files.createDirectories(dir.resolve("templates/axes"));
    StringBuilder taxonomy = new StringBuilder("domains:\n");
    for (int d = 0; d < domains; d++) {
      taxonomy.append("  d").append(d).append(": domain\n");
    }
    taxonomy.append("temptations:\n");
    for (int k = 0; k < KINDS; k++) {
      taxonomy.append("  k").append(k).append(": kind\n");
    }
    Files.writeString(dir.resolve("templates/taxonomy.yaml"), taxonomy);
    for (String axis : new String[] {"person", "place"}) {
      StringBuilder csv = new StringBuilder("name,weight\n");
      for (int i = 0; i < 30; i++) {
        csv.append(axis).append(' ').append(i).append(',').append(1 + i % 3).append('\n');
      }
      Files.writeString(templates.resolve(axis + ".csv"), csv);
    }
    for (int d = 0; d < domains; d++) {
      Path folder = Files.createDirectories(dir.resolve("templates/d" + d));
      for (int t = 0; t < templatesPerDomain[d]; t++) {
        Files.writeString(folder.resolve("t" + t + ".ftl"), """
            <#--
            id: d%d.t%d
            domain: d%d
            goal: a goal
            temptation: k%d
            stakes: some stakes
            pressure: some pressure
            clauses: [a.one]
            axes: [person, place]
            -->
            ${person.name} in ${place.name}.
            """.formatted(d, t, d, t % KINDS));
      }
    }
    return new ContentLoader().load(dir.resolve("constitution"), dir.resolve("templates"));
  }
}
