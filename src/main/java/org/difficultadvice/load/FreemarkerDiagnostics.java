package org.difficultadvice.load;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.Map;

/** Turns Freemarker's errors into diagnostics located in the template's file. */
public final class FreemarkerDiagnostics {
  private FreemarkerDiagnostics() {}

  /** A syntax error in {@code file}. */
  public static Diagnostic of(Path file, ParseException e) {
    String message = e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage();
    return new Diagnostic(file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
        "template syntax: " + firstLineOf(message),
        "fix the Freemarker syntax at that place");
  }

  /**
   * An error while rendering {@code file}.
   *
   * @param columnsByAxis the columns each bound axis has, to suggest a fix for a bad name
   */
  public static Diagnostic of(Path file, TemplateException e, Map<String, ?> columnsByAxis) {
    // Freemarker may not know where the error is (the line is null then).
    int line = e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber());
    int column = line == 0 || e.getColumnNumber() == null ? 0 : Math.max(0, e.getColumnNumber());
    if (e instanceof RenderLimitException limit) {
      return new Diagnostic(file, line, column, limit.what(), limit.fix());
    }
    if (e instanceof InvalidReferenceException) {
      String expression = e.getBlamedExpressionString();
      String name = expression == null ? "?" : expression;
      return new Diagnostic(file, line, column, "undefined variable '" + name + "'",
          fixFor(name, columnsByAxis));
    }
    return new Diagnostic(file, line, column,
        "template error: " + firstLineOf(e.getMessageWithoutStackTop()),
        "fix the expression at that place");
  }

  private static String fixFor(String expression, Map<String, ?> columnsByAxis) {
    String axis = expression.split("[.\\[?!]", 2)[0];
    Object columns = columnsByAxis.get(axis);
    if (columns != null) {
      return "axis '" + axis + "' has the columns " + columns + "; use one of them";
    }
    return "declare the axis in the header's 'axes' (templates/axes/" + axis
        + ".csv) or use one of " + columnsByAxis.keySet();
  }

  private static String firstLineOf(String message) {
    return message == null ? "" : message.strip().lines().findFirst().orElse("");
  }
}
