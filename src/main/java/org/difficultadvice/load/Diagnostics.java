package org.difficultadvice.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while loading, so a person sees all of them at once. Stops
 * collecting at a cap: past a hundred errors the first ones are what matter.
 */
public final class Diagnostics {
  /** Enough to show every problem of a typical bad edit, few enough to read. */
  public static final int DEFAULT_CAP = 100;

  private final int cap;
  private final List<Diagnostic> collected = new ArrayList<>();
  private int dropped;

  public Diagnostics() {
    this(DEFAULT_CAP);
  }

  public Diagnostics(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be positive: " + cap);
    }
    this.cap = cap;
  }

  public void add(Diagnostic diagnostic) {
    if (collected.size() < cap) {
      collected.add(diagnostic);
    } else {
      dropped++;
    }
  }

  public void addAll(List<Diagnostic> diagnostics) {
    diagnostics.forEach(this::add);
  }

  public boolean isEmpty() {
    return collected.isEmpty();
  }

  /** How many were found, including those past the cap. */
  public int count() {
    return collected.size() + dropped;
  }

  /** Throws every collected problem as one exception, if there is any. */
  public void throwIfAny() throws InvalidInputException {
    if (collected.isEmpty()) {
      return;
    }
    List<Diagnostic> all = new ArrayList<>(collected);
    if (dropped > 0) {
      Diagnostic last = collected.get(collected.size() - 1);
      all.add(Diagnostic.at(last.file(), 0,
          dropped + " more problems not shown", "fix the ones above and run again"));
    }
    throw new InvalidInputException(all);
  }
}
