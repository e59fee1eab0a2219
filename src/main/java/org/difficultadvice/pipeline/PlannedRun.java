package org.difficultadvice.pipeline;

import java.util.Objects;
import org.difficultadvice.engine.RunEstimate;
import org.difficultadvice.plan.Plan;

/**
 * What a run may call, and what it is expected to.
 *
 * @param plan every spec the run may call, in plan order
 * @param inWaves true when the budget decides how many are called (no {@code specs} given)
 * @param expectedSpecs how many are expected to be called: all of an exact plan, else the
 *     estimate from the budget
 * @param estimate calls, tokens and cost of the expected specs
 */
public record PlannedRun(Plan plan, boolean inWaves, int expectedSpecs, RunEstimate estimate) {
  public PlannedRun {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(estimate, "estimate");
  }

  /** One line for the command's output. */
  public String describe() {
    return inWaves
        ? String.format(java.util.Locale.ROOT,
            "planned %,d candidate specs across %d domains; about %,d of them will be called,"
                + " in waves sized from the budget", plan.specs().size(),
            plan.countsByDomain().size(), expectedSpecs)
        : String.format(java.util.Locale.ROOT, "planned %d specs across %d domains",
            plan.specs().size(), plan.countsByDomain().size());
  }
}
