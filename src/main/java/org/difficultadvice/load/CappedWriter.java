package org.difficultadvice.load;

import freemarker.core.Environment;
import java.io.IOException;
import java.io.Writer;

/** Collects a render's output and stops it, where it is, once it passes a size. */
final class CappedWriter extends Writer {
  private final StringBuilder text = new StringBuilder();
  private final long maxChars;

  CappedWriter(long maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    check(length);
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) throws IOException {
    check(length);
    text.append(string, offset, offset + length);
  }

  @Override
  public void write(int c) throws IOException {
    check(1);
    text.append((char) c);
  }

  private void check(int length) throws Full {
    if (text.length() + (long) length > maxChars) {
      // Thrown from inside the render, so the environment still knows which line is writing.
      Environment env = Environment.getCurrentEnvironment();
      Integer line = null;
      Integer column = null;
      if (env != null) {
        freemarker.template.TemplateException here =
            new freemarker.template.TemplateException("", env);
        line = here.getLineNumber();
        column = here.getColumnNumber();
      }
      throw new Full(new RenderLimitException(
          "the template writes more than " + maxChars + " characters",
          "a brief or prompt is a few thousand characters; look for a #list that does not end",
          line, column, null));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }

  /** Carries the limit error through Freemarker, which lets a writer's IOException pass. */
  static final class Full extends IOException {
    final RenderLimitException limit;

    Full(RenderLimitException limit) {
      super(limit.what());
      this.limit = limit;
    }
  }
}
