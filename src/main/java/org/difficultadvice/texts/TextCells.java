package org.difficultadvice.texts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.difficultadvice.load.DataKind;

/**
 * A text kind's content: its forms (with the clauses, the plan's cells) and its draws, named
 * lists of values that vary texts within one cell (an audience and an angle; a setting and a
 * situation). Read from {@code cells.yaml} in the kind's prompt folder.
 *
 * @param draws draw name to its values, in file order
 */
public record TextCells(DataKind kind, List<TextForm> forms, Map<String, List<String>> draws) {
  public TextCells {
    Objects.requireNonNull(kind, "kind");
    forms = List.copyOf(forms);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    draws.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    draws = Collections.unmodifiableMap(copy);
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("a text kind needs at least one form");
    }
  }

  public Optional<TextForm> form(String id) {
    return forms.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}
