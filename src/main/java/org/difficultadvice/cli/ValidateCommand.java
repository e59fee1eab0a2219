package org.difficultadvice.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.DilemmaTemplate;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.pipeline.JobInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code validate}: checks the job config and all content without calling any model. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the job config, the constitution, the taxonomy, the axis tables and every "
          + "template (header, syntax, references, and a render with sampled values) "
          + "without calling any model or writing anything.",
      "Prints a summary and exits 0, or prints every problem as file:line:col: error and "
          + "exits 1."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Override
  public Integer call() {
    JobInputs inputs;
    try {
      inputs = JobInputs.load(config.load());
    } catch (InvalidInputException e) {
      return report(spec.commandLine().getErr(), e);
    }
    ContentLibrary library = inputs.library();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("constitution: %d clauses%n", library.constitution().size());
    out.printf("taxonomy: %d domains, %d temptation kinds%n",
        library.taxonomy().domains().size(), library.taxonomy().temptations().size());
    Map<String, Long> perDomain = library.templates().stream()
        .collect(Collectors.groupingBy(DilemmaTemplate::domain, TreeMap::new,
            Collectors.counting()));
    out.printf("templates: %d in %d domains%n", library.templates().size(), perDomain.size());
    perDomain.forEach((domain, count) -> out.printf("  %-28s %d%n", domain, count));
    out.printf("axis tables: %d%n", library.axes().size());
    library.axes().forEach((name, table) ->
        out.printf("  %-28s %d rows, columns %s%n", name, table.rows().size(), table.columns()));
    out.printf("stage prompts: %s%s, in %s%n",
        inputs.scenarioSeeds().isPresent() ? "scenario, " : "",
        JobInputs.STAGES.stream().map(s -> s.id()).collect(Collectors.joining(", ")),
        inputs.job().resolve(inputs.job().paths().prompts()));
    inputs.scenarioSeeds().ifPresentOrElse(
        seeds -> out.printf("scenario stage: on; seeds: %d settings in %d domains, %d scales,"
            + " %d vantages, %d people, %d cities%n",
            seeds.settings().values().stream().mapToInt(java.util.List::size).sum(),
            seeds.settings().size(), seeds.scales().size(), seeds.vantages().size(),
            seeds.people().size(), seeds.cities().size()),
        () -> out.println("scenario stage: off (scenario.enabled, or the embedded local model)"));
    out.printf("augmentation pools: %d system prompts, %d tools%n",
        inputs.augmenter().systemPromptCount(), inputs.augmenter().toolCount());
    out.printf("tokenizer: %s%n", inputs.job().budget().tokenizer());
    out.println("ok");
    out.flush();
    return ExitCode.OK;
  }

  /** Prints every diagnostic, one per line, and gives the bad-input exit code. */
  static int report(PrintWriter err, InvalidInputException e) {
    for (Diagnostic diagnostic : e.diagnostics()) {
      err.println(diagnostic);
    }
    err.printf("%d problem%s found; nothing was written%n",
        e.diagnostics().size(), e.diagnostics().size() == 1 ? "" : "s");
    err.flush();
    return ExitCode.BAD_INPUT;
  }
}
