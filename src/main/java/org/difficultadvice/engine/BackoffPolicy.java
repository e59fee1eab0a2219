package org.difficultadvice.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: before attempt {@code n+1} wait a uniform random time in
 * {@code [0, min(cap, base * 2^(n-1))]}. Full jitter spreads the retries of many clients that
 * failed together, so they do not hit the server again in lockstep. A server's Retry-After is a
 * floor on the wait.
 *
 * @param maxAttempts attempts in all, the first one included, for failures other than rate
 *     limits (those wait with no cap: {@link RetryingProvider})
 * @param maxRetryAfter the longest Retry-After honoured as given; longer ones are clipped
 */
public record BackoffPolicy(
    int maxAttempts, Duration base, Duration cap, Duration maxRetryAfter) {

  public BackoffPolicy {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
  }

  /** 0.5 s doubling to 60 s: six attempts span about a minute and a half of outage. */
  public static BackoffPolicy standard(int maxAttempts) {
    return new BackoffPolicy(
        maxAttempts, Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofMinutes(5));
  }

  /**
   * The wait after the {@code refusal}-th rate-limited answer to one call. With a Retry-After:
   * that long, plus up to half again at random, so calls refused together come back spread out
   * (the rate limiter paces them further). Without: the same full-jitter doubling as for
   * failures, from the base to the cap, however many refusals there were.
   */
  public Duration delayAfterRateLimit(int refusal, Duration retryAfter, RandomGenerator random) {
    if (retryAfter == null) {
      return delayAfter(Math.min(refusal, 30), null, random);
    }
    long floor = Math.min(retryAfter.toMillis(), maxRetryAfter.toMillis());
    long spread = Math.max(floor / 2, base.toMillis() / 5);
    return Duration.ofMillis(floor + random.nextLong(spread + 1));
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  public Duration delayAfter(int attempt, Duration retryAfter, RandomGenerator random) {
    long ceiling = base.toMillis() << Math.min(attempt - 1, 30);
    long capped = Math.min(cap.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling);
    long jittered = capped <= 0 ? 0 : random.nextLong(capped + 1);
    long floor = retryAfter == null ? 0 : Math.min(retryAfter.toMillis(), maxRetryAfter.toMillis());
    return Duration.ofMillis(Math.max(jittered, floor));
  }
}
