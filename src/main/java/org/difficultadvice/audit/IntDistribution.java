package org.difficultadvice.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact counts of int values (token lengths): memory grows with the number of distinct
 * values, not of records, and percentiles are exact.
 */
public final class IntDistribution implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final TreeMap<Integer, Long> counts = new TreeMap<>();
  private long count;
  private long sum;

  public void add(int value) {
    counts.merge(value, 1L, Long::sum);
    count++;
    sum += value;
  }

  void merge(IntDistribution other) {
    other.counts.forEach((value, n) -> counts.merge(value, n, Long::sum));
    count += other.count;
    sum += other.sum;
  }

  public long count() {
    return count;
  }

  public long sum() {
    return sum;
  }

  public double mean() {
    return count == 0 ? 0 : (double) sum / count;
  }

  public int min() {
    return count == 0 ? 0 : counts.firstKey();
  }

  public int max() {
    return count == 0 ? 0 : counts.lastKey();
  }

  /** The smallest value with at least {@code p} percent of values at or below it (nearest rank). */
  public int percentile(double p) {
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(p / 100.0 * count));
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (seen >= rank) {
        return entry.getKey();
      }
    }
    return counts.lastKey();
  }

  /**
   * Equal-width bins from the minimum to the 99th percentile, with values above it folded into
   * the last bin so one outlier does not flatten the chart.
   */
  public List<Bin> histogram(int bins) {
    List<Bin> out = new ArrayList<>();
    if (count == 0) {
      return out;
    }
    int low = min();
    int high = Math.max(percentile(99), low + 1);
    int width = Math.max(1, (int) Math.ceil((high - low + 1) / (double) bins));
    long[] binCounts = new long[bins];
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      int bin = Math.min(bins - 1, (entry.getKey() - low) / width);
      binCounts[bin] += entry.getValue();
    }
    for (int i = 0; i < bins; i++) {
      int from = low + i * width;
      if (from > max()) {
        break;
      }
      boolean last = i == bins - 1;
      out.add(new Bin(from, last ? max() : from + width - 1, binCounts[i]));
    }
    return out;
  }

  /** Values {@code from..to} inclusive, counted {@code count} times. */
  public record Bin(int from, int to, long count) {}
}
