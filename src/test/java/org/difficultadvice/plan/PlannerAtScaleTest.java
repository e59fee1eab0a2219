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

  private ContentLibrary writeLibrary() throws Exception {
    Path constitution = Files.createDirectories(dir.resolve("constitution"));
    Files.writeString(constitution.resolve("a.md"), "# A\n## One {#a.one}\nText.\n");
    Path templates = Files.createDirectories(dir.resolve("templates/axes"));
    StringBuilder taxonomy = new StringBuilder("domains:\n");
    for (int d = 0; d < DOMAINS; d++) {
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
    for (int d = 0; d < DOMAINS; d++) {
      Path folder = Files.createDirectories(dir.resolve("templates/d" + d));
      for (int t = 0; t < TEMPLATES_PER_DOMAIN; t++) {
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
