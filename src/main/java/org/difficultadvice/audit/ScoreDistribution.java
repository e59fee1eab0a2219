package org.difficultadvice.audit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one judge criterion's scores. Scores are rounded to two decimals, so the number of
 * distinct values stays small whatever the scale.
 */
public final class ScoreDistribution implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final TreeMap<Double, Long> counts = new TreeMap<>();
  private long count;
  private double sum;

  public void add(double score) {
    double rounded = Math.round(score * 100) / 100.0;
    counts.merge(rounded, 1L, Long::sum);
    count++;
    sum += score;
  }

  void merge(ScoreDistribution other) {
    other.counts.forEach((value, n) -> counts.merge(value, n, Long::sum));
    count += other.count;
    sum += other.sum;
  }

  public long count() {
    return count;
  }

  public double mean() {
    return count == 0 ? 0 : sum / count;
  }

  public double min() {
    return count == 0 ? 0 : counts.firstKey();
  }

  public double max() {
    return count == 0 ? 0 : counts.lastKey();
  }

  public Map<Double, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }
}
