package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {
  private final AtomicLong now = new AtomicLong();
  private final AdaptiveLimit limit = new AdaptiveLimit(64, Duration.ofSeconds(2), now::get);

  @Test
  void halvesOnThrottlingButOnlyOncePerCoolDown() {
    limit.onThrottled();
    limit.onThrottled();
    limit.onThrottled();
    assertEquals(32, limit.limit());
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    limit.onThrottled();
    assertEquals(16, limit.limit());
  }

  @Test
  void neverGoesBelowOne() {
    for (int i = 0; i < 20; i++) {
      limit.onThrottled();
      now.addAndGet(Duration.ofSeconds(3).toNanos());
    }
    assertEquals(1, limit.limit());
  }

  @Test
  void growsBackByAboutOnePerLimitsWorthOfSuccessesAndStopsAtTheMaximum() {
    limit.onThrottled();
    assertEquals(32, limit.limit());
    for (int i = 0; i < 31; i++) {
      limit.onSuccess();
    }
    assertEquals(32, limit.limit());
    for (int i = 0; i < 2; i++) {
      limit.onSuccess();
    }
    assertEquals(33, limit.limit());
    for (int i = 0; i < 10_000; i++) {
      limit.onSuccess();
    }
    assertEquals(64, limit.limit());
  }

  @Test
  void holdsCallsAboveTheLimitUntilOneIsReleased() throws Exception {
    AdaptiveLimit two = new AdaptiveLimit(2, Duration.ofSeconds(1), now::get);
    two.acquire();
    two.acquire();
    Thread third = new Thread(() -> {
      try {
        two.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    third.start();
    third.join(200);
    assertEquals(Thread.State.WAITING, third.getState());
    assertEquals(2, two.inFlight());
    two.release();
    third.join(2000);
    assertEquals(2, two.inFlight());
  }
}
