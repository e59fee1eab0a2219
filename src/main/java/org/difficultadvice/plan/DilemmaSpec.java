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
    String brief) {

  public DilemmaSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(temptation, "temptation");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(stakes, "stakes");
    Objects.requireNonNull(pressure, "pressure");
    Objects.requireNonNull(brief, "brief");
    clauses = List.copyOf(clauses);
    bindings = java.util.Collections.unmodifiableMap(new TreeMap<>(bindings));
  }
}
