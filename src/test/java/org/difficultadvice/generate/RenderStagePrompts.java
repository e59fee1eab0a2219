package org.difficultadvice.generate;

import java.nio.file.Path;
import java.util.List;
import org.difficultadvice.load.Clause;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.load.JobConfigLoader;
import org.difficultadvice.load.StageSettings;
import org.difficultadvice.load.Twin;
import org.difficultadvice.pipeline.JobInputs;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.Planner;

/**
 * Prints the rendered prompts of a stage for the first specs of a job's plan, with placeholders
 * where a model-written part (realize's draft, the full answer) would go. From the project root:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.difficultadvice.generate.RenderStagePrompts [review|no-reasons|respond] [specs] [config]
 * </pre>
 */
public final class RenderStagePrompts {
  private RenderStagePrompts() {}

  public static void main(String[] args) throws Exception {
    Stage stage = args.length > 0 ? byId(args[0]) : Stage.REVIEW;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    JobConfig job = new JobConfigLoader().load(
        Path.of(args.length > 2 ? args[2] : "generator/default.yaml"));
    job = job.withStages(new StageSettings(true, true, true, List.of(Twin.NO_REASONS)));
    JobInputs inputs = JobInputs.load(job);
    List<DilemmaSpec> specs = new Planner(inputs.library()).plan(count, job.seed()).specs();
    for (DilemmaSpec spec : specs) {
      List<Excerpt> excerpts = spec.clauses().stream()
          .map(id -> inputs.library().constitution().clause(id).orElseThrow())
          .map((Clause c) -> new Excerpt(c.id(), c.title(), c.text())).toList();
      PromptModel model = new PromptModel(spec, excerpts)
          .with("system_prompt", "<realize's drafted system prompt>")
          .with("user_message", "<realize's drafted user message>")
          .with("answer", "<the full twin's final answer>");
      System.out.printf("=== %s, spec %s (%s, %s)%n", stage.id(), spec.id(), spec.template(),
          spec.temptation());
      System.out.println("--- system");
      System.out.println(inputs.prompts().system(stage, model.asMap()));
      if (stage != Stage.RESPOND) {
        System.out.println("--- user");
        System.out.println(inputs.prompts().user(stage, model.asMap()));
      }
      System.out.println();
    }
  }

  private static Stage byId(String id) {
    for (Stage stage : Stage.values()) {
      if (stage.id().equals(id)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("no stage " + id);
  }
}
