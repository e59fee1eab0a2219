package org.difficultadvice.quality;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A compact map from a long key to the ints added under it: open addressing for the keys (a
 * slot is empty while its head is {@code NONE}), chained int arrays for the values. An LSH index holds one entry per
 * record per band, so boxed maps would cost several times the memory.
 */
final class LongIntMultimap {
  private static final int NONE = -1;

  private long[] keys = new long[1024];
  private int[] heads = new int[1024];
  private int size;
  private int[] values = new int[1024];
  private int[] next = new int[1024];
  private int entries;

  LongIntMultimap() {
    Arrays.fill(heads, NONE);
  }

  void put(long key, int value) {
    if ((size + 1) * 4L > keys.length * 3L) { // load factor 0.75
      grow();
    }
    int slot = slotOf(key);
    if (heads[slot] == NONE) {
      keys[slot] = key;
      size++;
    }
    if (entries == values.length) {
      values = Arrays.copyOf(values, entries * 2);
      next = Arrays.copyOf(next, entries * 2);
    }
    values[entries] = value;
    next[entries] = heads[slot];
    heads[slot] = entries;
    entries++;
  }

  /** Calls {@code action} with each value under {@code key}, most recent first. */
  void forEach(long key, IntConsumer action) {
    int slot = slotOf(key);
    for (int e = heads[slot]; e != NONE; e = next[e]) {
      action.accept(values[e]);
    }
  }

  private int slotOf(long key) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (heads[slot] != NONE && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    Arrays.fill(heads, NONE);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != NONE) {
        int slot = slotOf(oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
      }
    }
  }
}
