package org.difficultadvice.load;

import com.google.common.hash.Hashing;
import freemarker.template.TemplateException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Renders a template for a few sampled bindings, so that a misspelt variable or a bad
 * expression is found by {@code validate} rather than by the first plan that hits it.
 */
final class TemplateRenderCheck {
  /** A few samples find most mistakes; the first uses each table's first row. */
  static final int SAMPLES = 3;

  private final Map<String, AxisTable> axes;

  TemplateRenderCheck(Map<String, AxisTable> axes) {
    this.axes = axes;
  }

  /** Adds the first rendering error, if any; all declared axes must be loaded. */
  void check(DilemmaTemplate template, Diagnostics diagnostics) {
    long seed = Hashing.sha256().hashString(template.id(), StandardCharsets.UTF_8).asLong();
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, List<String>> columns = new LinkedHashMap<>();
    template.axes().forEach(axis -> columns.put(axis, axes.get(axis).columns()));
    for (int sample = 0; sample < SAMPLES; sample++) {
      Map<String, Object> model = new LinkedHashMap<>();
      for (String axis : template.axes()) {
        List<AxisRow> rows = axes.get(axis).rows();
        AxisRow row = sample == 0 ? rows.get(0) : rows.get(random.nextInt(rows.size()));
        model.put(axis, row.values());
      }
      try {
        if (template.render(model).isBlank()) {
          diagnostics.add(Diagnostic.at(template.file(), 0, "the template renders to nothing",
              "write the situation in the body, after the header"));
          return;
        }
      } catch (TemplateException e) {
        diagnostics.add(FreemarkerDiagnostics.of(template.file(), e, columns));
        return;
      }
    }
  }
}
