package org.difficultadvice.load;

import java.util.List;
import java.util.Map;

/**
 * What the scenario stage draws its seeds from: {@code scenario/seeds.yaml} (roles in their
 * organisations per domain, scales of stakes, vantages) and the library's {@code person} and
 * {@code city} axes.
 *
 * @param settings per domain id, the roles that belong to their organisations
 */
public record ScenarioSeedLists(
    List<String> scales,
    List<String> vantages,
    Map<String, List<Setting>> settings,
    List<AxisRow> people,
    List<AxisRow> cities) {

  public ScenarioSeedLists {
    scales = List.copyOf(scales);
    vantages = List.copyOf(vantages);
    settings = Map.copyOf(settings);
    people = List.copyOf(people);
    cities = List.copyOf(cities);
  }

  /** A role and the organisation it belongs to, drawn together so that they agree. */
  public record Setting(String role, String organisation) {}
}
