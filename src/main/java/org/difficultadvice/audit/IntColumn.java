package org.difficultadvice.audit;

import java.util.Arrays;

/** A growable array of ints: one compact column of per-record facts. */
final class IntColumn {
  private int[] values = new int[1024];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return values[index];
  }

  void set(int index, int value) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    values[index] = value;
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  void clear() {
    size = 0;
  }
}
