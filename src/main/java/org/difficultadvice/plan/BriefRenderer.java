package org.difficultadvice.plan;

import freemarker.template.TemplateException;
import java.util.Map;
import java.util.regex.Pattern;
import org.difficultadvice.load.DilemmaTemplate;

/**
 * Renders a template's body to a brief. Templates are compiled with
 * {@link org.difficultadvice.load.SafeFreemarker}, so a brief cannot reach classes or files.
 * The brief is trimmed and runs of blank lines are folded, so layout in the file does not leak
 * into ids of downstream stages.
 */
public final class BriefRenderer {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");

  /**
   * @param rows axis name -> the bound row's column -> value
   */
  public String render(DilemmaTemplate template, Map<String, Map<String, String>> rows)
      throws TemplateException {
    String text = template.render(rows).replace("\r\n", "\n");
    text = TRAILING_SPACE.matcher(text).replaceAll("\n");
    return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
  }
}
