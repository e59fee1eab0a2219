package org.difficultadvice.audit;

import java.util.Arrays;

/** A growable array of longs: one compact column of per-record facts. */
final class LongColumn {
  private long[] values = new long[1024];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  long get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return values[index];
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }
}
