package org.difficultadvice.audit;

import java.util.function.IntConsumer;

/**
 * The LSH buckets of the audit's near-duplicate index: record ids under 64-bit band keys, in 4
 * bytes an entry. A slot holds an 8-bit fingerprint of the key and the id (24 bits), in one
 * open-addressing table with linear probing; the key itself is not kept, so a lookup may return
 * an id filed under another key with the same fingerprint (about one lookup in twenty at the
 * fullest). That is harmless: every candidate is verified by exact Jaccard anyway.
 *
 * <p>The table grows by half when it is 80% full, so it is never less than about half full
 * and a growth needs 2.5 times the table at once ({@link #bytesToAdd}). As keys are not kept,
 * growing re-files every record from its band keys, which the caller reads back from its spill
 * file ({@link #grow}). The boxed or
 * key-and-chain maps it replaces took about 30 bytes an entry; a million records of 32 bands
 * now take about 200 MB.
 */
final class BandPostings {
  /** Ids are 24 bits; id + 1 is stored so that 0 means an empty slot. */
  static final int MAX_IDS = (1 << 24) - 1;

  private static final int ID_MASK = (1 << 24) - 1;

  private int[] slots;
  private int size;

  BandPostings(int initialCapacity) {
    slots = new int[Math.max(16, initialCapacity)];
  }

  /** Bytes held now. */
  long bytes() {
    return 4L * slots.length;
  }

  /** The most bytes held at once while adding {@code more} entries (old and new table). */
  long bytesToAdd(int more) {
    long capacity = slots.length;
    long peak = 4L * capacity;
    while ((size + (long) more) * 5 > capacity * 4) {
      long grown = capacity + capacity / 2;
      peak = Math.max(peak, 4L * (capacity + grown));
      capacity = grown;
    }
    return peak;
  }

  /** Whether adding {@code more} entries needs {@link #grow} first. */
  boolean full(int more) {
    return (size + (long) more) * 5 > slots.length * 4L;
  }

  /** Files {@code id} under {@code key}; the table must not be {@link #full}. */
  void add(long key, int id) {
    if (id < 0 || id >= MAX_IDS) {
      throw new IllegalArgumentException("id out of range: " + id);
    }
    if (full(1)) {
      throw new IllegalStateException("band postings full at " + size + " entries; grow first");
    }
    insert(slots, fingerprint(key) | (id + 1), home(key, slots.length));
    size++;
  }

  /** Every record filed so far, with its band keys. */
  interface Records {
    void forEach(RecordKeys visitor) throws java.io.IOException;
  }

  interface RecordKeys {
    void visit(int id, long[] keys);
  }

  /** A table half as large again, with every record of {@code records} re-filed. */
  void grow(Records records) throws java.io.IOException {
    int[] grown = new int[slots.length + slots.length / 2];
    int[] count = {0};
    records.forEach((id, keys) -> {
      for (long key : keys) {
        insert(grown, fingerprint(key) | (id + 1), home(key, grown.length));
        count[0]++;
      }
    });
    if (count[0] != size) {
      throw new IllegalStateException("re-filed " + count[0] + " entries of " + size);
    }
    slots = grown;
  }

  /** Calls {@code action} with every id filed under {@code key} (and a few false matches). */
  void forEach(long key, IntConsumer action) {
    int want = fingerprint(key);
    int length = slots.length;
    for (int slot = home(key, length); slots[slot] != 0; slot = slot + 1 == length ? 0 : slot + 1) {
      int entry = slots[slot];
      if ((entry & ~ID_MASK) == want) {
        action.accept((entry & ID_MASK) - 1);
      }
    }
  }

  private static void insert(int[] table, int entry, int slot) {
    int length = table.length;
    while (table[slot] != 0) {
      slot = slot + 1 == length ? 0 : slot + 1;
    }
    table[slot] = entry;
  }

  private static int fingerprint(long key) {
    return (int) (key & 0xff) << 24;
  }

  /** The home slot from the key's high 32 bits, by multiply-shift (any capacity works). */
  private static int home(long key, int capacity) {
    return (int) (((key >>> 32) * capacity) >>> 32);
  }
}
