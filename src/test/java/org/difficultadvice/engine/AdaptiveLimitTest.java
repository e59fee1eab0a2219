package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final AdaptiveLimit limit = new AdaptiveLimit(256, now::get);

  /** Puts {@code calls} in flight as sent, as the throttled provider does. */
  private void send(AdaptiveLimit on, int calls) throws InterruptedException {
    for (int i = 0; i < calls; i++) {
      on.acquire();
      on.sending();
    }
  }

  private void finish(AdaptiveLimit on, int calls) {
    for (int i = 0; i < calls; i++) {
      on.release(true);
    }
  }

  @Test
  void startsSmallAndDoublesPerRoundTripInSlowStart() throws Exception {
    assertEquals(AdaptiveLimit.INITIAL, limit.limit());
    for (int round = 0; round < 3; round++) {
      int calls = limit.limit();
      send(limit, calls);
      for (int i = 0; i < calls; i++) {
        limit.onSuccess();
      }
      finish(limit, calls);
    }
    assertEquals(AdaptiveLimit.INITIAL * 8, limit.limit());
  }

  @Test
  void aRefusalKeepsMostOfTheCallsTheServerHeld() throws Exception {
    grow(limit, 300);
    assertEquals(256, limit.limit());
    send(limit, 101);
    limit.onThrottled(now.get());
    assertEquals(95, limit.limit(), "0.95 x 101 sent, not half of 256");
  }

  @Test
  void refusalsOfCallsSentBeforeTheDecreaseCountOnce() throws Exception {
    grow(limit, 300);
    send(limit, 100);
    long sentEarlier = now.get();
    now.addAndGet(10);
    limit.onThrottled(sentEarlier);
    int after = limit.limit();
    limit.onThrottled(sentEarlier);
    limit.onThrottled(sentEarlier);
    assertEquals(after, limit.limit());
    now.addAndGet(10);
    limit.onThrottled(now.get());
    assertTrue(limit.limit() < after, "a call sent after the decrease is a new signal");
  }

  @Test
  void afterARefusalGrowsByAboutTwoPerLimitsWorthOfSuccesses() throws Exception {
    grow(limit, 300);
    send(limit, 100);
    limit.onThrottled(now.get());
    assertEquals(95, limit.limit());
    for (int i = 0; i < 95; i++) {
      limit.onSuccess();
    }
    assertEquals(96, limit.limit(), "one round trip of successes");
    for (int i = 0; i < 96; i++) {
      limit.onSuccess();
    }
    assertEquals(98, limit.limit(), "two round trips: about two more per round trip");
  }

  @Test
  void settlesNearTheCapacityOfAServerThatHoldsAHundredCalls() throws Exception {
    // A server refusing any call beyond 100 in flight; the limit's average over many rounds.
    AdaptiveLimit settling = new AdaptiveLimit(256, now::get);
    long sum = 0;
    int rounds = 400;
    for (int round = 0; round < rounds; round++) {
      int calls = settling.limit();
      send(settling, calls);
      now.addAndGet(1);
      if (calls > 100) {
        settling.onThrottled(now.get() - 1);
      }
      for (int i = 0; i < Math.min(calls, 100); i++) {
        settling.onSuccess();
      }
      finish(settling, calls);
      if (round >= rounds / 2) {
        sum += Math.min(calls, 100);
      }
    }
    double mean = sum / (rounds / 2.0);
    assertTrue(mean >= 90, "mean calls served per round " + mean);
  }

  @Test
  void neverGoesBelowOne() throws Exception {
    send(limit, 1);
    for (int i = 0; i < 20; i++) {
      now.addAndGet(5);
      limit.onThrottled(now.get());
    }
    assertEquals(1, limit.limit());
  }

  @Test
  void holdsCallsAboveTheLimitUntilOneIsReleased() throws Exception {
    AdaptiveLimit two = new AdaptiveLimit(2, now::get);
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
    two.release(false);
    third.join(2000);
    assertEquals(2, two.inFlight());
  }

  private void grow(AdaptiveLimit on, int successes) {
    for (int i = 0; i < successes; i++) {
      on.onSuccess();
    }
  }
}
