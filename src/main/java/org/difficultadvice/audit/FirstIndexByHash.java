package org.difficultadvice.audit;

/**
 * Remembers the first record index seen for each 64-bit content hash, in an open-addressing
 * table of primitives (a boxed map would cost several times the memory on a 1 GB dataset).
 */
final class FirstIndexByHash {
  private static final int EMPTY = -1;
  private long[] keys = new long[1 << 12];
  private int[] values = filled(1 << 12);
  private int size;

  /** The first index stored for the hash, or -1 after storing {@code index} as the first. */
  int putIfAbsent(long hash, int index) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slotOf(hash, keys.length);
    while (values[slot] != EMPTY) {
      if (keys[slot] == hash) {
        return values[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = hash;
    values[slot] = index;
    size++;
    return EMPTY;
  }

  /** The first index stored for the hash, or -1. */
  int get(long hash) {
    int slot = slotOf(hash, keys.length);
    while (values[slot] != EMPTY) {
      if (keys[slot] == hash) {
        return values[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return EMPTY;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = filled(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != EMPTY) {
        int slot = slotOf(oldKeys[i], keys.length);
        while (values[slot] != EMPTY) {
          slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int slotOf(long hash, int capacity) {
    long mixed = hash * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & (capacity - 1);
  }

  private static int[] filled(int length) {
    int[] array = new int[length];
    java.util.Arrays.fill(array, EMPTY);
    return array;
  }
}
