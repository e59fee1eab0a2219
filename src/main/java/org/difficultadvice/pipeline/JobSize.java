package org.difficultadvice.pipeline;

import org.difficultadvice.load.JobConfig;

/**
 * How big a job is. A job names its size with {@code specs} (exactly that many) or with the
 * token budget (waves until the budget is met). The embedded model is the one exception: with
 * no size given on the command line it makes the small job of its {@code local} section, since
 * a 0.5B model on a CPU shows the pipeline end to end and cannot make a release. So the same
 * config makes 8 examples on the embedded model and a full release with {@code --provider
 * openai --model ...}.
 */
public final class JobSize {
  private JobSize() {}

  /**
   * @param specsGiven {@code --specs} was given (and already applied to {@code job})
   * @param budgetGiven {@code --budget-tokens} was given (likewise)
   */
  public static JobConfig resolve(JobConfig job, boolean specsGiven, boolean budgetGiven) {
    if (specsGiven || budgetGiven || !job.provider().name().equals(ProviderFactory.LOCAL)) {
      return job;
    }
    JobConfig sized = job;
    if (job.specs() == null && job.local().specs() != null) {
      sized = sized.withSpecs(job.local().specs());
    }
    if (job.local().budgetTokens() != null) {
      sized = sized.withBudget(job.budget().withTokens(job.local().budgetTokens()));
    }
    return sized;
  }
}
