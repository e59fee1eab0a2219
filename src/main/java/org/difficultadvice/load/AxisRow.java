package org.difficultadvice.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an axis table.
 *
 * @param values column -> value, in column order, without the {@code weight} column
 * @param weight how often the row is sampled relative to the others (1 when not given)
 * @param line the 1-based line of the file on which the row starts
 */
public record AxisRow(Map<String, String> values, double weight, int line) {
  public AxisRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be a positive number: " + weight);
    }
  }
}
