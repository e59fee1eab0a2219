package org.difficultadvice.engine;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The in-flight limit, adapted to the server by AIMD, as TCP adapts its window: a 429 halves
 * the limit (at most once per cool-down, so one burst of 429s from a single overload counts as
 * one signal and only sustained throttling keeps shrinking it); each success adds
 * {@code 1/limit}, so the limit grows by about one per limit's worth of successes. It never goes
 * above the configured maximum nor below one.
 */
public final class AdaptiveLimit {
  private final int max;
  private final long coolDownNanos;
  private final LongSupplier nanoTime;
  private double limit;
  private int inFlight;
  private long lastDecrease;
  private boolean decreasedOnce;

  public AdaptiveLimit(int max, Duration coolDown, LongSupplier nanoTime) {
    if (max < 1) {
      throw new IllegalArgumentException("the in-flight limit must be at least 1, was " + max);
    }
    this.max = max;
    this.coolDownNanos = coolDown.toNanos();
    this.nanoTime = nanoTime;
    this.limit = max;
  }

  /** Waits for a slot under the current limit. */
  public synchronized void acquire() throws InterruptedException {
    while (inFlight >= (int) limit) {
      wait();
    }
    inFlight++;
  }

  public synchronized void release() {
    inFlight--;
    notify();
  }

  /** The server said slow down (429 or 529). */
  public synchronized void onThrottled() {
    long now = nanoTime.getAsLong();
    if (decreasedOnce && now - lastDecrease < coolDownNanos) {
      return;
    }
    limit = Math.max(1, limit / 2);
    lastDecrease = now;
    decreasedOnce = true;
  }

  public synchronized void onSuccess() {
    if (limit >= max) {
      return;
    }
    int before = (int) limit;
    limit = Math.min(max, limit + 1 / limit);
    if ((int) limit > before) {
      notifyAll();
    }
  }

  public synchronized int limit() {
    return (int) limit;
  }

  public synchronized int inFlight() {
    return inFlight;
  }
}
