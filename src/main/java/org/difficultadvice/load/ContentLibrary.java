package org.difficultadvice.load;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a plan is drawn from, validated: the constitution, the taxonomy, the axis tables
 * by name and the templates (sorted by id).
 */
public record ContentLibrary(
    Constitution constitution,
    Taxonomy taxonomy,
    Map<String, AxisTable> axes,
    List<DilemmaTemplate> templates) {

  public ContentLibrary {
    Objects.requireNonNull(constitution, "constitution");
    Objects.requireNonNull(taxonomy, "taxonomy");
    axes = Collections.unmodifiableMap(new TreeMap<>(axes));
    templates = List.copyOf(templates);
  }

  public AxisTable axis(String name) {
    AxisTable table = axes.get(name);
    if (table == null) {
      throw new IllegalArgumentException("no axis table named " + name);
    }
    return table;
  }
}
