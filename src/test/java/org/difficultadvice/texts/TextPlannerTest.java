package org.difficultadvice.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.difficultadvice.load.Clause;
import org.difficultadvice.load.ConstitutionLoader;
import org.difficultadvice.load.DataKind;
import org.difficultadvice.plan.DilemmaSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plans of the shipped documents and stories cells over the shipped constitution. */
class TextPlannerTest {
  private static List<Clause> clauses;
  private static TextCells documents;
  private static TextCells stories;

  @BeforeAll
  static void load() throws Exception {
    clauses = new ConstitutionLoader().load(Path.of("constitution")).clauses();
    documents = new TextCellsLoader().load(DataKind.DOCUMENTS,
        Path.of("generator", "documents", TextCellsLoader.FILE));
    stories = new TextCellsLoader().load(DataKind.STORIES,
        Path.of("generator", "stories", TextCellsLoader.FILE));
  }

  @Test
  void theSameSeedGivesTheSamePlanAndAnotherSeedAnotherOrder() {
    TextPlanner planner = new TextPlanner(documents, clauses);
    assertEquals(planner.plan(400, 7).specs(), planner.plan(400, 7).specs());
    assertNotEquals(planner.plan(400, 7).specs(), planner.plan(400, 8).specs());
  }

  @Test
  void everyClauseAndFormCellIsCoveredEvenlyAtAnySize() {
    TextPlanner planner = new TextPlanner(stories, clauses);
    int cells = planner.cellCount();
    assertEquals(clauses.size() * stories.forms().size(), cells);
    for (int count : List.of(cells / 3, cells, 2 * cells + 17, 6 * cells)) {
      Map<String, Long> perCell = planner.plan(count, 11).specs().stream().collect(
          Collectors.groupingBy(s -> s.clauses().get(0) + "|" + s.domain(), Collectors.counting()));
      long most = perCell.values().stream().mapToLong(Long::longValue).max().orElse(0);
      long fewest = perCell.size() < cells ? 0
          : perCell.values().stream().mapToLong(Long::longValue).min().orElse(0);
      assertTrue(most - fewest <= 1, count + " specs: cells from " + fewest + " to " + most);
    }
  }

  @Test
  void drawsAreSpreadEvenlyAndACellMeetsNewDrawsEachRound() {
    TextPlanner planner = new TextPlanner(documents, clauses);
    List<DilemmaSpec> specs = planner.plan(4 * planner.cellCount(), 3).specs();
    for (String draw : documents.draws().keySet()) {
      Map<String, Long> uses = specs.stream().collect(
          Collectors.groupingBy(s -> s.bindings().get(draw), Collectors.counting()));
      assertEquals(documents.draws().get(draw).size(), uses.size(), draw);
      long most = uses.values().stream().mapToLong(Long::longValue).max().orElseThrow();
      long fewest = uses.values().stream().mapToLong(Long::longValue).min().orElseThrow();
      assertTrue(most - fewest <= 2, draw + " used from " + fewest + " to " + most + " times");
    }
    Set<String> combinations = new HashSet<>();
    for (DilemmaSpec spec : specs) {
      combinations.add(spec.clauses() + spec.domain() + spec.bindings().get("audience")
          + spec.bindings().get("angle"));
    }
    assertEquals(specs.size(), combinations.size(), "a cell repeated its draws in a later round");
  }

  @Test
  void aSpecCarriesItsCellForThePipeline() {
    DilemmaSpec spec = new TextPlanner(stories, clauses).plan(1, 5).specs().get(0);
    assertTrue(spec.template().startsWith("stories/"), spec.template());
    assertEquals(spec.template(), "stories/" + spec.domain());
    assertEquals(1, spec.clauses().size());
    assertTrue(spec.clauses().get(0).startsWith(spec.temptation() + "."), spec.toString());
    assertTrue(spec.bindings().keySet().containsAll(List.of("clause", "round", "setting",
        "situation")), spec.bindings().toString());
    assertEquals(16, spec.id().length());
  }
}
