package org.difficultadvice.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One planned dilemma: a template with values bound from its axes, rendered to a brief that the
 * realize stage turns into a user's message.
 *
 * @param id a hash of the canonical form (template id and bindings), stable across runs
 * @param bindings {@code axis.column -> value} for every axis value the template was given,
 *     sorted by key
 * @param goal the person's legitimate goal, from the template's header
 * @param stakes what is at stake, from the template's header
 * @param pressure what pushes the person towards the shortcut, from the template's header
 * @param brief the rendered template: the situation, in plain prose, for the generator
 * @param title a one-line name of the situation when the scenario stage wrote it; empty for a
 *     brief from the library, whose story is its template
 * @param affected who else the situation touches, when the scenario stage wrote it; empty
 *     otherwise
 */
public record DilemmaSpec(
    String id,
    String template,
    String domain,
    String temptation,
    List<String> clauses,
    Map<String, String> bindings,
    String goal,
    String stakes,
    String pressure,
    String brief,
    String title,
    String affected) {

  /** A spec of the library: its story is its template. */
  public DilemmaSpec(String id, String template, String domain, String temptation,
      List<String> clauses, Map<String, String> bindings, String goal, String stakes,
      String pressure, String brief) {
    this(id, template, domain, temptation, clauses, bindings, goal, stakes, pressure, brief,
        "", "");
  }

  public DilemmaSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(temptation, "temptation");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(stakes, "stakes");
    Objects.requireNonNull(pressure, "pressure");
    Objects.requireNonNull(brief, "brief");
    // Specs stored before the scenario stage existed have neither.
    title = title == null ? "" : title;
    affected = affected == null ? "" : affected;
    clauses = List.copyOf(clauses);
    bindings = java.util.Collections.unmodifiableMap(new TreeMap<>(bindings));
  }

  /**
   * What this spec retells: the scenario's title when the scenario stage wrote the situation,
   * else the template. Diversity figures count stories, and dedup compares the retellings of one
   * story with each other.
   */
  public String story() {
    return title.isEmpty() ? template : "scenario:" + title;
  }

  /** The same cell with a situation the scenario stage wrote in place of the template's. */
  public DilemmaSpec withScenario(String newTitle, String newBrief, String newGoal,
      String newStakes, String newPressure, String newAffected) {
    return new DilemmaSpec(id, template, domain, temptation, clauses, bindings, newGoal,
        newStakes, newPressure, newBrief, newTitle, newAffected);
  }
}
