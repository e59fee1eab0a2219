package org.difficultadvice.plan;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The ids a plan has taken, as longs in an open-addressing table at most half full (a spec id is
 * 16 hex digits, exactly 64 bits): 16 to 32 bytes an id instead of about 90 as strings in a
 * {@code HashSet},
 * the one part of a streamed plan that grows with its size. An id of another shape, which
 * {@link SpecId} never makes, goes to an ordinary set.
 */
final class SpecIdSet extends AbstractSet<String> {
  private static final long EMPTY = 0;
  private long[] slots = new long[1 << 10];
  private int size;
  private boolean hasZero;
  private final Set<String> others = new HashSet<>();

  @Override
  public boolean add(String id) {
    if (id.length() != 16 || !isHex(id)) {
      boolean added = others.add(id);
      size += added ? 1 : 0;
      return added;
    }
    long value = Long.parseUnsignedLong(id, 16);
    if (value == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      size += added ? 1 : 0;
      return added;
    }
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    if (!insert(slots, value)) {
      return false;
    }
    size++;
    return true;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String id)) {
      return false;
    }
    if (id.length() != 16 || !isHex(id)) {
      return others.contains(id);
    }
    long value = Long.parseUnsignedLong(id, 16);
    if (value == EMPTY) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = mix(value) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
      if (slots[i] == value) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return size;
  }

  /** Not needed by the planner, which only adds and asks. */
  @Override
  public Iterator<String> iterator() {
    throw new UnsupportedOperationException("a plan's taken ids are not listed");
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = mix(value) & mask;
    while (table[i] != EMPTY) {
      if (table[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = value;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long value : slots) {
      if (value != EMPTY) {
        insert(bigger, value);
      }
    }
    slots = bigger;
  }

  /** Ids are SHA-256 prefixes, already uniform; folding the halves is enough. */
  private static int mix(long value) {
    return (int) (value ^ (value >>> 32));
  }

  private static boolean isHex(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (Character.digit(id.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
