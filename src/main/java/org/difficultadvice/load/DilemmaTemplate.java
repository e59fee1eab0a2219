package org.difficultadvice.load;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dilemma template: its declared metadata and its compiled body, which renders to a brief.
 *
 * @param clauses the constitution clause ids the dilemma tests
 * @param axes the axis tables the body uses, one variable each
 * @param constraints what the rows bound to {@code axes} must satisfy together (the header's
 *     {@code agree:} list)
 * @param file the {@code .ftl} file it was read from
 * @param keyLines header key -> the line of {@code file} it is on, for messages
 * @param body the whole file compiled, so Freemarker's line numbers are the file's lines (the
 *     header is a comment and renders to nothing)
 */
public record DilemmaTemplate(
    String id,
    String domain,
    String temptation,
    String goal,
    String stakes,
    String pressure,
    List<String> clauses,
    List<String> axes,
    List<AxisConstraint> constraints,
    Path file,
    Map<String, Integer> keyLines,
    Template body) {

  public DilemmaTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(temptation, "temptation");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(stakes, "stakes");
    Objects.requireNonNull(pressure, "pressure");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(body, "body");
    clauses = List.copyOf(clauses);
    axes = List.copyOf(axes);
    constraints = List.copyOf(constraints);
    keyLines = Collections.unmodifiableMap(new TreeMap<>(keyLines));
  }

  /** The line of {@code file} holding header key {@code key}, or 0 when unknown. */
  public int lineOf(String key) {
    return keyLines.getOrDefault(key, 0);
  }

  /**
   * Renders the body with {@code model} (axis name -> column -> value). Whitespace is kept as
   * the template writes it.
   *
   * @throws RenderLimitException the render did not finish within {@link RenderLimits#DEFAULT}
   */
  public String render(Map<String, ?> model) throws TemplateException {
    return SafeFreemarker.render(body, model);
  }
}
