package org.difficultadvice.generate;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.SafeFreemarker;
import org.difficultadvice.provider.ChatMessage;

/** The judge's two prompt templates ({@code judge.system.ftl}, {@code judge.user.ftl}). */
public final class JudgePrompts {
  private final Template system;
  private final Template user;

  private JudgePrompts(Template system, Template user) {
    this.system = system;
    this.user = user;
  }

  /** Reads both templates from the prompts folder; all problems are reported together. */
  public static JudgePrompts load(Path promptsDir) throws InvalidInputException {
    Path systemFile = promptsDir.resolve("judge.system.ftl");
    Path userFile = promptsDir.resolve("judge.user.ftl");
    List<Diagnostic> problems = new ArrayList<>();
    String systemText = read(systemFile, problems);
    String userText = read(userFile, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return parse(systemFile, systemText, userFile, userText);
  }

  /** Compiles templates given as text; the paths name them in diagnostics. */
  public static JudgePrompts parse(Path systemFile, String systemText, Path userFile,
      String userText) throws InvalidInputException {
    Configuration config = SafeFreemarker.newConfiguration();
    List<Diagnostic> problems = new ArrayList<>();
    Template system = compile(config, systemFile, systemText, problems);
    Template user = compile(config, userFile, userText, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new JudgePrompts(system, user);
  }

  /**
   * The system turn, its shared prefix ending at {@code ${shared_prefix_end}}. A template error
   * here is a bug in a validated prompt: it is rethrown.
   */
  ChatMessage systemTurn(Map<String, Object> model) {
    return SharedPrefixMark.systemTurn(render(system, model));
  }

  String renderSystem(Map<String, Object> model) {
    return SharedPrefixMark.text(render(system, model));
  }

  String renderUser(Map<String, Object> model) {
    return SharedPrefixMark.text(render(user, model));
  }

  private static String render(Template template, Map<String, Object> model) {
    try {
      return SafeFreemarker.render(template, SharedPrefixMark.withVariable(model));
    } catch (TemplateException e) {
      throw new IllegalStateException("cannot render " + template.getName() + ": "
          + e.getMessage(), e);
    }
  }

  private static String read(Path file, List<Diagnostic> problems) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      problems.add(Diagnostic.at(file, 0, "cannot read judge prompt: " + e.getMessage(),
          "restore it from generator/prompts/ in the distribution"));
      return "";
    }
  }

  private static Template compile(Configuration config, Path file, String text,
      List<Diagnostic> problems) {
    try {
      return SafeFreemarker.compile(file.toString(), text, config);
    } catch (ParseException e) {
      problems.add(new Diagnostic(file, Math.max(0, e.getLineNumber()),
          Math.max(0, e.getColumnNumber()), "template does not parse: " + e.getEditorMessage(),
          "fix the Freemarker syntax at that line"));
      return null;
    } catch (IOException e) {
      problems.add(Diagnostic.at(file, 0, "cannot read template: " + e.getMessage(),
          "check the file"));
      return null;
    }
  }
}
