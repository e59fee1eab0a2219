package org.difficultadvice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.pipeline.JobInputs;
import org.difficultadvice.pipeline.JobSize;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.PlanDiversity;
import org.difficultadvice.plan.PlanSummary;
import org.difficultadvice.plan.SpecPlanner;
import org.difficultadvice.plan.SpecJsonlWriter;
import org.difficultadvice.quality.MinHashSimilarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plan}: draws dilemma specs from the content, without calling any model. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Validates the content, then draws dilemma specs: seeded and deterministic (the same "
          + "content, limit and seed give the same specs), spread evenly across domains and, "
          + "within a domain, across temptation kinds and templates.",
      "Prints how many specs each domain and temptation kind got, and how varied the stories "
          + "are (distinct stories, specs per story, the largest share of one story, the mean "
          + "MinHash similarity of two briefs of one domain); with --out, also writes "
          + "them as JSON Lines (one object per spec: id, template, domain, temptation, "
          + "clauses, bindings, goal, stakes, pressure, brief).",
      "Exits 1 on bad input, writing nothing."
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--limit", paramLabel = "N",
      description = "How many specs to plan. Default: the config's 'specs'.")
  Integer limit;

  @Option(names = "--seed", paramLabel = "S",
      description = "Sampling seed. Default: the config's 'seed'.")
  Long seed;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the specs here as JSON Lines (replaced atomically).")
  Path out;

  private final PlanDiversity.Collector diversity = new PlanDiversity.Collector();

  @Override
  public Integer call() {
    if (limit != null && limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be 0 or more: " + limit);
    }
    // The specs stream from the planner to the file (or nowhere) as they are drawn, so memory
    // stays flat whatever --limit is; only the first few are kept, for the estimate.
    try {
      JobConfig job = JobSize.resolve(config.load(), limit != null, false);
      JobInputs inputs = JobInputs.load(job);
      int count = limit == null ? inputs.specCount() : limit;
      long usedSeed = seed == null ? job.seed() : seed;
      List<DilemmaSpec> sample = new ArrayList<>();
      SpecPlanner planner = inputs.planner();
      PlanSummary summary;
      String estimate;
      try (SpecJsonlWriter.PendingFile file = out == null ? null : new SpecJsonlWriter().open(out)) {
        summary = planner.plan(count, usedSeed, drawn -> {
          diversity.accept(drawn);
          if (sample.size() < JobInputs.ESTIMATE_SAMPLE) {
            sample.add(drawn);
          }
          if (file != null) {
            try {
              file.write(drawn);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
        // Bad input found by the estimate (a prompt that never finishes) leaves no file.
        estimate = inputs.estimate(sample, summary.size()).describe();
        if (file != null) {
          file.commit();
        }
      } catch (IOException | UncheckedIOException e) {
        spec.commandLine().getErr().println("error: cannot write " + out + ": "
            + (e instanceof UncheckedIOException u ? u.getCause() : e));
        spec.commandLine().getErr().flush();
        return ExitCode.FAILED;
      }
      print(summary, usedSeed);
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println("generating them: " + estimate);
      if (out != null) {
        stdout.printf("wrote %d specs to %s%n", summary.size(), out);
      }
      stdout.flush();
    } catch (InvalidInputException e) {
      return ValidateCommand.report(spec.commandLine().getErr(), e);
    }
    return ExitCode.OK;
  }

  private void print(PlanSummary plan, long usedSeed) {
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("planned %d specs (seed %d)%n", plan.size(), usedSeed);
    printCounts(stdout, "by domain", plan.countsByDomain());
    printCounts(stdout, "by temptation", plan.countsByTemptation());
    PlanDiversity diversity = this.diversity.result(new MinHashSimilarity());
    stdout.printf(Locale.ROOT, "diversity: %d distinct stories (templates); specs per story: "
            + "mean %.1f, max %d; largest share of one story: %.2f%%; mean within-domain "
            + "similarity of briefs: %.3f (MinHash over %d-word shingles)%n",
        diversity.stories(), diversity.meanPerStory(), diversity.maxPerStory(),
        100 * diversity.largestShare(), diversity.meanWithinDomainSimilarity(),
        MinHashSimilarity.SHINGLE_WORDS);
    if (plan.size() < plan.requested()) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("warning: %d specs were asked for but the templates' axes give only %d distinct "
              + "ones within the per-domain bound; add rows to the axis tables or templates%n",
          plan.requested(), plan.size());
      err.flush();
    }
    stdout.flush();
  }

  private static void printCounts(PrintWriter out, String heading, Map<String, Long> counts) {
    out.println(heading + ":");
    counts.forEach((name, count) -> out.printf("  %-28s %d%n", name, count));
  }
}
