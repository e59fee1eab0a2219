package org.difficultadvice.engine;

import java.util.function.LongSupplier;

/**
 * The in-flight limit, adapted to a server that refuses calls beyond its capacity, the way TCP
 * adapts its window:
 *
 * <ul>
 *   <li><b>Slow start.</b> It begins small and grows by one per success (doubling per round
 *       trip), so the first burst does not flood a server whose capacity is unknown.
 *   <li><b>Decrease on refusal.</b> A 429 or 529 sets the limit to 0.95 of the calls the server
 *       really held (those sent, not those still waiting here), and ends slow start. Refusals of
 *       calls sent before that decrease are the same overload seen late and are not counted
 *       again, so a burst of refusals is one signal.
 *   <li><b>Careful growth.</b> After that, each success adds {@code 2/limit}: about two more
 *       calls per round trip, so the limit settles just under the server's capacity and touches
 *       it every few seconds, instead of the halving sawtooth that averaged three quarters.
 * </ul>
 *
 * It never goes above the configured maximum nor below one.
 */
public final class AdaptiveLimit {
  /** Calls in flight before the first answer: enough for a quick start, few enough to be safe. */
  static final int INITIAL = 8;

  /**
   * How much of the held calls a refusal keeps: close to one, since the capacity was just met
   * (0.9 averaged 0.88 of a 100-call server's rate here, 0.95 0.90).
   */
  static final double DECREASE = 0.95;

  /**
   * Calls added per round trip after a refusal: two, so the limit is back at the capacity a
   * few round trips after each refusal (one per round trip left it under for seconds).
   */
  static final double GROWTH = 2;

  private final int max;
  private final LongSupplier nanoTime;
  private double limit;
  private double slowStartUntil;
  private int inFlight;
  private int sent;
  private long lastDecrease = Long.MIN_VALUE;

  public AdaptiveLimit(int max, LongSupplier nanoTime) {
    if (max < 1) {
      throw new IllegalArgumentException("the in-flight limit must be at least 1, was " + max);
    }
    this.max = max;
    this.nanoTime = nanoTime;
    this.limit = Math.min(max, INITIAL);
    this.slowStartUntil = max;
  }

  /** Waits for a slot under the current limit. */
  public synchronized void acquire() throws InterruptedException {
    while (inFlight >= (int) limit) {
      wait();
    }
    inFlight++;
  }

  /** Takes a slot if one is free under the current limit; never waits. */
  public synchronized boolean tryAcquire() {
    if (inFlight >= (int) limit) {
      return false;
    }
    inFlight++;
    return true;
  }

  /** The call holding a slot has gone to the server (it may have waited for a rate limit). */
  public synchronized void sending() {
    sent++;
  }

  /** The call is over; {@code wasSent} when {@link #sending} was called for it. */
  public synchronized void release(boolean wasSent) {
    inFlight--;
    if (wasSent) {
      sent--;
    }
    notify();
  }

  /**
   * The server refused a call for capacity (429 or 529 without rate-limit headers).
   *
   * @param sentAt when the refused call was sent, on this limit's clock
   */
  public synchronized void onThrottled(long sentAt) {
    if (sentAt < lastDecrease) {
      return;
    }
    limit = Math.max(1, Math.min(limit, sent) * DECREASE);
    slowStartUntil = limit;
    lastDecrease = nanoTime.getAsLong();
  }

  public synchronized void onSuccess() {
    if (limit >= max) {
      return;
    }
    int before = (int) limit;
    limit = Math.min(max, limit < slowStartUntil ? limit + 1 : limit + GROWTH / limit);
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
