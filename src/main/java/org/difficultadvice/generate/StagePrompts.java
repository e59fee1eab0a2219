package org.difficultadvice.generate;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.RenderLimitException;
import org.difficultadvice.load.SafeFreemarker;
import org.difficultadvice.provider.ChatMessage;

/**
 * The generator's prompts: for each stage a {@code <stage>.system.ftl} and a {@code
 * <stage>.user.ftl} under the prompts folder, compiled once with the safe Freemarker setup.
 */
public final class StagePrompts {
  private final Map<Stage, Template> systemTemplates;
  private final Map<Stage, Template> userTemplates;

  private StagePrompts(Map<Stage, Template> system, Map<Stage, Template> user) {
    this.systemTemplates = system;
    this.userTemplates = user;
  }

  /**
   * Compiles the prompts the given stages need. Respond's user turn is the realized message
   * itself, so only its system file is read.
   */
  public static StagePrompts load(Path dir, List<Stage> stages) throws InvalidInputException {
    Configuration freemarker = SafeFreemarker.newConfiguration();
    List<Diagnostic> problems = new ArrayList<>();
    Map<Stage, Template> system = new EnumMap<>(Stage.class);
    Map<Stage, Template> user = new EnumMap<>(Stage.class);
    for (Stage stage : stages) {
      compile(freemarker, dir.resolve(stage.id() + ".system.ftl"), problems)
          .ifPresent(t -> system.put(stage, t));
      if (stage != Stage.RESPOND) {
        compile(freemarker, dir.resolve(stage.id() + ".user.ftl"), problems)
            .ifPresent(t -> user.put(stage, t));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new StagePrompts(system, user);
  }

  private static Optional<Template> compile(
      Configuration freemarker, Path file, List<Diagnostic> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add(Diagnostic.at(file, 0, "prompt file not found",
          "create it, or point paths.prompts in the config at a folder that has it"));
      return Optional.empty();
    }
    try {
      String source = Files.readString(file);
      return Optional.of(SafeFreemarker.compile(file.toString(), source, freemarker));
    } catch (ParseException e) {
      problems.add(new Diagnostic(file, Math.max(0, e.getLineNumber()),
          Math.max(0, e.getColumnNumber()),
          "template syntax: " + e.getEditorMessage(), "fix the Freemarker syntax there"));
    } catch (IOException e) {
      problems.add(Diagnostic.at(file, 0, "cannot read prompt: " + e.getMessage(),
          "check the file's permissions"));
    }
    return Optional.empty();
  }

  /** The stage's system prompt as text. */
  public String system(Stage stage, Map<String, Object> model) throws PromptRenderException {
    return SharedPrefixMark.text(render(systemTemplates, stage, model));
  }

  /**
   * The stage's system turn, its shared prefix ending where the template wrote {@code
   * ${shared_prefix_end}} (nothing shared without it).
   */
  public ChatMessage systemTurn(Stage stage, Map<String, Object> model)
      throws PromptRenderException {
    return SharedPrefixMark.systemTurn(render(systemTemplates, stage, model));
  }

  public String user(Stage stage, Map<String, Object> model) throws PromptRenderException {
    return SharedPrefixMark.text(render(userTemplates, stage, model));
  }

  private static String render(Map<Stage, Template> templates, Stage stage,
      Map<String, Object> model) throws PromptRenderException {
    Template template = templates.get(stage);
    if (template == null) {
      throw new IllegalStateException("no prompt loaded for stage " + stage.id());
    }
    try {
      return SafeFreemarker.render(template, SharedPrefixMark.withVariable(model));
    } catch (TemplateException e) {
      Integer line = e.getLineNumber();
      String where = template.getName() + (line == null ? "" : ":" + line);
      if (e instanceof RenderLimitException limit) {
        throw new PromptRenderException(where + ": error: " + limit.what() + "; " + limit.fix(), e,
            new Diagnostic(Path.of(template.getName()), line == null ? 0 : Math.max(0, line),
                0, limit.what(), limit.fix()));
      }
      throw new PromptRenderException(
          where + ": error: " + e.getMessageWithoutStackTop().lines().findFirst().orElse("")
              + "; the prompt may use only spec, clauses, system_prompt, user_message, draft,"
              + " answer and shared_prefix_end",
          e);
    }
  }
}
