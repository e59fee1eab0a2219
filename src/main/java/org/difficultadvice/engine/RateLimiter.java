package org.difficultadvice.engine;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Requests per minute and tokens per minute, as two token buckets. A call takes one request and
 * its estimated tokens before it is sent; when its usage is known the difference is given back
 * or taken. Each bucket holds ten seconds' worth, so a start does not burst a whole minute's
 * quota into a server that enforces its limit over shorter windows.
 */
public final class RateLimiter {
  /** Ten seconds of quota: small bursts, and never more than a sixth of a minute at once. */
  private static final double BURST_SECONDS = 10;

  private final TokenBucket requests;
  private final TokenBucket tokens;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;

  /** @param requestsPerMinute 0 for no limit; so is {@code tokensPerMinute} */
  public RateLimiter(
      int requestsPerMinute, int tokensPerMinute, LongSupplier nanoTime, Sleeper sleeper) {
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    long now = nanoTime.getAsLong();
    this.requests = requestsPerMinute <= 0 ? null : bucket(requestsPerMinute, now);
    this.tokens = tokensPerMinute <= 0 ? null : bucket(tokensPerMinute, now);
  }

  private static TokenBucket bucket(int perMinute, long now) {
    return new TokenBucket(perMinute, Math.max(1, perMinute * BURST_SECONDS / 60), now);
  }

  public static RateLimiter unlimited() {
    return new RateLimiter(0, 0, System::nanoTime, Sleeper.REAL);
  }

  /** Waits until one request of about {@code estimatedTokens} fits both limits, then takes it. */
  public void acquire(long estimatedTokens) throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        long now = nanoTime.getAsLong();
        long forRequest = requests == null ? 0 : requests.nanosUntil(1, now);
        long forTokens = tokens == null ? 0 : tokens.nanosUntil(estimatedTokens, now);
        wait = Math.max(forRequest, forTokens);
        if (wait == 0) {
          if (requests != null) {
            requests.take(1);
          }
          if (tokens != null) {
            tokens.take(tokens.clamp(estimatedTokens));
          }
          return;
        }
      }
      sleeper.sleep(Duration.ofNanos(wait));
    }
  }

  /** Corrects the estimate taken by {@link #acquire} with what the call really used. */
  public synchronized void settle(long estimatedTokens, long actualTokens) {
    if (tokens == null) {
      return;
    }
    double taken = tokens.clamp(estimatedTokens);
    if (actualTokens < taken) {
      tokens.giveBack(taken - actualTokens);
    } else {
      tokens.take(actualTokens - taken);
    }
  }
}
