package org.difficultadvice.bench;

import java.nio.file.Path;
import java.util.List;
import org.difficultadvice.load.JobConfigLoader;
import org.difficultadvice.pipeline.JobInputs;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.Plan;
import org.difficultadvice.plan.Planner;
import org.difficultadvice.scenario.ScenarioStage;

/**
 * Prints the scenario stage's prompts (system, then user) as they would be sent for specs
 * spread over a release-sized plan, for a person to read.
 *
 * <pre>java -cp ... org.difficultadvice.bench.ScenarioPromptDump [config] [specs] [plan size]</pre>
 */
public final class ScenarioPromptDump {
  private ScenarioPromptDump() {}

  public static void main(String[] args) throws Exception {
    Path config = Path.of(args.length > 0 ? args[0] : "generator/release.yaml");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 7000;
    JobInputs inputs = JobInputs.load(new JobConfigLoader().load(config));
    Plan plan = new Planner(inputs.library()).plan(size, inputs.job().seed());
    List<DilemmaSpec> specs = plan.specs();
    ScenarioStage stage = inputs.scenarioStage(specs).orElseThrow(
        () -> new IllegalStateException("the scenario stage is off for " + config));
    for (int i = 0; i < count; i++) {
      DilemmaSpec spec = specs.get(i * (specs.size() / count));
      List<String> prompts = stage.renderedPrompts(spec);
      System.out.printf("=== spec %d of %d: %s (%s, %s)%n", i * (specs.size() / count) + 1,
          specs.size(), spec.id(), spec.template(), spec.temptation());
      if (i == 0) {
        System.out.println("--- system (the same for every spec)");
        System.out.println(prompts.get(0));
      }
      System.out.println("--- user");
      System.out.println(prompts.get(1));
    }
  }
}
