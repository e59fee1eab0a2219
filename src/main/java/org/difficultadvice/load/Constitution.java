package org.difficultadvice.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clauses templates are grounded in, in file order, looked up by id. */
public final class Constitution {
  private final List<Clause> clauses;
  private final Map<String, Clause> byId = new LinkedHashMap<>();

  public Constitution(List<Clause> clauses) {
    this.clauses = List.copyOf(clauses);
    for (Clause clause : this.clauses) {
      if (byId.putIfAbsent(clause.id(), clause) != null) {
        throw new IllegalArgumentException("duplicate clause id " + clause.id());
      }
    }
  }

  public List<Clause> clauses() {
    return clauses;
  }

  public Optional<Clause> clause(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  public int size() {
    return clauses.size();
  }
}
