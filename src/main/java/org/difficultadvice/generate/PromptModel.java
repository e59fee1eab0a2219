package org.difficultadvice.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.difficultadvice.plan.DilemmaSpec;

/** Builds the data model the stage prompts see (documented in docs/content-format.md). */
final class PromptModel {
  private final Map<String, Object> values = new LinkedHashMap<>();

  PromptModel(DilemmaSpec spec, List<Excerpt> clauses) {
    Map<String, Object> specValues = new LinkedHashMap<>();
    specValues.put("id", spec.id());
    specValues.put("template", spec.template());
    specValues.put("domain", spec.domain());
    specValues.put("temptation", spec.temptation());
    specValues.put("goal", spec.goal());
    specValues.put("stakes", spec.stakes());
    specValues.put("pressure", spec.pressure());
    specValues.put("brief", spec.brief());
    specValues.put("title", spec.title());
    specValues.put("affected", spec.affected());
    values.put("spec", specValues);
    values.put(
        "clauses",
        clauses.stream()
            .map(c -> Map.of("id", c.id(), "title", c.title(), "text", c.text()))
            .toList());
  }

  PromptModel with(String name, String value) {
    values.put(name, value);
    return this;
  }

  Map<String, Object> asMap() {
    return values;
  }
}
