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

  AxisRow row(int index) {
    return rows.get(index);
  }

  int size() {
    return rows.size();
  }
}
