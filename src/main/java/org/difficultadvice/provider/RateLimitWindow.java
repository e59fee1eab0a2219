package org.difficultadvice.provider;

import java.time.Duration;
import java.util.Objects;

/**
 * One limit a server reported on an answer: how much the window allows per minute, how much of
 * it was left when the server counted this request, and how long until it is full again.
 *
 * @param limit the most the window allows (requests or tokens per minute, as both APIs state)
 * @param remaining what was left after this request was admitted
 * @param untilFull time until the window is back to {@code limit}; zero when not reported
 */
public record RateLimitWindow(long limit, long remaining, Duration untilFull) {
  public RateLimitWindow {
    Objects.requireNonNull(untilFull, "untilFull");
    if (limit <= 0) {
      throw new IllegalArgumentException("a rate limit must be positive, was " + limit);
    }
    remaining = Math.max(0, Math.min(remaining, limit));
    untilFull = untilFull.isNegative() ? Duration.ZERO : untilFull;
  }
}
