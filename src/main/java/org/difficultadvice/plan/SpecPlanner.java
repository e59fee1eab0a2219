package org.difficultadvice.plan;

import java.util.function.Consumer;
import org.difficultadvice.load.InvalidInputException;

/**
 * Draws a job's specs, deterministically for a seed: the template {@link Planner} for chats, a
 * cell planner for the text kinds.
 */
public interface SpecPlanner {
  /** Up to {@code count} specs with distinct ids, in a fixed order. */
  Plan plan(int count, long seed) throws InvalidInputException;

  /** As {@link #plan(int, long)}, handing each spec to {@code sink} instead of keeping it. */
  PlanSummary plan(int count, long seed, Consumer<DilemmaSpec> sink)
      throws InvalidInputException;
}
