package org.difficultadvice.scenario;

import java.util.List;

/**
 * What steers one scenario away from the others of its cell: a person, a place, a role in an
 * organisation, where the person stands and what scale of thing is at stake. Drawn per spec and
 * attempt, so a scenario asked again gets a different one.
 */
public record ScenarioSeed(
    String name, String pronouns, String city, String country, String role,
    String organisation, String scale, String vantage) {

  /** The names a retelling would change: masked before stories are compared. */
  public List<String> names() {
    return List.of(name, city, country);
  }
}
