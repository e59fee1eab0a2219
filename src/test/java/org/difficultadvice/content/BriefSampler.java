package org.difficultadvice.content;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.difficultadvice.load.SafeFreemarker;

/**
 * Renders shipped templates with axis rows drawn at random (by weight), the way the planner
 * binds them: one row per declared axis, exposed as a variable named after the axis.
 */
final class BriefSampler {
  private final ShippedContent content;
  private final Configuration freemarker = SafeFreemarker.newConfiguration();
  private final Map<String, Template> compiled = new HashMap<>();

  BriefSampler(ShippedContent content) {
    this.content = content;
  }

  record Brief(String template, String text) {}

  Brief render(ShippedContent.DilemmaTemplate template, Random random)
      throws IOException, TemplateException {
    Map<String, Object> model = new HashMap<>();
    for (String axis : template.list("axes")) {
      model.put(axis, pick(content.axes().get(axis), random));
    }
    Template compiledTemplate = compiled.get(template.id());
    if (compiledTemplate == null) {
      compiledTemplate = new Template(template.file().toString(),
          new StringReader(template.source()), freemarker);
      compiled.put(template.id(), compiledTemplate);
    }
    StringWriter out = new StringWriter();
    compiledTemplate.process(model, out);
    return new Brief(template.id(), out.toString().strip());
  }

  /** Round-robin over templates, as a stratified plan spreads specs evenly. */
  List<Brief> plan(int count, long seed) throws IOException, TemplateException {
    Random random = new Random(seed);
    List<Brief> briefs = new ArrayList<>();
    List<ShippedContent.DilemmaTemplate> templates = content.templates();
    for (int i = 0; i < count; i++) {
      briefs.add(render(templates.get(i % templates.size()), random));
    }
    return briefs;
  }

  private static Map<String, String> pick(ShippedContent.AxisTable table, Random random) {
    double total = table.rows().stream().mapToDouble(table::weight).sum();
    double x = random.nextDouble() * total;
    for (Map<String, String> row : table.rows()) {
      x -= table.weight(row);
      if (x < 0) {
        return row;
      }
    }
    return table.rows().get(table.rows().size() - 1);
  }
}
