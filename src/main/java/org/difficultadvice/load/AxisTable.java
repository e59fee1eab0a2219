package org.difficultadvice.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A table of values a template's variable is bound to: {@code templates/axes/person.csv} gives
 * the variable {@code person}, one sampled row at a time.
 *
 * @param columns the columns a template can use, without the {@code weight} column
 */
public record AxisTable(String name, Path file, List<String> columns, List<AxisRow> rows) {
  public AxisTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("axis table " + name + " has no rows");
    }
  }
}
