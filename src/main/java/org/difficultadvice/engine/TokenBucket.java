package org.difficultadvice.engine;

/**
 * A bucket that refills at a steady rate up to its capacity. Not thread-safe: {@link
 * RateLimiter} guards it. Its level may go negative when a call used more than was estimated;
 * the debt is paid back by refilling before anything else is taken.
 */
final class TokenBucket {
  private final double capacity;
  private final double perNano;
  private double level;
  private long last;

  TokenBucket(double perMinute, double capacity, long now) {
    this.capacity = capacity;
    this.perNano = perMinute / 60e9;
    this.level = capacity;
    this.last = now;
  }

  private void refill(long now) {
    level = Math.min(capacity, level + (now - last) * perNano);
    last = now;
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
  }

  void giveBack(double amount) {
    level = Math.min(capacity, level + amount);
  }
}
