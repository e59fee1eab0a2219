package org.difficultadvice.audit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records, turns and tokens per value of one field (split, shard, domain, ...). Bounded: past
 * {@link #MAX_VALUES} distinct values the rest are counted under {@link #OTHER}, so a field
 * that holds ids cannot exhaust memory.
 */
public final class Tally implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Generous for coverage fields (dozens of domains, hundreds of clauses), small in memory. */
  static final int MAX_VALUES = 2000;

  public static final String OTHER = "(other)";

  private final TreeMap<String, Counts> byValue = new TreeMap<>();

  public void add(String value, int turns, long tokens) {
    String key = byValue.containsKey(value) || byValue.size() < MAX_VALUES ? value : OTHER;
    Counts counts = byValue.computeIfAbsent(key, k -> new Counts());
    counts.records++;
    counts.turns += turns;
    counts.tokens += tokens;
  }

  /** Adds another tally's counts (its values join while there is room, then count as other). */
  void merge(Tally other) {
    for (Map.Entry<String, Counts> entry : other.byValue.entrySet()) {
      String value = entry.getKey();
      String key = byValue.containsKey(value) || byValue.size() < MAX_VALUES ? value : OTHER;
      Counts counts = byValue.computeIfAbsent(key, k -> new Counts());
      counts.records += entry.getValue().records;
      counts.turns += entry.getValue().turns;
      counts.tokens += entry.getValue().tokens;
    }
  }

  public Map<String, Counts> byValue() {
    return Collections.unmodifiableMap(byValue);
  }

  public long records(String value) {
    Counts counts = byValue.get(value);
    return counts == null ? 0 : counts.records;
  }

  /** Running totals for one value. */
  public static final class Counts implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private long records;
    private long turns;
    private long tokens;

    public long records() {
      return records;
    }

    public long turns() {
      return turns;
    }

    public long tokens() {
      return tokens;
    }
  }
}
