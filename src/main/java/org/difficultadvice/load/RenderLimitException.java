package org.difficultadvice.load;

import freemarker.core.Environment;
import freemarker.template.TemplateException;

/**
 * A render stopped because it passed one of its {@link RenderLimits}, or recursed or ran out of
 * memory. It is a {@link TemplateException}, so every caller that reports template errors with
 * their file and line reports this one too; the line is where the render was when it was
 * stopped, or null when that is not known.
 */
public final class RenderLimitException extends TemplateException {
  private final String what;
  private final String fix;
  private final Integer line;
  private final Integer column;

  RenderLimitException(String what, String fix, Integer line, Integer column, Environment env) {
    super(what, env);
    this.what = what;
    this.fix = fix;
    this.line = line;
    this.column = column;
  }

  /** What the author can change. */
  public String fix() {
    return fix;
  }

  /** What went wrong, in one line, without Freemarker's stack. */
  public String what() {
    return what;
  }

  @Override
  public Integer getLineNumber() {
    return line;
  }

  @Override
  public Integer getColumnNumber() {
    return column;
  }
}
