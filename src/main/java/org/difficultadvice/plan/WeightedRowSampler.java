package org.difficultadvice.plan;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.difficultadvice.load.AxisRow;
import org.difficultadvice.load.AxisTable;

/** Picks rows of one axis table in proportion to their weights. */
final class WeightedRowSampler {
  private final List<AxisRow> rows;
  private final double[] cumulative;

  WeightedRowSampler(AxisTable table) {
    this.rows = table.rows();
    this.cumulative = new double[rows.size()];
    double sum = 0;
    for (int i = 0; i < rows.size(); i++) {
      sum += rows.get(i).weight();
      cumulative[i] = sum;
    }
  }

  AxisRow pick(SplittableRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, target);
    // Not found gives -(insertion point) - 1: the first row whose running sum exceeds target.
    int index = at >= 0 ? at + 1 : -at - 1;
    return rows.get(Math.min(index, rows.size() - 1));
  }

  /**
   * Picks among the rows {@code allowed} accepts, in proportion to their weights, or returns
   * {@code null} when it accepts none. Draws one number from {@code random} either way.
   */
  AxisRow pick(SplittableRandom random, java.util.function.IntPredicate allowed) {
    double target = random.nextDouble();
    double total = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (allowed.test(i)) {
        total += rows.get(i).weight();
      }
    }
    if (total == 0) {
      return null;
    }
    double at = target * total;
    AxisRow last = null;
    for (int i = 0; i < rows.size(); i++) {
      if (allowed.test(i)) {
        last = rows.get(i);
        at -= last.weight();
        if (at < 0) {
          return last;
        }
      }
    }
    return last;
  }

  AxisRow row(int index) {
    return rows.get(index);
  }

  int size() {
    return rows.size();
  }
}
