package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  /** A clock that the sleeper moves: waiting takes no real time. */
  private final AtomicLong now = new AtomicLong();
  private final Sleeper sleeper = d -> now.addAndGet(d.toNanos());

  private Duration elapsed() {
    return Duration.ofNanos(now.get());
  }

  @Test
  void spacesRequestsToTheRequestsPerMinute() throws Exception {
    RateLimiter limiter = new RateLimiter(60, 0, now::get, sleeper);
    for (int i = 0; i < 10 + 30; i++) {
      limiter.acquire(10);
    }
    // A burst of ten seconds' worth (10), then one per second.
    assertEquals(30, elapsed().toSeconds(), 1);
  }

  @Test
  void limitsTokensPerMinuteAndCorrectsTheEstimateByUsage() throws Exception {
    RateLimiter limiter = new RateLimiter(0, 6000, now::get, sleeper);
    limiter.acquire(1000);
    limiter.settle(1000, 100);
    // 900 given back: the bucket (1000) holds 900 + refill, so the next 900 need no wait.
    limiter.acquire(900);
    assertEquals(0, elapsed().toMillis());
    limiter.acquire(1000);
    // 1000 tokens at 100/s after the bucket was emptied.
    assertEquals(10, elapsed().toSeconds(), 1);
  }

  @Test
  void unlimitedNeverWaits() throws Exception {
    RateLimiter limiter = new RateLimiter(0, 0, now::get, sleeper);
    for (int i = 0; i < 1000; i++) {
      limiter.acquire(1_000_000);
    }
    assertEquals(0, now.get());
  }
}
