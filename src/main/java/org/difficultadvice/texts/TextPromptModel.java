package org.difficultadvice.texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.difficultadvice.load.Clause;
import org.difficultadvice.plan.DilemmaSpec;

/**
 * The data model a text kind's stage prompts see: {@code kind}, {@code form} (id, name, guide),
 * {@code clause} (id, title, theme, text), {@code draws} (name to the value drawn for this
 * text), {@code spec} (id, template) and, for revise, {@code draft}.
 */
final class TextPromptModel {
  private TextPromptModel() {}

  static Map<String, Object> of(TextCells cells, TextForm form, Clause clause, DilemmaSpec spec,
      String draft) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("kind", cells.kind().id());
    model.put("form", Map.of("id", form.id(), "name", form.name(), "guide", form.guide()));
    model.put("clause", Map.of("id", clause.id(), "title", clause.title(),
        "theme", clause.theme(), "text", clause.text()));
    Map<String, String> draws = new LinkedHashMap<>();
    cells.draws().keySet().forEach(name -> draws.put(name, spec.bindings().getOrDefault(name, "")));
    model.put("draws", draws);
    model.put("spec", Map.of("id", spec.id(), "template", spec.template()));
    model.put("clauses", List.of(Map.of("id", clause.id(), "title", clause.title(),
        "text", clause.text())));
    model.put("draft", draft);
    return model;
  }
}
