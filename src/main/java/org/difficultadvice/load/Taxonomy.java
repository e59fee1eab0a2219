package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vocabulary templates draw on: life domains and temptation kinds, each with a one-line
 * description, in file order.
 */
public record Taxonomy(
    @JsonProperty("domains") Map<String, String> domains,
    @JsonProperty("temptations") Map<String, String> temptations) {

  public Taxonomy {
    domains = domains == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(domains));
    temptations = temptations == null
        ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(temptations));
  }

  public boolean hasDomain(String name) {
    return domains.containsKey(name);
  }

  public boolean hasTemptation(String name) {
    return temptations.containsKey(name);
  }
}
