package org.difficultadvice.engine;

/**
 * A bucket that refills at a steady rate up to its capacity. Not thread-safe: {@link
 * RateLimiter} guards it. Its level may go negative when a call used more than was estimated;
 * the debt is paid back by refilling before anything else is taken. It keeps a running total of
 * what was taken, so a server's report about one request can be corrected for every request
 * admitted after it.
 */
final class TokenBucket {
  private double capacity;
  private double perNano;
  private double level;
  private long last;
  private double takenTotal;

  TokenBucket(double perMinute, double capacity, long now) {
    this.capacity = capacity;
    this.perNano = perMinute / 60e9;
    this.level = capacity;
    this.last = now;
  }

  private void refill(long now) {
    if (now > last) {
      level = Math.min(capacity, level + (now - last) * perNano);
      last = now;
    }
  }

  /** The amount that can ever be taken at once: a bigger need waits for a full bucket. */
  double clamp(double amount) {
    return Math.min(amount, capacity);
  }

  /** Nanoseconds until {@code amount} is available; 0 when it is now. */
  long nanosUntil(double amount, long now) {
    refill(now);
    double missing = clamp(amount) - level;
    return missing <= 0 ? 0 : (long) Math.ceil(missing / perNano);
  }

  void take(double amount) {
    level -= amount;
    takenTotal += amount;
  }

  void giveBack(double amount) {
    level = Math.min(capacity, level + amount);
    takenTotal -= amount;
  }

  /** All that was ever taken, less what was given back. */
  double takenTotal() {
    return takenTotal;
  }

  double capacity() {
    return capacity;
  }

  double perMinute() {
    return perNano * 60e9;
  }

  /** A new rate and size, keeping the level (within the new size). */
  void resize(double perMinute, double newCapacity, long now) {
    refill(now);
    this.perNano = perMinute / 60e9;
    this.capacity = newCapacity;
    this.level = Math.min(level, newCapacity);
  }

  /**
   * Sets the level to what a server's report implies: it had {@code remaining} after counting a
   * request sent {@code sinceReport} nanoseconds ago, it has refilled since, and everything taken
   * here since then ({@code takenSince}) was not yet in its count.
   */
  void align(double remaining, long sinceReport, double takenSince, long now) {
    refill(now);
    level = Math.min(capacity, remaining + Math.max(0, sinceReport) * perNano - takenSince);
  }
}
