package org.difficultadvice.texts;

import java.nio.file.Path;
import java.util.List;
import org.difficultadvice.generate.GenerationSettings;
import org.difficultadvice.generate.Stage;
import org.difficultadvice.generate.StagePrompts;
import org.difficultadvice.load.Clause;
import org.difficultadvice.load.ConstitutionLoader;
import org.difficultadvice.load.DataKind;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.Sampling;

/**
 * Prints the write and revise prompts of the shipped documents and stories kinds for the first
 * cells of a plan, as they are sent (revise with a placeholder draft), for review:
 * {@code java -cp target/classes:target/test-classes:<deps> org.difficultadvice.texts.RenderTextPrompts [cells]}.
 */
public final class RenderTextPrompts {
  private RenderTextPrompts() {}

  public static void main(String[] args) throws Exception {
    int cells = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<Clause> clauses = new ConstitutionLoader().load(Path.of("constitution")).clauses();
    for (DataKind kind : List.of(DataKind.DOCUMENTS, DataKind.STORIES)) {
      Path folder = Path.of("generator", kind.id());
      TextCells textCells = new TextCellsLoader().load(kind, folder.resolve(TextCellsLoader.FILE));
      TextExampleGenerator generator = new TextExampleGenerator(textCells,
          StagePrompts.load(folder, TextExampleGenerator.STAGES), clauses,
          new GenerationSettings("model", new Sampling(0.9, 0.95, 1536, null), 20260508L, 1));
      for (DilemmaSpec spec : new TextPlanner(textCells, clauses).plan(cells, 20260508L).specs()) {
        System.out.println("=".repeat(100));
        System.out.println(kind.id() + " cell: " + spec.clauses().get(0) + " x " + spec.domain()
            + "  (" + spec.bindings() + ")");
        for (Stage stage : TextExampleGenerator.STAGES) {
          List<ChatMessage> messages = generator.messages(spec, stage, "<the write stage's draft>");
          System.out.println("-".repeat(40) + " " + stage.id() + " / system");
          System.out.println(messages.get(0).content());
          System.out.println("-".repeat(40) + " " + stage.id() + " / user");
          System.out.println(messages.get(1).content());
        }
      }
    }
  }
}
