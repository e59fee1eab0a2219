package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.ContentLoader;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.Plan;
import org.difficultadvice.plan.Planner;
import org.difficultadvice.plan.SpecCoherence;
import org.junit.jupiter.api.Test;

/**
 * The shipped library passes the automated coherence check: loading applies the template rules
 * (constraints, shared facts, slot tenses, articles), and a plan of the size of a 3M-token job
 * has no spec whose bound rows or brief contradict themselves.
 */
class ShippedCoherenceTest {
  @Test
  void aSevenThousandSpecPlanOfTheShippedLibraryHasNoIncoherentSpec() throws Exception {
    ContentLibrary library =
        new ContentLoader().load(ShippedContent.CONSTITUTION, ShippedContent.TEMPLATES);
    Plan plan = new Planner(library).plan(7_000, 20260508);
    SpecCoherence check = new SpecCoherence(library);
    List<String> problems = new ArrayList<>();
    for (DilemmaSpec spec : plan.specs()) {
      check.problems(spec).forEach(p -> problems.add(spec.template() + ": " + p));
    }
    assertEquals(List.of(), problems.stream().distinct().limit(30).toList());
  }
}
