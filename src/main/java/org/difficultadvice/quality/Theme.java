package org.difficultadvice.quality;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A theme of the evaluations the data must stay away from: present when every pattern matches.
 */
public record Theme(String name, List<Pattern> allOf) {
  public Theme {
    Objects.requireNonNull(name, "name");
    allOf = List.copyOf(allOf);
    if (allOf.isEmpty()) {
      throw new IllegalArgumentException("theme " + name + " needs at least one pattern");
    }
  }

  public boolean presentIn(String text) {
    return allOf.stream().allMatch(p -> p.matcher(text).find());
  }
}
