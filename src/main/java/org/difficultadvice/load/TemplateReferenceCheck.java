package org.difficultadvice.load;

import java.util.Map;
import java.util.Set;

/**
 * Checks that what a template's header names exists: its domain and temptation in the taxonomy,
 * its clauses in the constitution, its axes among the tables. A part that failed to load
 * (null, or an axis in {@code brokenAxes}) is not checked against, so one broken file does not
 * flood every template with errors; a clause whose heading is broken counts as unknown.
 */
final class TemplateReferenceCheck {
  private final Taxonomy taxonomy;
  private final Constitution constitution;
  private final Map<String, AxisTable> axes;
  private final Set<String> brokenAxes;

  TemplateReferenceCheck(Taxonomy taxonomy, Constitution constitution,
      Map<String, AxisTable> axes, Set<String> brokenAxes) {
    this.taxonomy = taxonomy;
    this.constitution = constitution;
    this.axes = axes;
    this.brokenAxes = brokenAxes;
  }

  /** Adds a diagnostic for each dangling name; returns whether there was none. */
  boolean check(DilemmaTemplate template, Diagnostics diagnostics) {
    int before = diagnostics.count();
    if (taxonomy != null && !taxonomy.hasDomain(template.domain())) {
      diagnostics.add(at(template, "domain", "unknown domain '" + template.domain() + "'",
          "use one of " + taxonomy.domains().keySet() + " or add it to templates/taxonomy.yaml"));
    }
    if (taxonomy != null && !taxonomy.hasTemptation(template.temptation())) {
      diagnostics.add(at(template, "temptation",
          "unknown temptation '" + template.temptation() + "'",
          "use one of " + taxonomy.temptations().keySet()
              + " or add it to templates/taxonomy.yaml"));
    }
    if (constitution != null) {
      for (String clause : template.clauses()) {
        if (!constitution.contains(clause)) {
          diagnostics.add(at(template, "clauses", "unknown clause id '" + clause + "'",
              "use the id of a clause under constitution/ (the '{#...}' of its heading)"));
        }
      }
    }
    for (String axis : template.axes()) {
      if (!axes.containsKey(axis) && !brokenAxes.contains(axis)) {
        diagnostics.add(at(template, "axes", "unknown axis '" + axis + "'",
            "add templates/axes/" + axis + ".csv or use one of " + axes.keySet()));
      }
    }
    return diagnostics.count() == before;
  }

  private static Diagnostic at(DilemmaTemplate template, String key, String message, String fix) {
    return Diagnostic.at(template.file(), template.lineOf(key), message, fix);
  }
}
